// The closed vocabularies of the data package (data/seed/datapackage.json), as `as const` arrays so that the same list
// drives runtime validation, GraphQL enums, form options and TypeScript unions. Order matters where noted.

export const JURISDICTION_KINDS = ["state", "county", "city", "city_county"] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

export const AGENCY_KINDS = [
  "sheriff",
  "police",
  "state_police",
  "corrections",
  "court",
  "county_government",
  "other",
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const SOURCE_KINDS = ["press_release", "news", "court_record", "government", "research", "aggregator"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const RELIABILITIES = ["primary", "secondary", "aggregator"] as const;
export type Reliability = (typeof RELIABILITIES)[number];

export const COURT_CASE_OUTCOMES = [
  "pending",
  "enforced",
  "enforced_narrowed",
  "quashed",
  "dismissed",
  "withdrawn",
  "unknown",
] as const;
export type CourtCaseOutcome = (typeof COURT_CASE_OUTCOMES)[number];

export const COUNT_PRECISIONS = ["exact", "approximate", "at_least", "unknown"] as const;
export type CountPrecision = (typeof COUNT_PRECISIONS)[number];

// In the order a batch's history usually unfolds, as the data package lists them.
export const EVENT_STATUSES = [
  "issued",
  "served",
  "under_review",
  "complied",
  "partially_complied",
  "declined",
  "no_response",
  "recipient_sued",
  "enforcement_petition_filed",
  "court_ordered_compliance",
  "quashed",
  "complied_after_order",
  "appeal_declined",
  "withdrawn",
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const OFFENSE_CATEGORIES = [
  "homicide",
  "sexual_offense",
  "assault",
  "domestic_violence",
  "robbery",
  "burglary",
  "drug",
  "dui",
  "weapons",
  "immigration",
  "other",
] as const;
export type OffenseCategory = (typeof OFFENSE_CATEGORIES)[number];

export const ISSUING_COMPONENTS = ["ERO", "HSI"] as const;
export type IssuingComponent = (typeof ISSUING_COMPONENTS)[number];

// A batch's derived standing (see outcome.ts). This order is canonical: outcome breakdowns, legends and filters list
// outcomes in it, from "nothing yet" through the recipient's answer and the courts to the ends of the story.
export const OUTCOMES = [
  "PENDING",
  "COMPLIED",
  "PARTIALLY_COMPLIED",
  "DECLINED",
  "NO_RESPONSE",
  "IN_COURT",
  "COURT_ORDERED",
  "COMPLIED_AFTER_ORDER",
  "QUASHED",
  "WITHDRAWN",
  "MIXED",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

// Narrows text from CSV files, the database or query strings to one of the unions above.
export function isOneOf<T>(values: readonly T[], x: unknown): x is T {
  return (values as readonly unknown[]).includes(x);
}
