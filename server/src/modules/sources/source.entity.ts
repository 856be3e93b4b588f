import { Column, Entity, PrimaryColumn } from "typeorm";
import type { DatePrecision, Reliability, SourceKind } from "@subpoena-tracker/domain";

/** A document that facts are drawn from, with the passage that supports them. */
@Entity({ name: "sources" })
export class SourceEntity {
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

  @Column("text")
  url: string;

  @Column("text")
  publisher: string;

  @Column({ type: "text", nullable: true })
  title: string | null;

  @Column({ name: "published_on", type: "date", nullable: true })
  publishedOn: string | null;

  @Column({ name: "published_precision", type: "text", nullable: true })
  publishedPrecision: DatePrecision | null;

  @Column("text")
  kind: SourceKind;

  @Column("text")
  reliability: Reliability;

  @Column({ type: "text", nullable: true })
  quote: string | null;
}
