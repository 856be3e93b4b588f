import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** What a script's token may do: read restricted data, draft changes, publish them. */
export type Scope = "read" | "draft" | "publish";
export const SCOPES: readonly Scope[] = ["read", "draft", "publish"];

/** An API token for scripts (Authorization: Bearer). Shown once; only its SHA-256 is stored. */
@Entity({ name: "api_tokens" })
export class ApiTokenEntity {
  @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS" })
  id: number;

  @Column({ name: "token_hash", type: "text" })
  tokenHash: string;

  @Column({ name: "account_id", type: "integer" })
  accountId: number;

  @Column("text")
  name: string;

  @Column({ type: "text", array: true })
  scopes: Scope[];

  @Column({ name: "created_at", type: "timestamptz", insert: false, update: false })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Column({ name: "last_used_at", type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;
}
