// Adapts the shared columns model (toColumnsModel in @subpoena-tracker/charts, the same rules the embeds are drawn
// from) to the over-time chart of the dashboard: colours resolved for the dashboard's theme. One row per period of the
// interval, empty periods as zero; batches of unreported size kept apart so that they are marked, never drawn as zero;
// dates coarser than the interval in rows of their own.
import {
  LIGHT_THEME,
  OTHERS_KEY,
  resolveColor,
  toColumnsModel,
  type ColumnsModel,
  type CountBucketLike,
  type PeriodColumn,
  type PeriodRange,
  type SeriesInfo,
  type StackBy,
} from "@subpoena-tracker/charts";
import type { Interval } from "@subpoena-tracker/domain";

export { OTHERS_KEY, TOTAL_KEY as TOTAL_SERIES_KEY } from "@subpoena-tracker/charts";

export type OverTimeSeries = Omit<SeriesInfo, "color"> & { color: string };

export type OverTimeRow = PeriodColumn;

export interface OverTimeData {
  interval: Interval;
  stackBy: StackBy;
  series: OverTimeSeries[];
  // Every period of the interval from the first to the last, gaps included.
  rows: OverTimeRow[];
  // Buckets dated more coarsely than the interval (a batch dated only "2020" in a monthly chart), which cannot be
  // placed in any one period. Shown apart, never spread over periods.
  coarseRows: OverTimeRow[];
  subpoenas: number;
  unknownCountBatches: number;
  // The time frame the numbers cover, coarse dates included.
  range: PeriodRange | null;
  // The shared model the embeds and images are drawn from (ticks, marks, text alternative come from it).
  model: ColumnsModel;
  // How many series the API summed into its "other" buckets (asked for with `top`); they are not named.
  otherSeries: number;
}

export interface OverTimeOptions {
  interval: Interval;
  stackBy: StackBy;
  // The filter's range, as partial dates; the rows cover it even where nothing happened.
  from?: string | null;
  to?: string | null;
  // Series beyond this many are folded into "others".
  maxSeries?: number;
  // Every jurisdiction's slug in a fixed order: a place's colour is its position there (CountsLike.placeOrder).
  placeOrder?: readonly string[];
  // The API's `otherSeries`: series summed into the buckets marked `other`.
  otherSeries?: number;
}

export function toOverTimeSeries(buckets: CountBucketLike[], options: OverTimeOptions): OverTimeData {
  const { interval, stackBy } = options;
  const sum = (pick: (b: CountBucketLike) => number): number => buckets.reduce((total, b) => total + pick(b), 0);
  // The dashboard's query asks for buckets only: the totals are their sums.
  const total = {
    subpoenas: sum((b) => b.subpoenas),
    batches: sum((b) => b.batches),
    unknownCountBatches: sum((b) => b.unknownCountBatches),
    inexactCountBatches: sum((b) => b.inexactCountBatches ?? 0),
  };
  const model = toColumnsModel(
    { chart: "subpoenas-over-time", interval, stack: stackBy, place: "jurisdiction" },
    { buckets, total, placeOrder: options.placeOrder, otherSeries: options.otherSeries },
    { from: options.from, to: options.to },
    options.maxSeries,
  );
  return {
    interval,
    stackBy,
    series: model.series.map((s) => ({ ...s, color: resolveColor(LIGHT_THEME, s.color) })),
    rows: model.columns,
    coarseRows: model.coarse,
    subpoenas: total.subpoenas,
    unknownCountBatches: total.unknownCountBatches,
    range: model.range,
    model,
    otherSeries: options.otherSeries ?? 0,
  };
}

/** Whether a series' batches can be listed: not an "others" that holds places the API summed without naming them. */
export function isListable(data: OverTimeData, series: OverTimeSeries): boolean {
  return !(series.key === OTHERS_KEY && data.otherSeries > 0);
}

/** Every column the chart draws: the periods, then the batches dated more coarsely (as the embeds draw them). */
export function chartColumns(data: OverTimeData): OverTimeRow[] {
  return [...data.rows, ...data.coarseRows];
}
