import type { AgencyKind, IssuingComponent, OffenseCategory, Outcome } from "@subpoena-tracker/domain";
import { ArrayMaxSize, Matches } from "class-validator";
import { Field, InputType } from "type-graphql";
import { AgencyKindEnum, IssuingComponentEnum, OffenseCategoryEnum, OutcomeEnum } from "../../../schema/enums";
import { PartialDateScalar } from "../../../schema/scalars";

/** Longest list a filter accepts: far above any real use, low enough that no one builds a huge SQL array. */
export const MAX_FILTER_VALUES = 100;

/** The filter values as plain data: what both the GraphQL input and the HTTP query parameters produce. */
export interface BatchFilterValues {
  jurisdictions?: string[] | null;
  excludeJurisdictions?: string[] | null;
  agencies?: string[] | null;
  agencyJurisdictions?: string[] | null;
  states?: string[] | null;
  outcomes?: Outcome[] | null;
  issuedFrom?: string | null;
  issuedTo?: string | null;
  agencyKinds?: AgencyKind[] | null;
  issuingComponents?: IssuingComponent[] | null;
  offenseCategories?: OffenseCategory[] | null;
}

const LIST = `At most ${MAX_FILTER_VALUES} values. Null or an empty list: no restriction.`;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const slugMessage = (field: string, example: string) =>
  `${field}: a slug is lower-case letters, digits and hyphens, e.g. "${example}"`;

@InputType({
  description:
    "Which batches to count or list. Conditions on different fields must all hold (AND); the values listed for one field are alternatives (OR). Leave a field out for no restriction.",
})
export class BatchFilter implements BatchFilterValues {
  @Field(() => [String], {
    nullable: true,
    description: `Jurisdiction slugs (see the \`jurisdictions\` query), e.g. ["oregon"]. A jurisdiction includes everything inside it: "oregon" covers batches served in Oregon's counties and cities as well as on the state's own agencies. An unknown slug is an error, not an empty result. ${LIST}`,
  })
  @ArrayMaxSize(MAX_FILTER_VALUES, { message: `jurisdictions: at most ${MAX_FILTER_VALUES} slugs` })
  @Matches(SLUG, { each: true, message: slugMessage("jurisdictions", "denver-co") })
  jurisdictions?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Jurisdiction slugs to leave out: batches filed under these places, or anywhere inside them, do not match (the opposite of \`jurisdictions\`). With \`agencyJurisdictions\` it gives the batches that reached a place's agencies but are filed under a larger jurisdiction: { agencyJurisdictions: ["wasco-county-or"], excludeJurisdictions: ["wasco-county-or"] } is Oregon's statewide batch, not Wasco County's own. An unknown slug is an error, not an empty result. ${LIST}`,
  })
  @ArrayMaxSize(MAX_FILTER_VALUES, { message: `excludeJurisdictions: at most ${MAX_FILTER_VALUES} slugs` })
  @Matches(SLUG, { each: true, message: slugMessage("excludeJurisdictions", "denver-co") })
  excludeJurisdictions?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Recipient agency slugs (see the \`agencies\` query), e.g. ["wasco-county-sheriff"]: batches served on at least one of these agencies, whatever jurisdiction they are filed under. A batch served on several agencies matches through any of them: ["wasco-county-sheriff"] matches Oregon's statewide batch, served on four agencies, and counts all its subpoenas, since the sources do not say how many went to each agency. An unknown slug is an error, not an empty result. ${LIST}`,
  })
  @ArrayMaxSize(MAX_FILTER_VALUES, { message: `agencies: at most ${MAX_FILTER_VALUES} slugs` })
  @Matches(SLUG, { each: true, message: slugMessage("agencies", "wasco-county-sheriff") })
  agencies?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Jurisdiction slugs, by where the recipient agencies are: batches served on at least one agency located in these places or anywhere inside them, whatever jurisdiction the batch is filed under. ["wasco-county-or"] matches batches filed under Wasco County and Oregon's statewide batch, which reached the Wasco County sheriff; \`jurisdictions\` goes by where a batch is filed and would match only the first. An unknown slug is an error, not an empty result. ${LIST}`,
  })
  @ArrayMaxSize(MAX_FILTER_VALUES, { message: `agencyJurisdictions: at most ${MAX_FILTER_VALUES} slugs` })
  @Matches(SLUG, { each: true, message: slugMessage("agencyJurisdictions", "wasco-county-or") })
  agencyJurisdictions?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Two-letter USPS state codes (any case), e.g. ["OR", "CO"]: batches served anywhere in those states. A code that is not a U.S. state, D.C. or Puerto Rico is an error naming the valid codes, never an empty result. ${LIST}`,
  })
  @ArrayMaxSize(MAX_FILTER_VALUES, { message: `states: at most ${MAX_FILTER_VALUES} codes` })
  @Matches(/^[A-Za-z]{2}$/, { each: true, message: 'states: a state is a two-letter USPS code, e.g. "OR"' })
  states?: string[] | null;

  @Field(() => [OutcomeEnum], {
    nullable: true,
    description: `Derived outcomes. Lists batches with at least one part at one of these outcomes. In counts, only the subpoenas at these outcomes are counted: a batch split between DECLINED and COURT_ORDERED contributes only its DECLINED part to a count filtered on DECLINED. ${LIST}`,
  })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  outcomes?: Outcome[] | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description:
      'Earliest issue date. A batch matches only when the whole period of its issue date lies inside [first day of issuedFrom, last day of issuedTo]: issuedFrom "2020-01-15" excludes a batch dated only "2020-01" (it may have been issued on the 3rd). No filter ever claims a batch it cannot be sure of.',
  })
  issuedFrom?: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description:
      'Latest issue date, by its last day: issuedTo "2020-01" includes batches issued on 2020-01-31 and batches dated only "2020-01"; issuedTo "2020-06" excludes a batch dated only "2020" (it may have been issued in December).',
  })
  issuedTo?: string | null;

  @Field(() => [AgencyKindEnum], {
    nullable: true,
    description: `Kinds of recipient agency: batches served on at least one agency of these kinds. ${LIST}`,
  })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  agencyKinds?: AgencyKind[] | null;

  @Field(() => [IssuingComponentEnum], {
    nullable: true,
    description: `The ICE components that issued the batch. Batches whose component was not reported never match. ${LIST}`,
  })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  issuingComponents?: IssuingComponent[] | null;

  @Field(() => [OffenseCategoryEnum], {
    nullable: true,
    description: `Offense categories: batches listing at least one of them. ${LIST}`,
  })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  offenseCategories?: OffenseCategory[] | null;
}
