import { Column, Entity, PrimaryColumn } from "typeorm";
import type { DatePrecision } from "@subpoena-tracker/domain";

/** A sanctuary law or policy that governs what an agency may share. */
@Entity({ name: "policies" })
export class PolicyEntity {
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

  @Column({ name: "jurisdiction_slug", type: "text" })
  jurisdictionSlug: string;

  @Column("text")
  name: string;

  @Column({ type: "text", nullable: true })
  citation: string | null;

  @Column({ name: "enacted_on", type: "date", nullable: true })
  enactedOn: string | null;

  @Column({ name: "enacted_precision", type: "text", nullable: true })
  enactedPrecision: DatePrecision | null;

  @Column({ name: "effective_on", type: "date", nullable: true })
  effectiveOn: string | null;

  @Column({ name: "effective_precision", type: "text", nullable: true })
  effectivePrecision: DatePrecision | null;

  @Column({ type: "text", nullable: true })
  summary: string | null;
}
