// The addresses of embeds and images, and their translation to and from dashboard views. Embeds take the filter
// parameters of the CSV/JSON twins (/api/v1/counts.csv: jurisdiction, excludeJurisdiction, agency, agencyJurisdiction,
// state, outcome, from, to, agencyKind, issuingComponent, offenseCategory), so that a chart's data link is its own
// query; the dashboard spells two of them differently (component, offense: web/src/modules/dashboard-state). One place
// knows both spellings. The dashboard has no agency filters; their parameters pass through its links under the same
// names, so that an embed -> dashboard link -> oEmbed round trip keeps them.
import type { ChartId, ChartView, PlaceBy, StackBy } from "./model";
export type { ChartId } from "./model";
import { CHART_IDS, DEFAULT_VIEW } from "./model";
import type { ThemeChoice } from "./theme";

export const FILTER_PARAMS = [
  "jurisdiction",
  "excludeJurisdiction",
  "agency",
  "agencyJurisdiction",
  "state",
  "outcome",
  "from",
  "to",
  "agencyKind",
  "issuingComponent",
  "offenseCategory",
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** How the chart is drawn. */
export const VIEW_PARAMS = ["interval", "stack", "place"] as const;
/** How the embed page looks. */
export const PAGE_PARAMS = ["theme", "title"] as const;
/** Images only. */
export const IMAGE_PARAMS = ["width", "height", "scale", "transparent", "preset"] as const;

/**
 * The name of each filter parameter in dashboard links; null where it is left out of them. The agency filters keep
 * their names: the dashboard does not set them, but a link that carries them keeps them for the way back.
 */
const DASHBOARD_FILTER_NAMES: Record<FilterParam, string | null> = {
  jurisdiction: "jurisdiction",
  excludeJurisdiction: "excludeJurisdiction",
  agency: "agency",
  agencyJurisdiction: "agencyJurisdiction",
  state: "state",
  outcome: "outcome",
  from: "from",
  to: "to",
  agencyKind: null,
  issuingComponent: "component",
  offenseCategory: "offense",
};

/** The dashboard's chart ids (its figures' ids and drill targets) and the embed chart each one is. */
export const DASHBOARD_CHARTS: Record<string, ChartId> = {
  "over-time": "subpoenas-over-time",
  "by-place": "by-jurisdiction",
  where: "where",
  outcomes: "outcomes",
};

export function dashboardChartId(chart: ChartId): string {
  return Object.keys(DASHBOARD_CHARTS).find((key) => DASHBOARD_CHARTS[key] === chart) ?? chart;
}

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

/** The filters of an embed, as lists of values; the same shape as the dashboard's filters. */
export interface EmbedFilters {
  jurisdictions: readonly string[];
  states: readonly string[];
  outcomes: readonly string[];
  issuingComponents: readonly string[];
  offenseCategories: readonly string[];
  agencyKinds?: readonly string[];
  /** Recipient agency slugs (not set by the dashboard). */
  agencies?: readonly string[];
  /** Jurisdiction slugs whose agencies the batches were served on (not set by the dashboard). */
  agencyJurisdictions?: readonly string[];
  /** Jurisdiction slugs left out, with everything inside them (not set by the dashboard). */
  excludeJurisdictions?: readonly string[];
  from: string | null;
  to: string | null;
}

export interface EmbedOptions {
  theme?: ThemeChoice;
  /** false hides the title (the host page has its own). */
  title?: boolean;
}

export interface ImageOptions extends EmbedOptions {
  width?: number;
  height?: number;
  scale?: number;
  transparent?: boolean;
  preset?: SizePresetName;
}

export const SIZE_PRESETS = {
  social: { width: 1200, height: 628, label: "Social card (1200 × 628)" },
  square: { width: 1080, height: 1080, label: "Square post (1080 × 1080)" },
} as const;
export type SizePresetName = keyof typeof SIZE_PRESETS;

export const DEFAULT_IMAGE_SIZE = { width: 640, height: 400 } as const;
export const IMAGE_BOUNDS = {
  width: { min: 200, max: 2400 },
  height: { min: 150, max: 2400 },
  scale: { min: 1, max: 3 },
} as const;

/**
 * The query of an embed in a canonical order, defaults left out: the same view always has the same address (and so
 * the same cache entry).
 */
export function embedQuery(
  chart: ChartId,
  filters: EmbedFilters,
  view: Partial<Omit<ChartView, "chart">> = {},
  options: ImageOptions = {},
): URLSearchParams {
  const params = new URLSearchParams();
  const add = (name: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) params.set(name, values.join(","));
  };
  add("jurisdiction", filters.jurisdictions);
  add("excludeJurisdiction", filters.excludeJurisdictions);
  add("agency", filters.agencies);
  add("agencyJurisdiction", filters.agencyJurisdictions);
  add("state", filters.states);
  add("outcome", filters.outcomes);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  add("agencyKind", filters.agencyKinds);
  add("issuingComponent", filters.issuingComponents);
  add("offenseCategory", filters.offenseCategories);
  if (chart === "subpoenas-over-time") {
    if (view.interval && view.interval !== DEFAULT_VIEW.interval) params.set("interval", view.interval);
    if (view.stack && view.stack !== DEFAULT_VIEW.stack) params.set("stack", view.stack);
  }
  if (chart === "by-jurisdiction" && view.place && view.place !== DEFAULT_VIEW.place) params.set("place", view.place);
  if (options.theme && options.theme !== "light") params.set("theme", options.theme);
  if (options.title === false) params.set("title", "0");
  if (options.preset) {
    params.set("preset", options.preset);
  } else {
    if (options.width !== undefined) params.set("width", String(options.width));
    if (options.height !== undefined) params.set("height", String(options.height));
  }
  if (options.scale !== undefined && options.scale !== 1) params.set("scale", String(options.scale));
  if (options.transparent) params.set("transparent", "1");
  return params;
}

