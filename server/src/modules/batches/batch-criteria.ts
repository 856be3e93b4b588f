import {
  isUsStateCode,
  parsePartialDate,
  partialDateEnd,
  partialDateStart,
  tryParsePartialDate,
  unknownStateMessage,
  type AgencyKind,
  type IssuingComponent,
  type OffenseCategory,
  type Outcome,
} from "@subpoena-tracker/domain";
import { UserInputError } from "../../schema/errors";
import type { BatchFilterValues } from "./dto/batch-filter.input";

/** A filter checked and normalized: lists deduplicated (null when empty), dates as the days that bound them. */
export interface BatchCriteria {
  jurisdictions: string[] | null;
  /** Jurisdiction slugs whose batches (with everything inside them) are left out. */
  excludeJurisdictions: string[] | null;
  /** Recipient agency slugs. */
  agencies: string[] | null;
  /** Jurisdiction slugs: batches served on an agency located in them or inside them. */
  agencyJurisdictions: string[] | null;
  states: string[] | null;
  outcomes: Outcome[] | null;
  /** First day of issuedFrom, YYYY-MM-DD. */
  issuedFromDay: string | null;
  /** Last day of issuedTo, YYYY-MM-DD. */
  issuedToDay: string | null;
  /** The dates as given, for messages and period ranges. */
  issuedFrom: string | null;
  issuedTo: string | null;
  agencyKinds: AgencyKind[] | null;
  issuingComponents: IssuingComponent[] | null;
  offenseCategories: OffenseCategory[] | null;
}

function list<T>(values: readonly T[] | null | undefined): T[] | null {
  if (!values || values.length === 0) return null;
  return [...new Set(values)];
}

function date(value: string | null | undefined, name: string): string | null {
  if (value === null || value === undefined) return null;
  const parsed = tryParsePartialDate(value);
  if (!parsed.ok) throw new UserInputError(`${name}: ${parsed.error}`, name);
  return value;
}

function states(values: readonly string[] | null | undefined, name: string): string[] | null {
  for (const code of values ?? []) {
    if (!isUsStateCode(code)) throw new UserInputError(`${name}: ${unknownStateMessage(code)}`, name);
  }
  return list(values?.map((s) => s.toUpperCase()));
}

/**
 * The one place where a filter's rules are applied, for GraphQL and the CSV/JSON twins alike.
 * `names` lets the twins report errors under their own parameter names (from/to rather than issuedFrom/issuedTo).
 */
export function toCriteria(
  filter: BatchFilterValues | null | undefined,
  names: { issuedFrom: string; issuedTo: string; states: string } = {
    issuedFrom: "issuedFrom",
    issuedTo: "issuedTo",
    states: "states",
  },
): BatchCriteria {
  const f = filter ?? {};
  const issuedFrom = date(f.issuedFrom, names.issuedFrom);
  const issuedTo = date(f.issuedTo, names.issuedTo);
  const issuedFromDay = issuedFrom === null ? null : partialDateStart(parsePartialDate(issuedFrom));
  const issuedToDay = issuedTo === null ? null : partialDateEnd(parsePartialDate(issuedTo));
  if (issuedFromDay !== null && issuedToDay !== null && issuedFromDay > issuedToDay) {
    throw new UserInputError(
      `${names.issuedFrom} (${issuedFrom}) is after ${names.issuedTo} (${issuedTo}): no batch could match. Swap them or widen the range.`,
      names.issuedFrom,
    );
  }
  return {
    jurisdictions: list(f.jurisdictions),
    excludeJurisdictions: list(f.excludeJurisdictions),
    agencies: list(f.agencies),
    agencyJurisdictions: list(f.agencyJurisdictions),
    states: states(f.states, names.states),
    outcomes: list(f.outcomes),
    issuedFrom,
    issuedTo,
    issuedFromDay,
    issuedToDay,
    agencyKinds: list(f.agencyKinds),
    issuingComponents: list(f.issuingComponents),
    offenseCategories: list(f.offenseCategories),
  };
}
