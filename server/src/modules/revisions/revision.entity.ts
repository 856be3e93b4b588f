import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { FieldValues } from "../../write/field-values";

export type RevisionRecordType =
  "dataset" | "jurisdictions" | "agencies" | "sources" | "policies" | "court_cases" | "batches" | "events";

export type RevisionAction = "create" | "update" | "withdraw";

/** One published change to one record: its values before and after, why, and in which dataset version. */
@Entity({ name: "revisions" })
export class RevisionEntity {
  @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS", type: "bigint" })
  id: string;

  @Column({ name: "changeset_id", type: "integer" })
  changesetId: number;

  @Column({ name: "dataset_version", type: "integer" })
  datasetVersion: number;

  @Column({ name: "record_type", type: "text" })
  recordType: RevisionRecordType;

  @Column({ name: "record_id", type: "text" })
  recordId: string;

  /** For an event, its batch. */
  @Column({ name: "parent_id", type: "text", nullable: true })
  parentId: string | null;

  @Column({ name: "record_version", type: "integer" })
  recordVersion: number;

  @Column("text")
  action: RevisionAction;

  @Column({ type: "jsonb", nullable: true })
  before: FieldValues | null;

  @Column({ type: "jsonb" })
  after: FieldValues;

  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Column({ name: "created_at", type: "timestamptz", insert: false, update: false })
  createdAt: Date;
}
