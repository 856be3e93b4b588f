import { Column, Entity, PrimaryColumn } from "typeorm";
import type { Outcome } from "@subpoena-tracker/domain";

/** One part of a batch's derived outcome breakdown. Written only by the outcome rule, never by hand. */
@Entity({ name: "batch_outcomes" })
export class BatchOutcomeEntity {
  @PrimaryColumn({ name: "batch_id", type: "text" })
  batchId: string;

  @PrimaryColumn("text")
  outcome: Outcome;

  /** Null when the batch's count is not known. */
  @Column({ type: "integer", nullable: true })
  subpoenas: number | null;
}
