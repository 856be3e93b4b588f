import type { DatePrecision } from "@subpoena-tracker/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { DatePrecisionEnum } from "../../schema/enums";
import { PartialDateScalar } from "../../schema/scalars";

@ObjectType({
  description:
    "A sanctuary law or policy limiting what a jurisdiction's agencies share with immigration authorities. A policy applies to its own jurisdiction and everything inside it.",
})
export class Policy {
  @Field(() => ID, { description: "Stable identifier, e.g. `ca-sb54`." })
  slug: string;

  @Field({ description: "Name of the law or policy." })
  name: string;

  @Field(() => String, { nullable: true, description: 'Formal citation, e.g. "SB 54 (2017)".' })
  citation: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it was enacted, as precisely as known." })
  enactedOn: string | null;

  @Field(() => DatePrecisionEnum, { nullable: true, description: "Precision of enactedOn." })
  enactedPrecision: DatePrecision | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When it took effect, as precisely as known; null if not reported.",
  })
  effectiveOn: string | null;

  @Field(() => DatePrecisionEnum, { nullable: true, description: "Precision of effectiveOn." })
  effectivePrecision: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "What it does, in a sentence or two." })
  summary: string | null;

  /** Resolved through the jurisdiction field. */
  jurisdictionSlug: string;
}
