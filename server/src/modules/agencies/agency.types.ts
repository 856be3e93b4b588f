import type { AgencyKind } from "@subpoena-tracker/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { AgencyKindEnum } from "../../schema/enums";

@ObjectType({
  description: "An agency that received subpoenas: a sheriff's office, a jail, a court, a police department.",
})
export class Agency {
  @Field(() => ID, { description: "Stable identifier, e.g. `denver-sheriff`." })
  slug: string;

  @Field({ description: "Display name." })
  name: string;

  @Field(() => AgencyKindEnum, { description: "What kind of agency it is." })
  kind: AgencyKind;

  /** Resolved through the jurisdiction field. */
  jurisdictionSlug: string;
}
