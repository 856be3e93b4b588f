import { Column, Entity, PrimaryColumn } from "typeorm";
import type { AgencyKind } from "@subpoena-tracker/domain";

/** An agency that receives subpoenas: a sheriff, a jail, a court, a police department. */
@Entity({ name: "agencies" })
export class AgencyEntity {
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
  name: string;

  @Column("text")
  kind: AgencyKind;

  @Column({ name: "jurisdiction_slug", type: "text" })
  jurisdictionSlug: string;
}
