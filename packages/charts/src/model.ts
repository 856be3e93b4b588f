// The embeddable charts and the data they are drawn from, stated structurally so that the server (its counts service),
// the embed page (JSON) and the tests can all feed them.
import type { Interval, Outcome } from "@subpoena-tracker/domain";
import type { ColorRef, PlaceOrder } from "./theme";
import type { MapModel } from "./map/model";

export const CHART_IDS = ["subpoenas-over-time", "by-jurisdiction", "outcomes", "where"] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const STACK_OPTIONS = ["jurisdiction", "state", "outcome", "none"] as const;
export type StackBy = (typeof STACK_OPTIONS)[number];

export const PLACE_OPTIONS = ["jurisdiction", "state"] as const;
export type PlaceBy = (typeof PLACE_OPTIONS)[number];

export const INTERVALS: readonly Interval[] = ["month", "quarter", "year"];

/** How a chart is drawn, apart from which batches it counts. */
export interface ChartView {
  chart: ChartId;
  /** Period size of the over-time chart. */
  interval: Interval;
  /** What the over-time chart's columns are split by. */
  stack: StackBy;
  /** Whether the by-jurisdiction chart rolls places up to their state. */
  place: PlaceBy;
}

export const DEFAULT_VIEW: Omit<ChartView, "chart"> = {
  interval: "month",
  stack: "jurisdiction",
  place: "jurisdiction",
};

/** The API's grouping dimensions (GraphQL CountDimension names). */
export type CountDimensionName = "PERIOD" | "JURISDICTION" | "STATE" | "OUTCOME";

/**
 * What to ask the counts service for. Every chart groups by period as well, so that its text can say which months
 * the numbers cover; the bar charts add the periods up.
 */
export function countsRequestFor(view: ChartView): { groupBy: CountDimensionName[]; interval: Interval } {
  switch (view.chart) {
    case "subpoenas-over-time": {
      const split: Record<StackBy, CountDimensionName | null> = {
        jurisdiction: "JURISDICTION",
        state: "STATE",
        outcome: "OUTCOME",
        none: null,
      };
      const dimension = split[view.stack];
      return { groupBy: dimension ? ["PERIOD", dimension] : ["PERIOD"], interval: view.interval };
    }
    case "by-jurisdiction":
      return { groupBy: ["PERIOD", view.place === "state" ? "STATE" : "JURISDICTION"], interval: "month" };
    case "outcomes":
      return { groupBy: ["PERIOD", "OUTCOME"], interval: "month" };
    case "where":
      return { groupBy: ["PERIOD", "JURISDICTION"], interval: "month" };
  }
}

/**
 * The grouping of a chart's data download (its CSV/JSON twin): exactly the numbers the chart draws. The bar charts and
 * the map draw one number per outcome or place, summed over the periods countsRequestFor also asks for, so their
 * download leaves the periods out (one row per bar) rather than giving period × outcome; the over-time chart draws
 * one number per period and split. interval is null where the grouping has no period.
 */
export function dataRequestFor(view: ChartView): { groupBy: CountDimensionName[]; interval: Interval | null } {
  switch (view.chart) {
    case "subpoenas-over-time":
      return countsRequestFor(view);
    case "by-jurisdiction":
      return { groupBy: [view.place === "state" ? "STATE" : "JURISDICTION"], interval: null };
    case "outcomes":
      return { groupBy: ["OUTCOME"], interval: null };
    case "where":
      return { groupBy: ["JURISDICTION"], interval: null };
  }
}

export interface CountBucketLike {
  period?: string | null;
  /** `kind` and `state` let an ambiguous name say its state ("Washington County, OR"). */
  jurisdiction?: {
    slug: string;
    name: string;
    kind?: string | null;
    state?: string | null;
    /** Where the map places it (five-digit county FIPS code). */
    countyFips?: string | null;
  } | null;
  state?: string | null;
  outcome?: Outcome | null;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches?: number;
  /** The API's `other` bucket: every series beyond the `top` asked for, summed in its period. */
  other?: boolean;
}

/** The figures a bucket adds to a sum: subpoenas, batches, and those of unknown and of inexact size. */
export type CountFigures = Pick<
  CountBucketLike,
  "subpoenas" | "batches" | "unknownCountBatches" | "inexactCountBatches"
