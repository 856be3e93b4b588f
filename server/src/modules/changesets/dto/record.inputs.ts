import type {
  AgencyKind,
  CountPrecision,
  CourtCaseOutcome,
  EventStatus,
  IssuingComponent,
  JurisdictionKind,
  OffenseCategory,
  Reliability,
  SourceKind,
} from "@subpoena-tracker/domain";
import { Field, ID, InputType, Int } from "type-graphql";
import {
  AgencyKindEnum,
  CountPrecisionEnum,
  CourtCaseOutcomeEnum,
  EventStatusEnum,
  IssuingComponentEnum,
  JurisdictionKindEnum,
  OffenseCategoryEnum,
  ReliabilityEnum,
  SourceKindEnum,
} from "../../../schema/enums";
import { RecordTypeEnum } from "../record-type";
import type { ResourceName } from "../../../write/resources";

// Field names mirror the interchange format's columns (camelCase here), and every value is checked by the same
// validators as a data package, with the same messages. Dates are text (YYYY, YYYY-MM or YYYY-MM-DD) so that a
// mistake comes back as a message on that field rather than as a type error for the whole request.

const DATE = "A partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are.";
const SOURCES =
  "Ids of the sources supporting this record, in citation order; at least one, and at least one with its supporting quote.";

@InputType({ description: "A jurisdiction as it should read." })
export class JurisdictionInput {
  @Field({ description: "Stable id (lower-case letters, digits, hyphens), e.g. `marion-county-or`." })
  slug: string;

  @Field({ description: "Name, e.g. Marion County." })
  name: string;

  @Field(() => JurisdictionKindEnum, { description: "State, county, city or city-county." })
  kind: JurisdictionKind;

  @Field(() => String, { nullable: true, description: "Two-letter USPS state code, e.g. OR." })
  state?: string | null;

  @Field(() => String, { nullable: true, description: "The jurisdiction it lies in, e.g. `oregon`." })
  parentSlug?: string | null;

  @Field(() => String, { nullable: true, description: "Five-digit Census FIPS code of its county." })
  countyFips?: string | null;
}

@InputType({ description: "An agency as it should read." })
export class AgencyInput {
  @Field({ description: "Stable id, e.g. `marion-county-sheriff`." })
  slug: string;

  @Field({ description: "Name, e.g. Marion County Sheriff's Office." })
  name: string;

  @Field(() => AgencyKindEnum, { description: "What kind of agency it is." })
  kind: AgencyKind;

  @Field({ description: "The jurisdiction it serves." })
  jurisdictionSlug: string;
}

@InputType({ description: "A source as it should read." })
export class SourceInput {
  @Field({ description: "Stable id, e.g. `statesman-2025-08-marion`." })
  id: string;

  @Field({ description: "Address of the document (http or https)." })
  url: string;

  @Field({ description: "Who published it." })
  publisher: string;

  @Field(() => String, { nullable: true, description: "Its title." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: `When it was published. ${DATE}` })
  publishedOn?: string | null;

  @Field(() => SourceKindEnum, { description: "What kind of document it is." })
  kind: SourceKind;

  @Field(() => ReliabilityEnum, { description: "Primary, secondary or aggregator." })
  reliability: Reliability;

  @Field(() => String, { nullable: true, description: "The passage that supports the facts citing it, verbatim." })
  quote?: string | null;
}

@InputType({ description: "A sanctuary law or policy as it should read." })
export class PolicyInput {
  @Field({ description: "Stable id." })
  slug: string;

  @Field({ description: "The jurisdiction whose policy it is." })
  jurisdictionSlug: string;

  @Field({ description: "Name of the law or policy." })
  name: string;

  @Field(() => String, { nullable: true, description: "Its legal citation." })
  citation?: string | null;

  @Field(() => String, { nullable: true, description: `When it was enacted. ${DATE}` })
  enactedOn?: string | null;

  @Field(() => String, { nullable: true, description: `When it took effect. ${DATE}` })
  effectiveOn?: string | null;

  @Field(() => String, { nullable: true, description: "What it says about sharing information with ICE." })
  summary?: string | null;

  @Field(() => [String], { description: SOURCES })
  sourceIds: string[];
}

@InputType({ description: "A court case as it should read." })
export class CourtCaseInput {
  @Field({ description: "Stable id." })
  slug: string;

  @Field({ description: "The court." })
  court: string;

  @Field(() => String, { nullable: true, description: "The docket number." })
  caseNumber?: string | null;

  @Field({ description: "The case's caption (no personal names of the people the subpoenas concern)." })
  caption: string;

  @Field(() => String, { nullable: true, description: `When it was filed. ${DATE}` })
  filedOn?: string | null;

