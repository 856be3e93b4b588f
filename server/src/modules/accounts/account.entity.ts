import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** What a staff member may do: contributors draft, editors review and publish, admins also manage accounts. */
export type Role = "contributor" | "editor" | "admin";
export const ROLES: readonly Role[] = ["contributor", "editor", "admin"];

/** A staff account. There are no default accounts: `pnpm admin:create-user` makes the first. */
@Entity({ name: "accounts" })
export class AccountEntity {
  @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS" })
  id: number;

  @Column("text")
  email: string;

  @Column("text")
  role: Role;

  @Column({ name: "password_hash", type: "text" })
  passwordHash: string;

  @Column({ name: "must_change_password", type: "boolean" })
  mustChangePassword: boolean;

  @Column({ name: "created_at", type: "timestamptz", insert: false, update: false })
  createdAt: Date;

  @Column({ name: "disabled_at", type: "timestamptz", nullable: true })
  disabledAt: Date | null;
}
