import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export type CorrectionRequestStatus = "open" | "resolved" | "dismissed";

/** A reader's report that a record is wrong, kept until an editor links it to the changeset that fixes it. */
@Entity({ name: "correction_requests" })
export class CorrectionRequestEntity {
  @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS" })
  id: number;

  @Column({ name: "record_type", type: "text" })
  recordType: string;

  @Column({ name: "record_id", type: "text" })
  recordId: string;

  @Column({ name: "what_is_wrong", type: "text" })
  whatIsWrong: string;

  @Column({ name: "source_url", type: "text", nullable: true })
  sourceUrl: string | null;

  /** How to reach the reporter, if they gave one: shown to editors only. */
  @Column({ type: "text", nullable: true })
  contact: string | null;

  @Column("text")
  status: CorrectionRequestStatus;

  @Column({ name: "changeset_id", type: "integer", nullable: true })
  changesetId: number | null;

  @Column({ name: "created_at", type: "timestamptz", insert: false, update: false })
  createdAt: Date;

  @Column({ name: "updated_at", type: "timestamptz", insert: false })
  updatedAt: Date;
}
