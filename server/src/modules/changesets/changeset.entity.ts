import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export type ChangesetKind = "import" | "edit";
export type ChangesetStatus = "draft" | "published" | "discarded";

/** A unit of publication: a data package import, or a set of edits drafted, reviewed and published together. */
@Entity({ name: "changesets" })
export class ChangesetEntity {
  @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS" })
  id: number;

  @Column("text")
  kind: ChangesetKind;

  @Column("text")
  status: ChangesetStatus;

  /** The public note published with the changeset. */
  @Column("text")
  note: string;

  @Column({ name: "created_at", type: "timestamptz", insert: false, update: false })
  createdAt: Date;

  @Column({ name: "updated_at", type: "timestamptz", insert: false })
  updatedAt: Date;

  @Column({ name: "published_at", type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  @Column({ name: "created_by", type: "integer", nullable: true })
  createdBy: number | null;

  @Column({ name: "published_by", type: "integer", nullable: true })
  publishedBy: number | null;

  /** When its authors asked for review; null while they are still at work. */
  @Column({ name: "submitted_at", type: "timestamptz", nullable: true })
  submittedAt: Date | null;

  /** The dataset version this changeset produced once published. */
  @Column({ name: "dataset_version", type: "integer", nullable: true })
  datasetVersion: number | null;
}
