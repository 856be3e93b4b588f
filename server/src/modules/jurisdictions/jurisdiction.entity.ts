import { Column, Entity, PrimaryColumn } from "typeorm";
import type { JurisdictionKind } from "@subpoena-tracker/domain";

/** A state, county or city. A state contains counties and cities through parentSlug. */
@Entity({ name: "jurisdictions" })
export class JurisdictionEntity {
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
  kind: JurisdictionKind;

  @Column({ type: "char", length: 2, nullable: true })
  state: string | null;

  @Column({ name: "parent_slug", type: "text", nullable: true })
  parentSlug: string | null;

  @Column({ name: "county_fips", type: "char", length: 5, nullable: true })
  countyFips: string | null;
}