>;

/** Adds a bucket's figures into a running sum (a sum of series, of places, of the rest beyond the top). */
export function addFigures(sum: CountFigures, bucket: CountFigures): void {
  sum.subpoenas += bucket.subpoenas;
  sum.batches += bucket.batches;
  sum.unknownCountBatches += bucket.unknownCountBatches;
  sum.inexactCountBatches = (sum.inexactCountBatches ?? 0) + (bucket.inexactCountBatches ?? 0);
}

export interface Totals {
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
}

export interface CountsLike {
  buckets: CountBucketLike[];
  total: CountBucketLike;
  /**
   * Every jurisdiction of the data set by slug, in a fixed order: a place's colour is its position here, so that it
   * keeps it whatever the filter. Or only the positions there of the places drawn (PlaceOrder), which colours them
   * the same. States are ordered by their codes and need none.
   */
  placeOrder?: PlaceOrder;
  /** How many series the API summed into its `other` buckets (asked for with `top`). */
  otherSeries?: number;
  /**
   * The span the numbers cover, given when the buckets carry no period: a bar chart or the map asked for its own
   * dimension alone, so that what it is sent does not grow with the periods. Otherwise spanOf(buckets).
   */
  range?: PeriodRange | null;
  /**
   * Places left out of `buckets` and summed per state instead: a map's embed page is sent its biggest places inline
   * (inlinePayload) and fetches the rest after drawing.
   */
  omittedPlaces?: number;
}

/** The span the numbers cover, as period labels or partial dates ("2020-01", "2020-Q1", "2020", "2020-01-13"). */
export interface PeriodRange {
  from: string;
  to: string;
}

export interface SeriesInfo {
  key: string;
  label: string;
  color: ColorRef;
  /** The keys of the dimension this series stands for: one, several for "others", none for the single total. */
  members: string[];
  subpoenas: number;
  unknownCountBatches: number;
  /** Batches whose count is approximate or a lower bound ("at least 4"): their figures are marked, never plain. */
  inexactCountBatches: number;
}

export interface PeriodColumn {
  /** A period label of the interval ("2020-02", "2020-Q1", "2020"), or a coarser one for `coarse` columns. */
  period: string;
  /** "Feb 2020". */
  label: string;
  /** Subpoenas per series, in the order of `series`; 0 for an empty period. */
  values: number[];
  /** Batches of unreported size per series. */
  unknown: number[];
  /** Batches of approximate or lower-bound size per series. */
  inexact: number[];
  total: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
}

export interface ColumnsModel {
  kind: "columns";
  chart: ChartId;
  interval: Interval;
  stack: StackBy;
  series: SeriesInfo[];
  /** Every period of the interval over the range, empty ones included. */
  columns: PeriodColumn[];
  /** Batches dated more coarsely than the interval ("2020" in a monthly chart): drawn apart, never spread. */
  coarse: PeriodColumn[];
  totals: Totals;
  /** The time frame the numbers cover (spanOf): said in the caption and the text alternative. */
  range: PeriodRange | null;
}

export type BarDimension = "jurisdiction" | "state" | "outcome";

export interface BarItem {
  key: string;
  label: string;
  color: ColorRef;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
  /** The keys an "others" bar stands for. */
  members: string[];
  /** How many places an "others" bar sums (the API's `other` names none of them); 1 for any other bar. */
  count?: number;
}

export interface BarsModel {
  kind: "bars";
  chart: ChartId;
  dimension: BarDimension;
  bars: BarItem[];
  totals: Totals;
  /** The time frame the numbers cover (spanOf). */
  range: PeriodRange | null;
}

export type ChartModel = ColumnsModel | BarsModel | MapModel;

/** What the text around a chart needs beyond the numbers. */
export interface ChartContext {
  /** Readable description of the filter ("Oregon; outcome Declined"), or null when nothing is filtered. */
  filterLabel: string | null;
  /** The filter's date range as given (partial dates), if any. */
  from: string | null;
  to: string | null;
  /** When the data last changed (ISO 8601). */
  asOf: string;
}
