import {
  CHART_IDS,
  DEFAULT_IMAGE_SIZE,
  DEFAULT_VIEW,
  FILTER_PARAMS,
  IMAGE_BOUNDS,
  IMAGE_PARAMS,
  PAGE_PARAMS,
  PLACE_OPTIONS,
  SIZE_PRESETS,
  STACK_OPTIONS,
  THEME_CHOICES,
  VIEW_PARAMS,
  isChartId,
  type ChartId,
  type ChartView,
  type PlaceBy,
  type SizePresetName,
  type StackBy,
  type ThemeChoice,
} from "@subpoena-tracker/charts";
import type { Interval as DomainInterval } from "@subpoena-tracker/domain";
import type { Request } from "express";
import { parseCountsQuery, type CountsParameters } from "../http/query-params";
import { UserInputError } from "../schema/errors";

type Query = Request["query"];

/** Everything an embed request asks for, checked, with defaults filled in. */
export interface EmbedRequest {
  chart: ChartId;
  view: ChartView;
  /** The filter, parsed by the CSV/JSON twins' own parser: the same rules and messages as the API. */
  counts: CountsParameters;
  theme: ThemeChoice;
  showTitle: boolean;
  image: { width: number; height: number; scale: number; transparent: boolean };
  /** The request in a canonical form: equal for requests that must give the same answer. Keys the caches. */
  key: string;
  /** The query as sent, less nothing: links built from it keep what the user chose. */
  query: URLSearchParams;
}

/** Parameters the embed routes accept: the twins' filters and interval, then the chart's own. */
const ACCEPTED = [...FILTER_PARAMS, ...VIEW_PARAMS, ...PAGE_PARAMS, ...IMAGE_PARAMS] as const;
const OWN = new Set<string>(["stack", "place", ...PAGE_PARAMS, ...IMAGE_PARAMS]);
/** Parameters of the twins that the chart decides for itself. */
const DECIDED_BY_THE_CHART: Record<string, string> = {
  groupBy: "each chart groups its counts itself",
  fillEmptyPeriods: "the over-time chart always shows empty periods as zero",
};

/** The over-time chart draws at most this many periods; more would be columns a pixel wide. */
export const MAX_COLUMNS = 120;

const DOMAIN_INTERVALS: Record<string, DomainInterval> = { MONTH: "month", QUARTER: "quarter", YEAR: "year" };

export function parseChart(text: string): ChartId {
  if (isChartId(text)) return text;
  throw new UserInputError(`Unknown chart "${text}". The charts are ${CHART_IDS.join(", ")}.`, "chart");
}

function single(query: Query, name: string): string | null {
  const raw = query[name];
  if (raw === undefined) return null;
  if (typeof raw !== "string") {
    throw new UserInputError(
      `Parameter "${name}" takes one plain value; it was given ${Array.isArray(raw) ? "several" : "a structure"}.`,
      name,
    );
  }
  return raw.trim();
}

function choice<T extends string>(query: Query, name: string, allowed: readonly T[], fallback: T): T {
  const value = single(query, name);
  if (value === null || value === "") return fallback;
  const found = allowed.find((option) => option === value.toLowerCase());
  if (found === undefined)
    throw new UserInputError(`Parameter "${name}": "${value}" is not one of ${allowed.join(", ")}.`, name);
  return found;
}

function flag(query: Query, name: string, fallback: boolean): boolean {
  const value = single(query, name);
  if (value === null || value === "") return fallback;
  if (["1", "true", "yes", "on"].includes(value.toLowerCase())) return true;
  if (["0", "false", "no", "off"].includes(value.toLowerCase())) return false;
  throw new UserInputError(`Parameter "${name}" is 1 or 0 (true or false), got "${value}".`, name);
}

function whole(query: Query, name: "width" | "height", fallback: number): number {
  const value = single(query, name);
  if (value === null || value === "") return fallback;
  const { min, max } = IMAGE_BOUNDS[name];
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
    throw new UserInputError(
      `Parameter "${name}" is a whole number of pixels from ${min} to ${max}, got "${value}".`,
      name,
    );
  }
  if (n < min || n > max) {
    const sharper = name === "width" && n > max ? " For a sharper PNG, keep the size and add scale=2 or 3." : "";
    throw new UserInputError(`Parameter "${name}": ${n} pixels is out of range; use ${min} to ${max}.${sharper}`, name);
  }
  return n;
}

