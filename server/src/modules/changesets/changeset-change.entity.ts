import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { ResourceName } from "../../write/resources";

export type ChangeAction = "upsert" | "withdraw";

/** One record a draft changeset changes, kept as the interchange format's field values until it is published. */
@Entity({ name: "changeset_changes" })
export class ChangesetChangeEntity {
  @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS" })
  id: number;

  @Column({ name: "changeset_id", type: "integer" })
  changesetId: number;

  @Column({ name: "record_type", type: "text" })
  recordType: ResourceName;

  /** The record's stable id; for an event, its number once stored, null while new. */
  @Column({ name: "record_id", type: "text", nullable: true })
  recordId: string | null;

  @Column("text")
  action: ChangeAction;

  /** The stored version the author started from; null for a new record. */
  @Column({ name: "base_version", type: "integer", nullable: true })
  baseVersion: number | null;

  @Column({ type: "jsonb" })
  values: Record<string, string>;

  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Column({ name: "author_id", type: "integer", nullable: true })
  authorId: number | null;

  @Column({ name: "created_at", type: "timestamptz", insert: false, update: false })
  createdAt: Date;

  @Column({ name: "updated_at", type: "timestamptz", insert: false })
  updatedAt: Date;
}
