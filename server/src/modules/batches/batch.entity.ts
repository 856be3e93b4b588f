import { Column, Entity, PrimaryColumn } from "typeorm";
import type { CountPrecision, DatePrecision, IssuingComponent, OffenseCategory } from "@subpoena-tracker/domain";

/** Subpoenas that ICE served together: one date, one or more recipient agencies. */
@Entity({ name: "batches" })
export class BatchEntity {
  @PrimaryColumn("text")
  id: string;

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

  @Column({ name: "issued_on", type: "date" })
  issuedOn: string;

  @Column({ name: "issued_precision", type: "text" })
  issuedPrecision: DatePrecision;

  @Column({ name: "jurisdiction_slug", type: "text" })
  jurisdictionSlug: string;

  @Column({ name: "issuing_component", type: "text", nullable: true })
  issuingComponent: IssuingComponent | null;

  @Column({ name: "subpoena_count", type: "integer", nullable: true })
  subpoenaCount: number | null;

  @Column({ name: "count_precision", type: "text" })
  countPrecision: CountPrecision;

  @Column({ name: "offense_categories", type: "text", array: true })
  offenseCategories: OffenseCategory[];

  @Column({ name: "subjects_summary", type: "text", nullable: true })
  subjectsSummary: string | null;

  @Column({ name: "subjects_in_custody", type: "integer", nullable: true })
  subjectsInCustody: number | null;

  @Column({ name: "subjects_released", type: "integer", nullable: true })
  subjectsReleased: number | null;

  @Column({ type: "text", nullable: true })
  notes: string | null;
}
