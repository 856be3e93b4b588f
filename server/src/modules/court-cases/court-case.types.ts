import type { CourtCaseOutcome, DatePrecision } from "@subpoena-tracker/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { CourtCaseOutcomeEnum, DatePrecisionEnum } from "../../schema/enums";
import { PartialDateScalar } from "../../schema/scalars";

@ObjectType({ description: "A court action to enforce, or to challenge, subpoenas." })
export class CourtCase {
  @Field(() => ID, { description: "Stable identifier, e.g. `ice-v-gomez-2020`." })
  slug: string;

  @Field({ description: 'The court, e.g. "U.S. District Court for the District of Colorado".' })
  court: string;

  @Field(() => String, { nullable: true, description: "Docket number, when reported." })
  caseNumber: string | null;

  @Field({ description: "Caption of the case." })
  caption: string;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it was filed, as precisely as known." })
  filedOn: string | null;

  @Field(() => DatePrecisionEnum, { nullable: true, description: "Precision of filedOn." })
  filedPrecision: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "The judge, when reported." })
  judge: string | null;

  @Field(() => CourtCaseOutcomeEnum, { description: "How the case ended; UNKNOWN when the sources do not say." })
  outcome: CourtCaseOutcome;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When it was decided, as precisely as known; null while pending or not reported.",
  })
  decidedOn: string | null;

  @Field(() => DatePrecisionEnum, { nullable: true, description: "Precision of decidedOn." })
  decidedPrecision: DatePrecision | null;

  @Field(() => String, {
    nullable: true,
    description: 'Reporter citation of the decision, e.g. "445 F. Supp. 3d 1213".',
  })
  citation: string | null;
}
