import {
  AGENCY_KINDS,
  AGENCY_KIND_LABELS,
  COUNT_PRECISIONS,
  COURT_CASE_OUTCOMES,
  COURT_CASE_OUTCOME_LABELS,
  EVENT_STATUSES,
  ISSUING_COMPONENTS,
  ISSUING_COMPONENT_LABELS,
  JURISDICTION_KINDS,
  OFFENSE_CATEGORIES,
  OFFENSE_CATEGORY_LABELS,
  OUTCOMES,
  OUTCOME_DESCRIPTIONS,
  OUTCOME_LABELS,
  RELIABILITIES,
  RELIABILITY_DESCRIPTIONS,
  SOURCE_KINDS,
  SOURCE_KIND_LABELS,
  STATUS_OUTCOME,
  EVENT_STATUS_LABELS,
  type AgencyKind,
  type CountPrecision,
  type CourtCaseOutcome,
  type DatePrecision,
  type EventStatus,
  type JurisdictionKind,
  type OffenseCategory,
  type Reliability,
  type SourceKind,
} from "@subpoena-tracker/domain";
import { registerEnumType } from "type-graphql";

// The domain keeps its vocabularies as lower-case string unions (as in the data package). GraphQL enum values are
// conventionally upper case, so each enum maps SHERIFF -> "sheriff": resolvers and services keep working with the
// domain's values and only the schema shows the upper-case names.
type EnumObject<T extends string> = { [K in T as Uppercase<K>]: K };

export function enumOf<T extends string>(values: readonly T[]): EnumObject<T> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as EnumObject<T>;
}

type Described<T extends string> = Record<Uppercase<T>, { description: string }>;

function describe<T extends string>(values: readonly T[], text: (value: T) => string): Described<T> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), { description: text(v) }])) as Described<T>;
}

export const OutcomeEnum = enumOf(OUTCOMES);
registerEnumType(OutcomeEnum, {
  name: "Outcome",
  description:
    "Where a batch's subpoenas stand, derived from the batch's dated events by the outcome rule (docs/outcomes.md); never typed in. A batch may be split between several outcomes.",
  valuesConfig: describe(OUTCOMES, (o) => `${OUTCOME_LABELS[o]}: ${OUTCOME_DESCRIPTIONS[o]}`),
});

export const DatePrecisionEnum = enumOf<DatePrecision>(["year", "month", "day"]);
registerEnumType(DatePrecisionEnum, {
  name: "DatePrecision",
  description: "How precise a partial date is.",
  valuesConfig: {
    YEAR: { description: "Only the year is known (YYYY): the date stands for the whole year." },
    MONTH: { description: "The year and month are known (YYYY-MM): the date stands for the whole month." },
    DAY: { description: "The exact day is known (YYYY-MM-DD)." },
  },
});

export const JurisdictionKindEnum = enumOf<JurisdictionKind>(JURISDICTION_KINDS);
registerEnumType(JurisdictionKindEnum, {
  name: "JurisdictionKind",
  description: "Level of government of a jurisdiction.",
  valuesConfig: {
    STATE: { description: "A U.S. state. Contains counties and cities." },
    COUNTY: { description: "A county. May contain cities." },
    CITY: { description: "A city." },
    CITY_COUNTY: { description: "A consolidated city and county, such as Denver." },
  },
});

export const AgencyKindEnum = enumOf<AgencyKind>(AGENCY_KINDS);
registerEnumType(AgencyKindEnum, {
  name: "AgencyKind",
  description: "What kind of agency received subpoenas.",
  valuesConfig: describe(AGENCY_KINDS, (k) => `${AGENCY_KIND_LABELS[k]}.`),
});

export const IssuingComponentEnum = enumOf(ISSUING_COMPONENTS);
registerEnumType(IssuingComponentEnum, {
  name: "IssuingComponent",
  description: "The part of U.S. Immigration and Customs Enforcement (ICE) that issued the subpoenas.",
  valuesConfig: describe(ISSUING_COMPONENTS, (c) => `${ISSUING_COMPONENT_LABELS[c]}.`),
});

export const OffenseCategoryEnum = enumOf<OffenseCategory>(OFFENSE_CATEGORIES);
registerEnumType(OffenseCategoryEnum, {
  name: "OffenseCategory",
  description:
    "A category of offense that the people concerned by a batch were arrested for or convicted of. Records describe people only by these categories, never by name.",
  valuesConfig: describe(OFFENSE_CATEGORIES, (c) => `${OFFENSE_CATEGORY_LABELS[c]}.`),
});

export const CountPrecisionEnum = enumOf<CountPrecision>(COUNT_PRECISIONS);
registerEnumType(CountPrecisionEnum, {
  name: "CountPrecision",
  description: "How exactly the sources give a batch's number of subpoenas.",
  valuesConfig: {
    EXACT: { description: "The sources give an exact number." },
    APPROXIMATE: { description: 'The sources give an approximate number ("about 5"); it is counted as given.' },
    AT_LEAST: { description: 'The sources give a lower bound ("at least 5"); the bound is counted.' },
    UNKNOWN: {
      description:
        'The sources give no number (e.g. "several"). The count is null and is never counted as zero: totals report such batches separately as unknownCountBatches.',
    },
  },
});

export const EventStatusEnum = enumOf<EventStatus>(EVENT_STATUSES);
registerEnumType(EventStatusEnum, {
  name: "EventStatus",
  description: "What happened in one step of a batch's history.",
  valuesConfig: describe(EVENT_STATUSES, (s) => {
    const outcome = STATUS_OUTCOME[s];
    const effect =
      s === "issued" || s === "served"
        ? "Opens the history; the subpoenas start PENDING."
        : outcome === null
          ? "Confirms an order already in force; changes no outcome."
          : `Puts the subpoenas it concerns in outcome ${outcome}.`;
    return `${EVENT_STATUS_LABELS[s]}. ${effect}`;
  }),
});

export const CourtCaseOutcomeEnum = enumOf<CourtCaseOutcome>(COURT_CASE_OUTCOMES);
registerEnumType(CourtCaseOutcomeEnum, {
  name: "CourtCaseOutcome",
  description: "How a court case ended, as far as the sources report.",
  valuesConfig: describe(COURT_CASE_OUTCOMES, (o) =>
    o === "unknown" ? "Not reported: the sources do not say how the case ended." : `${COURT_CASE_OUTCOME_LABELS[o]}.`,
  ),
});

export const SourceKindEnum = enumOf<SourceKind>(SOURCE_KINDS);
registerEnumType(SourceKindEnum, {
  name: "SourceKind",
  description: "What kind of document a source is.",
  valuesConfig: describe(SOURCE_KINDS, (k) =>
    k === "aggregator" ? "A site that copies or summarizes others' reporting." : `${SOURCE_KIND_LABELS[k]}.`,
  ),
});

export const ReliabilityEnum = enumOf<Reliability>(RELIABILITIES);
registerEnumType(ReliabilityEnum, {
  name: "Reliability",
  description: "How close a source is to the facts it supports.",
  valuesConfig: describe(RELIABILITIES, (r) => RELIABILITY_DESCRIPTIONS[r]),
});
