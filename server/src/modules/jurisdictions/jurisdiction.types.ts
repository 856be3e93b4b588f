import type { JurisdictionKind } from "@subpoena-tracker/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { JurisdictionKindEnum } from "../../schema/enums";

@ObjectType({
  description:
    "A state, county or city whose agencies received subpoenas. Jurisdictions nest: a state contains counties, a county may contain cities. Filtering by a jurisdiction includes everything inside it.",
})
export class Jurisdiction {
  @Field(() => ID, { description: "Stable identifier used in filters and addresses, e.g. `denver-co` or `oregon`." })
  slug: string;

  @Field({ description: 'Display name, e.g. "Washington County".' })
  name: string;

  @Field(() => JurisdictionKindEnum, { description: "Level of government." })
  kind: JurisdictionKind;

  @Field(() => String, {
    nullable: true,
    description: "Two-letter USPS code of the state it lies in (its own, for a state).",
  })
  state: string | null;

  /** Resolved through the parent field; kept for the loader. */
  parentSlug: string | null;

  /** Read by the countyFips field: jurisdictions read as part of a batch or a count do not carry it. */
  countyFips?: string | null;
}
