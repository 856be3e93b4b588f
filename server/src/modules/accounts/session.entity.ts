import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A signed-in browser. The cookie holds a random secret; only its SHA-256 is stored. */
@Entity({ name: "sessions" })
export class SessionEntity {
  @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS" })
  id: number;

  @Column({ name: "token_hash", type: "text" })
  tokenHash: string;

  @Column({ name: "account_id", type: "integer" })
  accountId: number;

  @Column({ name: "created_at", type: "timestamptz", insert: false, update: false })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "last_seen_at", type: "timestamptz", insert: false })
  lastSeenAt: Date;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Column({ name: "user_agent", type: "text", nullable: true })
  userAgent: string | null;
}
