// What readers see for each enum value. Kept here, beside the enums, so that the site, the API descriptions and the
// exports all use the same words; a Record over each union makes a missing label a type error.

import type {
  AgencyKind,
  CountPrecision,
  CourtCaseOutcome,
  EventStatus,
  IssuingComponent,
  JurisdictionKind,
  OffenseCategory,
  Outcome,
  Reliability,
  SourceKind,
} from "./enums";
import { formatNumber } from "./format";

export const OUTCOME_LABELS: Record<Outcome, string> = {
  PENDING: "Pending",
  COMPLIED: "Complied",
  PARTIALLY_COMPLIED: "Partially complied",
  DECLINED: "Declined",
  NO_RESPONSE: "No response",
  IN_COURT: "In court",
  COURT_ORDERED: "Court-ordered",
  COMPLIED_AFTER_ORDER: "Complied after order",
  QUASHED: "Quashed",
  WITHDRAWN: "Withdrawn",
  MIXED: "Mixed",
};

export const OUTCOME_DESCRIPTIONS: Record<Outcome, string> = {
  PENDING: "No response or decision has been reported yet.",
  COMPLIED: "The agency provided the information the subpoenas asked for.",
  PARTIALLY_COMPLIED: "The agency provided some of the information the subpoenas asked for.",
  DECLINED: "The agency refused to provide the information.",
  NO_RESPONSE: "The agency was reported not to have responded.",
  IN_COURT: "A court action to enforce or to challenge the subpoenas is under way.",
  COURT_ORDERED: "A court ordered the agency to comply; compliance has not been reported.",
  COMPLIED_AFTER_ORDER: "The agency complied after a court ordered it to.",
  QUASHED: "A court set the subpoenas aside.",
  WITHDRAWN: "ICE withdrew the subpoenas.",
  MIXED: "The agencies served stand differently, and the sources do not say how the subpoenas split between them.",
};

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  issued: "Issued",
  served: "Served",
  under_review: "Under review",
  complied: "Complied",
  partially_complied: "Partially complied",
  declined: "Declined",
  no_response: "No response",
  recipient_sued: "Recipient sued",
  enforcement_petition_filed: "Enforcement petition filed",
  court_ordered_compliance: "Court ordered compliance",
  quashed: "Quashed",
  complied_after_order: "Complied after order",
  appeal_declined: "Did not appeal",
  withdrawn: "Withdrawn",
};

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  sheriff: "Sheriff's office",
  police: "Police department",
  state_police: "State police",
  corrections: "Corrections department",
  court: "Court",
  county_government: "County government",
  other: "Other agency",
};

export const OFFENSE_CATEGORY_LABELS: Record<OffenseCategory, string> = {
  homicide: "Homicide",
  sexual_offense: "Sexual offense",
  assault: "Assault",
  domestic_violence: "Domestic violence",
  robbery: "Robbery",
  burglary: "Burglary",
  drug: "Drug offense",
  dui: "Driving under the influence",
  weapons: "Weapons offense",
  immigration: "Immigration offense",
  other: "Other offense",
};

export const ISSUING_COMPONENT_LABELS: Record<IssuingComponent, string> = {
  ERO: "Enforcement and Removal Operations (ERO)",
  HSI: "Homeland Security Investigations (HSI)",
};

export const COUNT_PRECISION_LABELS: Record<CountPrecision, string> = {
  exact: "Exact",
  approximate: "Approximate",
  at_least: "At least",
  unknown: "Not reported",
};

export const JURISDICTION_KIND_LABELS: Record<JurisdictionKind, string> = {
  state: "State",
  county: "County",
  city: "City",
  city_county: "City and county",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  press_release: "Press release",
  news: "News report",
  court_record: "Court record",
  government: "Government document",
  research: "Research",
  aggregator: "Aggregator",
};

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  primary: "Primary",
  secondary: "Secondary",
  aggregator: "Aggregator",
};

// Worded as in the data package, for tooltips next to a source.
export const RELIABILITY_DESCRIPTIONS: Record<Reliability, string> = {
  primary: "The original publisher or record.",
  secondary: "A report of the original.",
  aggregator: "A copy or summary, to be checked against the original.",
};

export const COURT_CASE_OUTCOME_LABELS: Record<CourtCaseOutcome, string> = {
  pending: "Pending",
  enforced: "Enforced",
  enforced_narrowed: "Enforced, narrowed",
  quashed: "Quashed",
  dismissed: "Dismissed",
  withdrawn: "Withdrawn",
  unknown: "Not reported",
};

// A subpoena count as readers should see it: "4", "about 4", "at least 4" or "not reported". A missing count is never
// shown as zero. A count whose precision is "unknown" is shown with that caveat rather than hidden.
export function formatCount(count: number | null, precision: CountPrecision): string {
  if (count === null) return "not reported";
  const digits = formatNumber(count);
  switch (precision) {
    case "exact":
      return digits;
    case "approximate":
      return `about ${digits}`;
    case "at_least":
      return `at least ${digits}`;
    case "unknown":
      return `${digits} (precision not reported)`;
  }
}
