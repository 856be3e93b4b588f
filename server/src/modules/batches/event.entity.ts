import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { DatePrecision, EventStatus } from "@subpoena-tracker/domain";

/** One dated step in a batch's history. It may concern one agency, or only some of the batch's subpoenas. */
@Entity({ name: "events" })
export class EventEntity {
  @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS" })
  id: number;

  /** Moves on with every published change to this record; an edit made against an older version is refused. */
  @Column("integer")
  version: number;

  /** When the record was withdrawn from the dataset (it stays, with its history); null while it stands. */
  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;

  /** Why it was withdrawn, as published. */
  @Column({ name: "withdrawn_reason", type: "text", nullable: true })
  withdrawnReason: string | null;

  @Column({ name: "batch_id", type: "text" })
  batchId: string;

  @Column({ name: "natural_key", type: "text" })
  naturalKey: string;

  @Column({ name: "occurred_on", type: "date" })
  occurredOn: string;

  @Column({ name: "occurred_precision", type: "text" })
  occurredPrecision: DatePrecision;

  @Column("text")
  status: EventStatus;

  @Column({ name: "agency_slug", type: "text", nullable: true })
  agencySlug: string | null;

  @Column({ name: "subpoenas_affected", type: "integer", nullable: true })
  subpoenasAffected: number | null;

  @Column({ name: "court_case_slug", type: "text", nullable: true })
  courtCaseSlug: string | null;

  @Column({ type: "text", nullable: true })
  note: string | null;
}
