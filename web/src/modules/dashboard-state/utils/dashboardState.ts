// The whole dashboard view lives in the URL, so that a copied link reopens the same view and the back button undoes a
// change. These functions are the only place that knows the parameter names; parsing is forgiving (an unknown value
// is dropped, not an error page, and `viewProblems` says what was dropped so the page can show it) and serializing
// is canonical (defaults omitted, keys in a fixed order), so that the same view always has the same address. Values
// are read without regard to case, as the API reads them: state=or is Oregon, outcome=declined is DECLINED.
import {
  ISSUING_COMPONENTS,
  isUsStateCode,
  unknownStateMessage,
  OFFENSE_CATEGORIES,
  OUTCOMES,
  isOneOf,
  tryParsePartialDate,
  type Interval,
  type IssuingComponent,
  type OffenseCategory,
  type Outcome,
} from "@subpoena-tracker/domain";
import type { BarDimension as SeriesDimension } from "@subpoena-tracker/charts";

export type StackBy = SeriesDimension | "none";
export type PlaceBy = "jurisdiction" | "state";
export type ChartId = "over-time" | "by-place" | "outcomes" | "where";

export interface DashboardFilters {
  // Jurisdiction slugs; a state's slug includes its counties and cities (the API's rule).
  jurisdictions: string[];
  // Two-letter state codes.
  states: string[];
  outcomes: Outcome[];
  issuingComponents: IssuingComponent[];
  offenseCategories: OffenseCategory[];
  // Partial dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
  from: string | null;
  to: string | null;
}

export interface DashboardView {
  interval: Interval;
  stackBy: StackBy;
  placeBy: PlaceBy;
}

// What a click on a bar, a segment or a legend entry asked to see: the batches behind it.
export interface DrillTarget {
  chart: ChartId;
  // A period label of the view's interval, or null for every period.
  period: string | null;
  // The series clicked, if any: its dimension and the keys it stands for (several for "others").
  dimension: SeriesDimension | null;
  values: string[];
}

export interface DashboardState {
  filters: DashboardFilters;
  view: DashboardView;
  drill: DrillTarget | null;
}

export const EMPTY_FILTERS: DashboardFilters = {
  jurisdictions: [],
  states: [],
  outcomes: [],
  issuingComponents: [],
  offenseCategories: [],
  from: null,
  to: null,
};

export const DEFAULT_VIEW: DashboardView = { interval: "month", stackBy: "jurisdiction", placeBy: "jurisdiction" };

export const DEFAULT_STATE: DashboardState = { filters: EMPTY_FILTERS, view: DEFAULT_VIEW, drill: null };

export const PARAMS = {
  jurisdiction: "jurisdiction",
  state: "state",
  outcome: "outcome",
  issuingComponent: "component",
  offenseCategory: "offense",
  from: "from",
  to: "to",
  interval: "interval",
  stackBy: "stack",
  placeBy: "place",
  drill: "drill",
  drillPeriod: "drill.period",
} as const;

const INTERVALS: readonly Interval[] = ["month", "quarter", "year"];
const STACKS: readonly StackBy[] = ["jurisdiction", "state", "outcome", "none"];
const PLACES: readonly PlaceBy[] = ["jurisdiction", "state"];
const CHARTS: readonly ChartId[] = ["over-time", "by-place", "outcomes", "where"];
const DIMENSIONS: readonly SeriesDimension[] = ["jurisdiction", "state", "outcome"];
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const STATE_PATTERN = /^[A-Z]{2}$/;
const PERIOD_PATTERN = /^\d{4}(?:-Q[1-4]|-\d{2})?$/;

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function rawValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

// Each value in the form the dashboard uses (upper case for states and API enums, lower case for the rest).
const CANONICAL_CASE: Partial<Record<string, (value: string) => string>> = {
  [PARAMS.state]: (v) => v.toUpperCase(),
  [PARAMS.outcome]: (v) => v.toUpperCase(),
  [PARAMS.issuingComponent]: (v) => v.toUpperCase(),
  [PARAMS.offenseCategory]: (v) => v.toLowerCase(),
  [PARAMS.interval]: (v) => v.toLowerCase(),
  [PARAMS.stackBy]: (v) => v.toLowerCase(),
  [PARAMS.placeBy]: (v) => v.toLowerCase(),
};

function canonical(name: string, value: string | null): string | null {
  if (value === null) return null;
  const fix = CANONICAL_CASE[name];
  return fix ? fix(value.trim()) : value.trim();
}

