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

  @Column("text")
  name: string;

  @Column("text")
  kind: AgencyKind;

  @Column({ name: "jurisdiction_slug", type: "text" })
  jurisdictionSlug: string;
}