  @Field(() => String, { nullable: true, description: "The judge." })
  judge?: string | null;

  @Field(() => CourtCaseOutcomeEnum, { description: "How it ended, or PENDING." })
  outcome: CourtCaseOutcome;

  @Field(() => String, { nullable: true, description: `When it was decided. ${DATE}` })
  decidedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Citation of the decision." })
  citation?: string | null;

  @Field(() => [String], { description: SOURCES })
  sourceIds: string[];
}

@InputType({ description: "A dated event of a batch, inside a batch's form." })
export class BatchEventInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The stored event this edits; omit for a new event. (New events of the batch are replaced as a set each time the batch is saved.)",
  })
  id?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The stored event's version the edit started from (required with id).",
  })
  baseVersion?: number | null;

  @Field(() => String, { nullable: true, description: "Why a published event changes (required when it does)." })
  reason?: string | null;

  @Field({ description: `When it happened. ${DATE}` })
  date: string;

  @Field(() => EventStatusEnum, { description: "What happened." })
  status: EventStatus;

  @Field(() => String, { nullable: true, description: "The agency it concerns, if only one of the batch's." })
  agencySlug?: string | null;

  @Field(() => Int, { nullable: true, description: "How many of the batch's subpoenas it concerns, if not all." })
  subpoenasAffected?: number | null;

  @Field(() => String, { nullable: true, description: "The court case it belongs to." })
  courtCaseSlug?: string | null;

  @Field(() => String, { nullable: true, description: "A short note." })
  note?: string | null;

  @Field(() => [String], { description: SOURCES })
  sourceIds: string[];
}

@InputType({ description: "A batch of subpoenas as it should read, optionally with its events." })
export class BatchInput {
  @Field({ description: "Stable id, e.g. `2025-08-14-marion-county-or`." })
  id: string;

  @Field({ description: `When the subpoenas were issued. ${DATE}` })
  issuedOn: string;

  @Field({ description: "The jurisdiction the batch is counted under." })
  jurisdictionSlug: string;

  @Field(() => [String], { description: "The agencies served, in the order the sources list them." })
  recipientAgencySlugs: string[];

  @Field(() => IssuingComponentEnum, { nullable: true, description: "The part of ICE that issued them." })
  issuingComponent?: IssuingComponent | null;

  @Field(() => Int, { nullable: true, description: "How many subpoenas; leave empty when the count is UNKNOWN." })
  subpoenaCount?: number | null;

  @Field(() => CountPrecisionEnum, { description: "How exact the count is; UNKNOWN when sources give no number." })
  countPrecision: CountPrecision;

  @Field(() => [OffenseCategoryEnum], { nullable: true, description: "Offense categories the sources name." })
  offenseCategories?: OffenseCategory[] | null;

  @Field(() => String, { nullable: true, description: "What the sources say of the subjects (never their names)." })
  subjectsSummary?: string | null;

  @Field(() => Int, { nullable: true, description: "How many subjects were in custody." })
  subjectsInCustody?: number | null;

  @Field(() => Int, { nullable: true, description: "How many subjects had been released." })
  subjectsReleased?: number | null;

  @Field(() => String, { nullable: true, description: "Editors' notes." })
  notes?: string | null;

  @Field(() => [String], { description: SOURCES })
  sourceIds: string[];

  @Field(() => [BatchEventInput], {
    nullable: true,
    description: "The batch's events to save with it; omit to leave its events as they are.",
  })
  events?: BatchEventInput[] | null;
}

@InputType({ description: "A dated event as it should read." })
export class EventInput {
  @Field({ description: "The batch it belongs to." })
  batchId: string;

  @Field({ description: `When it happened. ${DATE}` })
  date: string;

  @Field(() => EventStatusEnum, { description: "What happened." })
  status: EventStatus;

  @Field(() => String, { nullable: true, description: "The agency it concerns, if only one of the batch's." })
  agencySlug?: string | null;

  @Field(() => Int, { nullable: true, description: "How many of the batch's subpoenas it concerns, if not all." })
  subpoenasAffected?: number | null;

  @Field(() => String, { nullable: true, description: "The court case it belongs to." })
  courtCaseSlug?: string | null;

  @Field(() => String, { nullable: true, description: "A short note." })
  note?: string | null;

  @Field(() => [String], { description: SOURCES })
  sourceIds: string[];
}

@InputType({ description: "Names one record: its type and stable id (an event's id is its number)." })
export class RecordRefInput {
  @Field(() => RecordTypeEnum, { description: "The kind of record." })
  type: ResourceName;

  @Field(() => ID, { description: "The record's stable id." })
  id: string;
}