function allOf<T extends string>(params: URLSearchParams, name: string, accept: (value: string) => value is T): T[] {
  return unique(
    rawValues(params, name)
      .map((value) => canonical(name, value) ?? value)
      .filter(accept),
  );
}

function isSlug(value: string): value is string {
  return SLUG_PATTERN.test(value);
}

function isState(value: string): value is string {
  return STATE_PATTERN.test(value) && isUsStateCode(value);
}

function isPartialDate(value: string | null): value is string {
  return value !== null && tryParsePartialDate(value).ok;
}

function drillValueAccepts(dimension: SeriesDimension): (value: string) => value is string {
  switch (dimension) {
    case "jurisdiction":
      return isSlug;
    case "state":
      return isState;
    case "outcome":
      return (value: string): value is string => isOneOf(OUTCOMES, value);
  }
}

function parseDrill(params: URLSearchParams): DrillTarget | null {
  const chart = params.get(PARAMS.drill);
  if (!isOneOf(CHARTS, chart)) return null;
  const rawPeriod = params.get(PARAMS.drillPeriod);
  const period = rawPeriod !== null && PERIOD_PATTERN.test(rawPeriod) ? rawPeriod : null;
  for (const dimension of DIMENSIONS) {
    const values = allOf(params, `drill.${dimension}`, drillValueAccepts(dimension));
    if (values.length > 0) return { chart, period, dimension, values };
  }
  if (period === null) return null;
  return { chart, period, dimension: null, values: [] };
}

export function parseDashboardState(search: string | URLSearchParams): DashboardState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const from = params.get(PARAMS.from);
  const to = params.get(PARAMS.to);
  const interval = canonical(PARAMS.interval, params.get(PARAMS.interval));
  const stackBy = canonical(PARAMS.stackBy, params.get(PARAMS.stackBy));
  const placeBy = canonical(PARAMS.placeBy, params.get(PARAMS.placeBy));
  return {
    filters: {
      jurisdictions: allOf(params, PARAMS.jurisdiction, isSlug),
      states: allOf(params, PARAMS.state, isState),
      outcomes: allOf(params, PARAMS.outcome, (v): v is Outcome => isOneOf(OUTCOMES, v)),
      issuingComponents: allOf(params, PARAMS.issuingComponent, (v): v is IssuingComponent =>
        isOneOf(ISSUING_COMPONENTS, v),
      ),
      offenseCategories: allOf(params, PARAMS.offenseCategory, (v): v is OffenseCategory =>
        isOneOf(OFFENSE_CATEGORIES, v),
      ),
      from: isPartialDate(from) ? from : null,
      to: isPartialDate(to) ? to : null,
    },
    view: {
      interval: isOneOf(INTERVALS, interval) ? interval : DEFAULT_VIEW.interval,
      stackBy: isOneOf(STACKS, stackBy) ? stackBy : DEFAULT_VIEW.stackBy,
      placeBy: isOneOf(PLACES, placeBy) ? placeBy : DEFAULT_VIEW.placeBy,
    },
    drill: parseDrill(params),
  };
}

// The query string for a state, without "?"; empty for the default view.
export function serializeDashboardState(state: DashboardState): string {
  const params = new URLSearchParams();
  const { filters, view, drill } = state;
  for (const value of filters.jurisdictions) params.append(PARAMS.jurisdiction, value);
  for (const value of filters.states) params.append(PARAMS.state, value);
  for (const value of filters.outcomes) params.append(PARAMS.outcome, value);
  for (const value of filters.issuingComponents) params.append(PARAMS.issuingComponent, value);
  for (const value of filters.offenseCategories) params.append(PARAMS.offenseCategory, value);
  if (filters.from) params.set(PARAMS.from, filters.from);
  if (filters.to) params.set(PARAMS.to, filters.to);
  if (view.interval !== DEFAULT_VIEW.interval) params.set(PARAMS.interval, view.interval);
  if (view.stackBy !== DEFAULT_VIEW.stackBy) params.set(PARAMS.stackBy, view.stackBy);
  if (view.placeBy !== DEFAULT_VIEW.placeBy) params.set(PARAMS.placeBy, view.placeBy);
  if (drill) {
    params.set(PARAMS.drill, drill.chart);
    if (drill.period) params.set(PARAMS.drillPeriod, drill.period);
    if (drill.dimension) for (const value of drill.values) params.append(`drill.${drill.dimension}`, value);
  }
  return params.toString();
}

