import {
  AGENCY_KINDS,
  ISSUING_COMPONENTS,
  OFFENSE_CATEGORIES,
  OUTCOMES,
  type AgencyKind,
  type IssuingComponent,
  type OffenseCategory,
  type Outcome,
} from "@subpoena-tracker/domain";
import type { Request } from "express";
import { toCriteria, type BatchCriteria } from "../modules/batches/batch-criteria";
import { BatchOrder } from "../modules/batches/batch.types";
import { MAX_FILTER_VALUES, type BatchFilterValues } from "../modules/batches/dto/batch-filter.input";
import { CountDimension, Interval } from "../modules/counts/counts.types";
import { parameterError } from "./api-errors";

/**
 * Query parameters of the CSV/JSON twins, mapped onto the same BatchFilter as GraphQL so that both give the same
 * answers. Each list parameter may be repeated (?state=OR&state=CO) or comma-separated (?state=OR,CO). Enum values
 * are matched without regard to case, "_" or "-": outcome=declined, groupBy=agencyKind and agencyKind=STATE_POLICE
 * all work. Anything unknown is refused with the parameter's name, never ignored.
 */
export const FILTER_PARAMETERS = {
  jurisdiction: "jurisdiction slugs; each includes everything inside it (oregon covers its counties and cities)",
  excludeJurisdiction: "jurisdiction slugs whose batches are left out, with everything inside them",
  agency: "recipient agency slugs, e.g. wasco-county-sheriff: batches served on any of them, wherever filed",
  agencyJurisdiction:
    "jurisdiction slugs: batches served on any agency located in them or inside them, wherever the batch is filed",
  state: "two-letter state codes",
  outcome: `derived outcomes: ${OUTCOMES.join(", ")}`,
  from: "earliest issue date, YYYY, YYYY-MM or YYYY-MM-DD (a batch matches when its whole date lies in the range)",
  to: "latest issue date, YYYY, YYYY-MM or YYYY-MM-DD (by its last day)",
  agencyKind: `kinds of recipient agency: ${AGENCY_KINDS.join(", ")}`,
  issuingComponent: `ICE components: ${ISSUING_COMPONENTS.join(", ")}`,
  offenseCategory: `offense categories: ${OFFENSE_CATEGORIES.join(", ")}`,
} as const;

export const COUNTS_PARAMETERS = {
  ...FILTER_PARAMETERS,
  groupBy: `dimensions to group by, in order: ${Object.values(CountDimension).join(", ")} (none: the total only)`,
  interval: `period size when grouping by PERIOD: ${Object.values(Interval).join(", ")} (default MONTH)`,
  fillEmptyPeriods: "true to add zero rows for periods without batches (default false)",
} as const;

export const BATCHES_PARAMETERS = {
  ...FILTER_PARAMETERS,
  orderBy: `row order: ${Object.values(BatchOrder).join(", ")} (default ISSUED_ON_ASC)`,
} as const;

type Query = Request["query"];

/** Refuses parameters the endpoint does not know, pointing at the likely intended one. */
export function checkKnown(query: Query, known: Record<string, string>): void {
  for (const name of Object.keys(query)) {
    // Own properties only: "constructor" or "__proto__" are not parameters.
    if (Object.hasOwn(known, name)) continue;
    const singular = name.replace(/ies$/, "y").replace(/s$/, "");
    const hint = Object.hasOwn(known, singular)
      ? ` Did you mean "${singular}"? Repeat it or separate values with commas for several.`
      : name === "issuedFrom" || name === "issuedTo"
        ? ` Use "${name === "issuedFrom" ? "from" : "to"}".`
        : "";
    throw parameterError(
      `Unknown parameter "${name}".${hint} Parameters here: ${Object.keys(known).join(", ")}.`,
      name,
    );
  }
}

export function values(query: Query, name: string): string[] {
  const raw = query[name];
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const texts: string[] = [];
  for (const item of list) {
    if (typeof item !== "string") throw parameterError(`Parameter "${name}" must be plain text values.`, name);
    texts.push(
      ...item
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== ""),
    );
  }
  if (texts.length > MAX_FILTER_VALUES) {
    throw parameterError(`Parameter "${name}" has ${texts.length} values; at most ${MAX_FILTER_VALUES}.`, name);
  }
  return texts;
}

