import { Column, Entity, PrimaryColumn } from "typeorm";
import type { CourtCaseOutcome, DatePrecision } from "@subpoena-tracker/domain";

/** A court action to enforce, or to challenge, subpoenas. */
@Entity({ name: "court_cases" })
export class CourtCaseEntity {
  @PrimaryColumn("text")
  slug: string;

  @Column({ type: "integer", insert: false, update: false })
  ordinal: number;

  /** Moves on with every published change to this record; an edit made against an older version is refused. */
  @Column("integer")
  version: number;

  /** When the record was withdrawn from the dataset (it stays, with its history); null while it stands. */
  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;

  /** Why it was withdrawn, as published. */
  @Column({ name: "withdrawn_reason", type: "text", nullable: true })
  withdrawnReason: string | null;

  @Column("text")
  court: string;

  @Column({ name: "case_number", type: "text", nullable: true })
  caseNumber: string | null;

  @Column("text")
  caption: string;

  @Column({ name: "filed_on", type: "date", nullable: true })
  filedOn: string | null;

  @Column({ name: "filed_precision", type: "text", nullable: true })
  filedPrecision: DatePrecision | null;

  @Column({ type: "text", nullable: true })
  judge: string | null;

  @Column("text")
  outcome: CourtCaseOutcome;

  @Column({ name: "decided_on", type: "date", nullable: true })
  decidedOn: string | null;

  @Column({ name: "decided_precision", type: "text", nullable: true })
  decidedPrecision: DatePrecision | null;

  @Column({ type: "text", nullable: true })
  citation: string | null;
}