export function countActiveFilters(filters: DashboardFilters): number {
  return (
    filters.jurisdictions.length +
    filters.states.length +
    filters.outcomes.length +
    filters.issuingComponents.length +
    filters.offenseCategories.length +
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0)
  );
}

// The GraphQL BatchFilter for the filters; fields left out mean "any". Structural, so it fits the generated input type.
// GraphQL enum values are the domain's in upper case (the URL keeps the domain's lower-case words: offense=dui).
export interface BatchFilterInput {
  jurisdictions?: string[];
  states?: string[];
  outcomes?: Outcome[];
  issuingComponents?: IssuingComponent[];
  offenseCategories?: Uppercase<OffenseCategory>[];
  issuedFrom?: string;
  issuedTo?: string;
}

export function toGraphQLEnum<T extends string>(value: T): Uppercase<T> {
  return value.toUpperCase() as Uppercase<T>;
}

export function toBatchFilter(filters: DashboardFilters): BatchFilterInput {
  const filter: BatchFilterInput = {};
  if (filters.jurisdictions.length > 0) filter.jurisdictions = filters.jurisdictions;
  if (filters.states.length > 0) filter.states = filters.states;
  if (filters.outcomes.length > 0) filter.outcomes = filters.outcomes;
  if (filters.issuingComponents.length > 0) filter.issuingComponents = filters.issuingComponents;
  if (filters.offenseCategories.length > 0) filter.offenseCategories = filters.offenseCategories.map(toGraphQLEnum);
  if (filters.from) filter.issuedFrom = filters.from;
  if (filters.to) filter.issuedTo = filters.to;
  return filter;
}

/** A part of the address the dashboard could not read, and therefore left out of the view. */
export interface ViewProblem {
  parameter: string;
  value: string;
  message: string;
}

function listOf(values: readonly string[]): string {
  return values.join(", ");
}

const ENUM_PARAMETERS: { name: string; allowed: readonly string[] }[] = [
  { name: PARAMS.outcome, allowed: OUTCOMES },
  { name: PARAMS.issuingComponent, allowed: ISSUING_COMPONENTS },
  { name: PARAMS.offenseCategory, allowed: OFFENSE_CATEGORIES },
];

const VIEW_PARAMETERS: { name: string; allowed: readonly string[] }[] = [
  { name: PARAMS.interval, allowed: INTERVALS },
  { name: PARAMS.stackBy, allowed: STACKS },
  { name: PARAMS.placeBy, allowed: PLACES },
];

/**
 * What `parseDashboardState` had to drop from an address, in words a reader can act on. A mistyped link must never
 * read as a filtered view: the page shows these next to the figures. `knownJurisdictions` (the slugs in the data),
 * once loaded, also catches jurisdiction slugs that do not exist.
 */
export function viewProblems(
  search: string | URLSearchParams,
  knownJurisdictions: ReadonlySet<string> | null = null,
): ViewProblem[] {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const problems: ViewProblem[] = [];
  const add = (parameter: string, value: string, message: string): void => {
    problems.push({ parameter, value, message });
  };
  for (const value of rawValues(params, PARAMS.jurisdiction)) {
    if (!isSlug(value))
      add(PARAMS.jurisdiction, value, `"${value}" is not a jurisdiction slug (such as oregon or denver-co).`);
    else if (knownJurisdictions && !knownJurisdictions.has(value)) {
      add(
        PARAMS.jurisdiction,
        value,
        `No jurisdiction has the slug "${value}". The Jurisdictions page lists them all.`,
      );
    }
  }
  for (const value of rawValues(params, PARAMS.state)) {
    if (!isState(value.toUpperCase())) add(PARAMS.state, value, unknownStateMessage(value));
  }
  for (const { name, allowed } of [...ENUM_PARAMETERS, ...VIEW_PARAMETERS]) {
    const values = VIEW_PARAMETERS.some((p) => p.name === name) ? params.getAll(name) : rawValues(params, name);
    for (const value of values) {
      const fixed = canonical(name, value) ?? value;
      if (!allowed.includes(fixed)) {
        add(name, value, `"${value}" is not one of ${listOf(allowed.map((a) => canonical(name, a) ?? a))}.`);
      }
    }
  }
  for (const name of [PARAMS.from, PARAMS.to]) {
    for (const value of params.getAll(name)) {
      const parsed = tryParsePartialDate(value);
      if (!parsed.ok) add(name, value, `"${value}" is not a date: ${parsed.error}. Use YYYY, YYYY-MM or YYYY-MM-DD.`);
    }
  }
  return problems;
}