function withQuery(path: string, query: URLSearchParams): string {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function embedPageUrl(origin: string, chart: ChartId, query: URLSearchParams): string {
  return `${origin}${withQuery(`/embed/${chart}`, query)}`;
}

export function imageUrl(origin: string, chart: ChartId, format: "svg" | "png", query: URLSearchParams): string {
  return `${origin}${withQuery(`/embed/${chart}.${format}`, query)}`;
}

/** The filters only, for the data links (the twins refuse parameters they do not know). */
export function filterQuery(query: URLSearchParams): URLSearchParams {
  const filters = new URLSearchParams();
  query.forEach((value, name) => {
    if ((FILTER_PARAMS as readonly string[]).includes(name)) filters.append(name, value);
  });
  return filters;
}

/**
 * The CSV twin of a chart: its filters, grouped as the chart draws its numbers (dataRequestFor). interval is left out
 * where the grouping has no period.
 */
export function dataUrl(
  origin: string,
  groupBy: readonly string[],
  interval: string | null,
  query: URLSearchParams,
): string {
  const params = filterQuery(query);
  params.set("groupBy", groupBy.join(","));
  if (interval && groupBy.includes("PERIOD")) params.set("interval", interval);
  return `${origin}/api/v1/counts.csv?${params.toString()}`;
}

/** The dashboard view an embed comes from: the same filters and view, in the dashboard's parameter names. */
export function dashboardQueryFromEmbed(chart: ChartId, query: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const dashboardName = DASHBOARD_FILTER_NAMES[name];
    if (!dashboardName) continue;
    for (const raw of query.getAll(name)) {
      for (const value of raw
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean)) {
        // The dashboard writes outcomes and components in upper case and offense categories in lower case.
        params.append(dashboardName, name === "offenseCategory" ? value.toLowerCase() : normalizeUpper(name, value));
      }
    }
  }
  const interval = query.get("interval");
  if (interval && interval.toLowerCase() !== DEFAULT_VIEW.interval) params.set("interval", interval.toLowerCase());
  const stack = query.get("stack");
  if (stack && stack !== DEFAULT_VIEW.stack) params.set("stack", stack);
  const place = query.get("place");
  if (place && place !== DEFAULT_VIEW.place) params.set("place", place);
  return params;
}