function scaleOf(query: Query): number {
  const value = single(query, "scale");
  if (value === null || value === "") return 1;
  const { min, max } = IMAGE_BOUNDS.scale;
  const n = Number(value);
  // Two decimals at most: enough for 1.5 or 2.25, and the output size stays a whole number of pixels for sane sizes.
  if (!/^\d+(\.\d{1,2})?$/.test(value) || n < min || n > max) {
    throw new UserInputError(
      `Parameter "scale" is a pixel density from ${min} to ${max} (e.g. 2), got "${value}".`,
      "scale",
    );
  }
  return n;
}

function checkNames(query: Query): void {
  for (const name of Object.keys(query)) {
    if (Object.hasOwn(DECIDED_BY_THE_CHART, name)) {
      throw new UserInputError(`Parameter "${name}" is not used by embeds: ${DECIDED_BY_THE_CHART[name]}.`, name);
    }
    if (!(ACCEPTED as readonly string[]).includes(name)) {
      throw new UserInputError(`Unknown parameter "${name}". Embeds take: ${ACCEPTED.join(", ")}.`, name);
    }
  }
}

function sizeOf(query: Query): { width: number; height: number } {
  const preset = single(query, "preset");
  if (preset === null || preset === "") {
    return {
      width: whole(query, "width", DEFAULT_IMAGE_SIZE.width),
      height: whole(query, "height", DEFAULT_IMAGE_SIZE.height),
    };
  }
  const presets = Object.keys(SIZE_PRESETS) as SizePresetName[];
  const name = presets.find((p) => p === preset.toLowerCase());
  if (!name) throw new UserInputError(`Parameter "preset": "${preset}" is not one of ${presets.join(", ")}.`, "preset");
  if (query.width !== undefined || query.height !== undefined) {
    const { width, height } = SIZE_PRESETS[name];
    throw new UserInputError(
      `Parameter "preset": ${name} already sets the size (${width} × ${height}); leave out width and height, or the preset.`,
      "preset",
    );
  }
  return { width: SIZE_PRESETS[name].width, height: SIZE_PRESETS[name].height };
}

/**
 * Reads an embed's query. Unknown parameters, bad values and out-of-range sizes are refused with a message that
 * names the parameter; the filter goes through the twins' parser, so a bad month or an unknown outcome reads exactly
 * as it does on /api/v1/counts.csv.
 */
export function parseEmbedRequest(chartText: string, query: Query): EmbedRequest {
  const chart = parseChart(chartText);
  checkNames(query);
  const filterQuery: Query = {};
  for (const [name, value] of Object.entries(query)) if (!OWN.has(name)) filterQuery[name] = value;
  const counts = parseCountsQuery(filterQuery);

  const interval = DOMAIN_INTERVALS[counts.interval];
  const view: ChartView = {
    chart,
    interval,
    stack: choice<StackBy>(query, "stack", STACK_OPTIONS, DEFAULT_VIEW.stack),
    place: choice<PlaceBy>(query, "place", PLACE_OPTIONS, DEFAULT_VIEW.place),
  };
  const theme = choice<ThemeChoice>(query, "theme", THEME_CHOICES, "light");
  const showTitle = flag(query, "title", true);
  const image = { ...sizeOf(query), scale: scaleOf(query), transparent: flag(query, "transparent", false) };

  const c = counts.criteria;
  const sorted = <T>(values: readonly T[] | null) => (values ? [...values].sort() : null);
  // Only what changes the answer: parameters that do not apply to this chart are left out of the key.
  const key = JSON.stringify({
    chart,
    // Left unchosen, the interval follows the data's span (see loadChart): not the same answer as one chosen.
    interval: chart === "subpoenas-over-time" ? (query.interval === undefined ? "from span" : view.interval) : null,
    stack: chart === "subpoenas-over-time" ? view.stack : null,
    place: chart === "by-jurisdiction" ? view.place : null,
    filter: [
      sorted(c.jurisdictions),
      sorted(c.excludeJurisdictions),
      sorted(c.agencies),
      sorted(c.agencyJurisdictions),
      sorted(c.states),
      sorted(c.outcomes),
      c.issuedFrom,
      c.issuedTo,
      sorted(c.agencyKinds),
      sorted(c.issuingComponents),
      sorted(c.offenseCategories),
    ],
    theme,
    showTitle,
    image,
  });
  return { chart, view, counts, theme, showTitle, image, key, query: toSearchParams(query) };
}

function toSearchParams(query: Query): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === "string") params.append(name, item);
  }
  return params;
}