export function single(query: Query, name: string): string | null {
  const list = values(query, name);
  if (list.length > 1) throw parameterError(`Parameter "${name}" takes one value, got ${list.length}.`, name);
  return list[0] ?? null;
}

const squash = (text: string) => text.replace(/[_\-\s]/g, "").toUpperCase();

export function oneOf<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  const found = allowed.find((value) => squash(value) === squash(text));
  if (found === undefined) {
    throw parameterError(`Parameter "${name}": "${text}" is not one of ${allowed.join(", ")}.`, name);
  }
  return found;
}

function enumList<T extends string>(query: Query, name: string, allowed: readonly T[]): T[] | null {
  const list = values(query, name).map((text) => oneOf(name, text, allowed));
  return list.length > 0 ? list : null;
}

function slugs(query: Query, name: string, example: string): string[] {
  const list = values(query, name);
  for (const slug of list) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      throw parameterError(
        `Parameter "${name}": "${slug}" is not a slug (lower-case letters, digits and hyphens, e.g. ${example}).`,
        name,
      );
    }
  }
  return list;
}

function filterValues(query: Query): BatchFilterValues {
  const jurisdictions = slugs(query, "jurisdiction", "denver-co");
  const states = values(query, "state");
  for (const state of states) {
    if (!/^[A-Za-z]{2}$/.test(state)) {
      throw parameterError(`Parameter "state": "${state}" is not a two-letter state code such as OR.`, "state");
    }
  }
  return {
    jurisdictions,
    excludeJurisdictions: slugs(query, "excludeJurisdiction", "wasco-county-or"),
    agencies: slugs(query, "agency", "wasco-county-sheriff"),
    agencyJurisdictions: slugs(query, "agencyJurisdiction", "wasco-county-or"),
    states,
    outcomes: enumList<Outcome>(query, "outcome", OUTCOMES),
    issuedFrom: single(query, "from"),
    issuedTo: single(query, "to"),
    agencyKinds: enumList<AgencyKind>(query, "agencyKind", AGENCY_KINDS),
    issuingComponents: enumList<IssuingComponent>(query, "issuingComponent", ISSUING_COMPONENTS),
    offenseCategories: enumList<OffenseCategory>(query, "offenseCategory", OFFENSE_CATEGORIES),
  };
}

function criteriaFrom(query: Query): BatchCriteria {
  return toCriteria(filterValues(query), { issuedFrom: "from", issuedTo: "to", states: "state" });
}

export interface CountsParameters {
  criteria: BatchCriteria;
  groupBy: CountDimension[];
  interval: Interval;
  fillEmptyPeriods: boolean;
}

export function parseCountsQuery(query: Query): CountsParameters {
  checkKnown(query, COUNTS_PARAMETERS);
  const fill = single(query, "fillEmptyPeriods");
  if (fill !== null && !["true", "false", "1", "0"].includes(fill.toLowerCase())) {
    throw parameterError(`Parameter "fillEmptyPeriods" is true or false, got "${fill}".`, "fillEmptyPeriods");
  }
  const interval = single(query, "interval");
  return {
    criteria: criteriaFrom(query),
    groupBy: values(query, "groupBy").map((text) => oneOf("groupBy", text, Object.values(CountDimension))),
    interval: interval === null ? Interval.MONTH : oneOf("interval", interval, Object.values(Interval)),
    fillEmptyPeriods: fill !== null && ["true", "1"].includes(fill.toLowerCase()),
  };
}

export interface BatchesParameters {
  criteria: BatchCriteria;
  orderBy: BatchOrder;
}

export function parseBatchesQuery(query: Query): BatchesParameters {
  checkKnown(query, BATCHES_PARAMETERS);
  const orderBy = single(query, "orderBy");
  return {
    criteria: criteriaFrom(query),
    orderBy: orderBy === null ? BatchOrder.ISSUED_ON_ASC : oneOf("orderBy", orderBy, Object.values(BatchOrder)),
  };
}

export function parseNoQuery(query: Query): void {
  checkKnown(query, {});
}