function normalizeUpper(name: FilterParam, value: string): string {
  if (name === "outcome" || name === "issuingComponent") return value.toUpperCase().replace(/-/g, "_");
  if (name === "state") return value.toUpperCase();
  return value;
}

export function dashboardUrl(origin: string, chart: ChartId, query: URLSearchParams): string {
  const params = dashboardQueryFromEmbed(chart, query);
  const text = params.toString();
  return `${origin}/${text ? `?${text}` : ""}#${dashboardChartId(chart)}`;
}

/**
 * The embed of a dashboard view (what oEmbed does with a pasted dashboard link): the dashboard's filters and view in
 * the embed's names. The chart is the one the link points at (#by-place, or the chart a drill-down is open on), the
 * over-time chart otherwise.
 */
export function embedFromDashboard(search: string, hash: string): { chart: ChartId; query: URLSearchParams } {
  const source = new URLSearchParams(search);
  const anchor = hash.replace(/^#/, "");
  const chart = DASHBOARD_CHARTS[anchor] ?? DASHBOARD_CHARTS[source.get("drill") ?? ""] ?? "subpoenas-over-time";
  const list = (name: string) =>
    source
      .getAll(name)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  const view: Partial<Omit<ChartView, "chart">> = {};
  const interval = source.get("interval");
  if (interval === "month" || interval === "quarter" || interval === "year") view.interval = interval;
  const stack = source.get("stack");
  if (stack === "jurisdiction" || stack === "state" || stack === "outcome" || stack === "none")
    view.stack = stack as StackBy;
  const place = source.get("place");
  if (place === "jurisdiction" || place === "state") view.place = place as PlaceBy;
  const query = embedQuery(
    chart,
    {
      jurisdictions: list("jurisdiction"),
      excludeJurisdictions: list("excludeJurisdiction"),
      agencies: list("agency"),
      agencyJurisdictions: list("agencyJurisdiction"),
      states: list("state"),
      outcomes: list("outcome"),
      issuingComponents: list("component"),
      offenseCategories: list("offense"),
      from: source.get("from"),
      to: source.get("to"),
    },
    view,
  );
  return { chart, query };
}

// ---- The snippet ----

export interface SnippetOptions {
  origin: string;
  chart: ChartId;
  query: URLSearchParams;
  /** The iframe's accessible name. */
  title: string;
  /** Widest the frame grows to, in CSS pixels. */
  maxWidth: number;
  /** The frame's height before the resize script runs, or for good where the host strips scripts. */
  height: number;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The attribute that marks our frames, so the resize script finds them and nothing else. */
export const EMBED_FRAME_ATTRIBUTE = "data-subpoena-tracker-embed";
/** The message the embed page sends its parent when its content's height changes. */
export const RESIZE_MESSAGE_TYPE = "subpoena-tracker:resize";

/**
 * The HTML a press office pastes: a lazy iframe with a title and a fixed height that already fits the chart, and a
 * small script that then sizes the frame to its content. Without the script (hosts that strip scripts) the frame
 * keeps its fixed height and the page inside fits itself to it.
 */
export function embedSnippet(options: SnippetOptions): string {
  const src = embedPageUrl(options.origin, options.chart, options.query);
  const style = `width:100%;max-width:${options.maxWidth}px;border:0`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" width="${options.maxWidth}" ` +
    `height="${options.height}" style="${style}" loading="lazy" ${EMBED_FRAME_ATTRIBUTE}></iframe>\n` +
    `<script async src="${escapeAttribute(`${options.origin}/embed.js`)}"></script>`
  );
}
