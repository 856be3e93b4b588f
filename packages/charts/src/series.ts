// Shapes the API's count buckets into what the charts draw. Honest by construction: every period of the range gets a
// column (empty ones as zero), batches of unreported size are kept apart per column, series and bar so that they are
// marked and never drawn as zero, and dates coarser than the interval stay apart instead of being guessed into months.
import {
  OUTCOMES,
  OUTCOME_LABELS,
  comparePeriods,
  formatPeriodHuman,
  isPeriodOfInterval,
  periodEnd,
  periodStart,
  periodsBetween,
  placeName,
  stateName,
  US_STATE_CODES,
  compareText,
  type Interval,
} from "@subpoena-tracker/domain";
import { addFigures } from "./model";
import type {
  BarDimension,
  BarItem,
  BarsModel,
  ChartModel,
  ChartView,
  ColumnsModel,
  CountBucketLike,
  CountsLike,
  PeriodColumn,
  PeriodRange,
  SeriesInfo,
  StackBy,
  Totals,
} from "./model";
import { placeColorIndices, type ColorRef, type PlaceOrder } from "./theme";
import { toMapModel } from "./map/model";

export const UNATTRIBUTED_KEY = "__unattributed";
export const UNATTRIBUTED_LABEL = "Not attributed";
export const OTHERS_KEY = "__others";
export const TOTAL_KEY = "__total";
/** Series beyond this many (the categorical palette) are folded into one "others" series. */
export const MAX_SERIES = 8;
/** Bars a bar chart draws at most; the rest are folded into one "others" bar. */
export const MAX_BARS = 15;

/**
 * The `top` a chart asks the API for: the series or bars it can draw, less one for "others", so the answer stays a
 * few dozen buckets however many places the data holds. Outcomes are never folded; a total has one series.
 */
export function topFor(view: ChartView): number | null {
  switch (view.chart) {
    case "subpoenas-over-time":
      return view.stack === "jurisdiction" || view.stack === "state" ? MAX_SERIES - 1 : null;
    case "by-jurisdiction":
      return MAX_BARS - 1;
    case "outcomes":
      return null;
    // Every place is on the map: none is summed into "others".
    case "where":
      return null;
  }
}

export interface SeriesKey {
  key: string;
  label: string;
}

/** The series (or bar) a bucket belongs to. Buckets the API could not attribute still carry subpoenas: they are shown
 * under UNATTRIBUTED_KEY rather than dropped. */
export function seriesKeyOf(bucket: CountBucketLike, dimension: BarDimension): SeriesKey {
  if (bucket.other) return { key: OTHERS_KEY, label: "Others" };
  switch (dimension) {
    case "jurisdiction":
      return bucket.jurisdiction
        ? { key: bucket.jurisdiction.slug, label: placeName(bucket.jurisdiction) }
        : { key: UNATTRIBUTED_KEY, label: UNATTRIBUTED_LABEL };
    case "state":
      return bucket.state
        ? { key: bucket.state, label: stateName(bucket.state) }
        : { key: UNATTRIBUTED_KEY, label: UNATTRIBUTED_LABEL };
    case "outcome":
      return bucket.outcome
        ? { key: bucket.outcome, label: OUTCOME_LABELS[bucket.outcome] }
        : { key: UNATTRIBUTED_KEY, label: UNATTRIBUTED_LABEL };
  }
}

export function toTotals(total: CountBucketLike): Totals {
  return {
    subpoenas: total.subpoenas,
    batches: total.batches,
    unknownCountBatches: total.unknownCountBatches,
    inexactCountBatches: total.inexactCountBatches ?? 0,
  };
}

interface Tally {
  key: string;
  label: string;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
}

function tallyBy(buckets: CountBucketLike[], dimension: BarDimension): Tally[] {
  const tallies = new Map<string, Tally>();
  for (const bucket of buckets) {
    const { key, label } = seriesKeyOf(bucket, dimension);
    const tally = tallies.get(key) ?? {
      key,
      label,
      subpoenas: 0,
      batches: 0,
      unknownCountBatches: 0,
      inexactCountBatches: 0,
    };
    addFigures(tally, bucket);
    tallies.set(key, tally);
  }
  // Zero buckets (the API's filled empty periods) carry no batch: they are not a place or an outcome of the data.
  return [...tallies.values()].filter((t) => t.batches > 0 || t.subpoenas > 0);
}

const outcomeRank = (key: string): number => {
  const index = (OUTCOMES as readonly string[]).indexOf(key);
  return index === -1 ? OUTCOMES.length : index;
};

/** Outcomes in their canonical order; places biggest first (unreported sizes next, then by name), unattributed last. */
function rank(tallies: Tally[], dimension: BarDimension): Tally[] {
  if (dimension === "outcome") return [...tallies].sort((a, b) => outcomeRank(a.key) - outcomeRank(b.key));
  // The API's "other" (what it summed beyond `top`) stays last, as the series it stands for ranked below the rest.
  return [...tallies].sort(
    (a, b) =>
      Number(a.key === OTHERS_KEY) - Number(b.key === OTHERS_KEY) ||
      Number(a.key === UNATTRIBUTED_KEY) - Number(b.key === UNATTRIBUTED_KEY) ||
      b.subpoenas - a.subpoenas ||
      b.unknownCountBatches - a.unknownCountBatches ||
      compareText(a.label, b.label),
  );
}

/** A place's colour is its own palette slot (placeColorIndices), never its rank: it stays put when a filter changes. */
function colorFor(dimension: BarDimension | "none", key: string, slots?: ReadonlyMap<string, number>): ColorRef {
  if (key === UNATTRIBUTED_KEY || key === OTHERS_KEY) return { kind: "other" };
  if (dimension === "outcome") {
    const outcome = OUTCOMES.find((o) => o === key);
    return outcome ? { kind: "outcome", outcome } : { kind: "other" };
  }
  if (dimension === "none") return { kind: "single" };
  const slot = slots?.get(key);
  return slot === undefined ? { kind: "other" } : { kind: "series", index: slot };
}

// The filter's own bound unless the data reaches beyond it.
function earlier(bound: string | null | undefined, period: string | undefined): string | null {
  if (!bound || !period) return bound || period || null;
  return periodStart(period) < periodStart(bound) ? period : bound;
}

function later(bound: string | null | undefined, period: string | undefined): string | null {
  if (!bound || !period) return bound || period || null;
  return periodEnd(period) > periodEnd(bound) ? period : bound;
}

/** The span of the fine periods in the buckets, widened to the filter's range when one is given. */
export function rangeOf(
  buckets: CountBucketLike[],
  interval: Interval,
  filter: { from?: string | null; to?: string | null },
): PeriodRange | null {
  const periods = buckets
    .filter((b) => b.batches > 0 || b.subpoenas > 0)
    .map((b) => b.period)
    .filter((p): p is string => typeof p === "string" && isPeriodOfInterval(p, interval))
    .sort(comparePeriods);
  // A filter range narrower than what came back still covers the data: a fine period outside it must not be mistaken
  // for a coarse one.
  const from = earlier(filter.from, periods[0]);
  const to = later(filter.to, periods[periods.length - 1]);
  if (from === null || to === null) {
    // Only coarse dates ("2020"): their own span is all that can be said.
    const coarse = buckets
      .map((b) => b.period)
      .filter((p): p is string => typeof p === "string")
      .sort(comparePeriods);
    return coarse.length > 0 ? { from: coarse[0], to: coarse[coarse.length - 1] } : null;
  }
  return { from, to };
}

/**
 * The time frame the numbers cover, for every figure's label and caption: the filter's own bounds where given (the
 * reader asked for them), otherwise from the start of the earliest period with a batch to the end of the latest, coarse
 * ones included (a batch dated only "2022" stretches the frame to the end of 2022).
 */
export function spanOf(
  buckets: readonly CountBucketLike[],
  filter: { from?: string | null; to?: string | null } = {},
): PeriodRange | null {
  const periods = buckets
    .filter((b) => b.batches > 0 || b.subpoenas > 0)
    .map((b) => b.period)
    .filter((p): p is string => typeof p === "string");
  const first = periods.reduce<string | null>((a, p) => (a === null || periodStart(p) < periodStart(a) ? p : a), null);
  const last = periods.reduce<string | null>((a, p) => (a === null || periodEnd(p) > periodEnd(a) ? p : a), null);
  const from = filter.from || first;
  const to = filter.to || last;
  return from && to ? { from, to } : null;
}

// ---- Over time: stacked columns ----

function emptyColumn(period: string, label: string, seriesCount: number): PeriodColumn {
  return {
    period,
    label,
    values: new Array<number>(seriesCount).fill(0),
    unknown: new Array<number>(seriesCount).fill(0),
    inexact: new Array<number>(seriesCount).fill(0),
    total: 0,
    batches: 0,
    unknownCountBatches: 0,
    inexactCountBatches: 0,
  };
}

/** "2020 (month not reported)": a coarse column says plainly why it stands apart. */
export function coarseLabel(period: string, interval: Interval): string {
  return `${formatPeriodHuman(period)} (${interval} not reported)`;
}

function buildSeries(
  buckets: CountBucketLike[],
  stack: StackBy,
  maxSeries: number,
  placeOrder: PlaceOrder | undefined,
  otherSeries = 0,
): SeriesInfo[] {
  if (stack === "none") {
    return [
      {
        key: TOTAL_KEY,
        label: "Subpoenas",
        color: { kind: "single" },
        members: [],
        subpoenas: buckets.reduce((sum, b) => sum + b.subpoenas, 0),
        unknownCountBatches: buckets.reduce((sum, b) => sum + b.unknownCountBatches, 0),
        inexactCountBatches: buckets.reduce((sum, b) => sum + (b.inexactCountBatches ?? 0), 0),
      },
    ];
  }
  const all = rank(tallyBy(buckets, stack), stack);
  // What the API already summed as "other" joins whatever is folded here.
  const apiOthers = all.find((t) => t.key === OTHERS_KEY);
  const ranked = all.filter((t) => t.key !== OTHERS_KEY);
  // Outcomes have a fixed colour each, so they are never folded.
  const limit = stack === "outcome" ? ranked.length : maxSeries;
  const kept = ranked.length > limit || apiOthers ? ranked.slice(0, limit - 1) : ranked;
  const slots = placeColorIndices(
    kept.filter((t) => t.key !== UNATTRIBUTED_KEY).map((t) => t.key),
    stack === "state" ? US_STATE_CODES : placeOrder,
  );
  const series: SeriesInfo[] = kept.map((t) => ({
    key: t.key,
    label: t.label,
    color: colorFor(stack, t.key, slots),
    members: [t.key],
    subpoenas: t.subpoenas,
    unknownCountBatches: t.unknownCountBatches,
    inexactCountBatches: t.inexactCountBatches,
  }));
  const folded = [...ranked.slice(kept.length), ...(apiOthers ? [apiOthers] : [])];
  if (folded.length > 0) {
    const count = folded.length - (apiOthers ? 1 : 0) + (apiOthers ? otherSeries : 0);
    series.push({
      key: OTHERS_KEY,
      label: `${count} others`,
      color: { kind: "other" },
      // The series the API summed are not named in its answer: only those folded here can be listed.
      members: folded.filter((t) => t.key !== OTHERS_KEY).map((t) => t.key),
      subpoenas: folded.reduce((sum, t) => sum + t.subpoenas, 0),
      unknownCountBatches: folded.reduce((sum, t) => sum + t.unknownCountBatches, 0),
      inexactCountBatches: folded.reduce((sum, t) => sum + t.inexactCountBatches, 0),
    });
  }
  return series;
}

export function toColumnsModel(
  view: ChartView,
  counts: CountsLike,
  filter: { from?: string | null; to?: string | null } = {},
  maxSeries = MAX_SERIES,
): ColumnsModel {
  const { interval, stack } = view;
  const series = buildSeries(counts.buckets, stack, maxSeries, counts.placeOrder, counts.otherSeries ?? 0);
  const indexByKey = new Map<string, number>();
  series.forEach((s, index) => indexByKey.set(s.key, index));
  const othersIndex = indexByKey.get(OTHERS_KEY);
  const seriesIndex = (bucket: CountBucketLike): number => {
    if (stack === "none") return 0;
    return indexByKey.get(seriesKeyOf(bucket, stack).key) ?? othersIndex ?? 0;
  };

  const range = rangeOf(counts.buckets, interval, filter);
  const labels = range && !isCoarseOnly(range, interval, filter) ? periodsBetween(range.from, range.to, interval) : [];
  const columns = new Map<string, PeriodColumn>(
    labels.map((period) => [period, emptyColumn(period, formatPeriodHuman(period), series.length)]),
  );
  const coarse = new Map<string, PeriodColumn>();
  for (const bucket of counts.buckets) {
    if (!bucket.period) continue;
    let column = columns.get(bucket.period);
    if (!column) {
      column = coarse.get(bucket.period);
      if (!column) {
        column = emptyColumn(bucket.period, coarseLabel(bucket.period, interval), series.length);
        coarse.set(bucket.period, column);
      }
    }
    const index = seriesIndex(bucket);
    column.values[index] += bucket.subpoenas;
    column.unknown[index] += bucket.unknownCountBatches;
    column.inexact[index] += bucket.inexactCountBatches ?? 0;
    column.total += bucket.subpoenas;
    column.batches += bucket.batches;
    column.unknownCountBatches += bucket.unknownCountBatches;
    column.inexactCountBatches += bucket.inexactCountBatches ?? 0;
  }
  return {
    kind: "columns",
    chart: view.chart,
    interval,
    stack,
    series,
    columns: [...columns.values()],
    coarse: [...coarse.values()]
      .filter((c) => c.batches > 0 || c.total > 0)
      .sort((a, b) => comparePeriods(a.period, b.period)),
    totals: toTotals(counts.total),
    range: spanOf(counts.buckets, filter),
  };
}

// A range made only of coarse dates (everything dated "2020" in a monthly chart) has no fine periods to list; a filter
// given as "2020" does: it asks for every month of 2020.
function isCoarseOnly(
  range: PeriodRange,
  interval: Interval,
  filter: { from?: string | null; to?: string | null },
): boolean {
  return !filter.from && !filter.to && !isPeriodOfInterval(range.from, interval) && /^\d{4}$/.test(range.from);
}

// ---- Bars: by jurisdiction, by state, by outcome ----

export function toBarsModel(
  view: ChartView,
  counts: CountsLike,
  filter: { from?: string | null; to?: string | null } = {},
): BarsModel {
  const dimension: BarDimension =
    view.chart === "outcomes" ? "outcome" : view.place === "state" ? "state" : "jurisdiction";
  return {
    kind: "bars",
    chart: view.chart,
    dimension,
    bars: toBars(counts.buckets, dimension).map((bar) =>
      bar.key === OTHERS_KEY
        ? { ...bar, label: `${counts.otherSeries ?? 0} others`, members: [], count: counts.otherSeries ?? 0 }
        : bar,
    ),
    totals: toTotals(counts.total),
    range: givenRangeOr(counts, filter),
  };
}

/** The span given with the counts (buckets without periods), else the span of the buckets' periods. */
function givenRangeOr(counts: CountsLike, filter: { from?: string | null; to?: string | null }): PeriodRange | null {
  return counts.range !== undefined ? counts.range : spanOf(counts.buckets, filter);
}

/** One bar per place or outcome that has a batch, the periods added up, in `rank` order. */
export function toBars(buckets: CountBucketLike[], dimension: BarDimension): BarItem[] {
  return rank(tallyBy(buckets, dimension), dimension).map((t) => ({
    ...t,
    // Places share one colour: the bar's length carries the meaning, and colours would suggest categories.
    color: dimension === "outcome" ? colorFor("outcome", t.key) : { kind: "single" },
    members: [t.key],
  }));
}

/** Keeps at most `maxBars` bars, folding the smallest (never outcomes' fixed order) into one "others" bar. */
export function foldBars(bars: BarItem[], maxBars: number): BarItem[] {
  if (bars.length <= maxBars || maxBars < 2) return bars.slice(0, Math.max(maxBars, 1));
  const kept = bars.slice(0, maxBars - 1);
  const folded = bars.slice(maxBars - 1);
  const count = folded.reduce((sum, b) => sum + (b.count ?? 1), 0);
  return [
    ...kept,
    {
      key: OTHERS_KEY,
      label: `${count} others`,
      count,
      color: { kind: "other" },
      subpoenas: folded.reduce((sum, b) => sum + b.subpoenas, 0),
      batches: folded.reduce((sum, b) => sum + b.batches, 0),
      unknownCountBatches: folded.reduce((sum, b) => sum + b.unknownCountBatches, 0),
      inexactCountBatches: folded.reduce((sum, b) => sum + b.inexactCountBatches, 0),
      members: folded.flatMap((b) => b.members),
    },
  ];
}

export function toChartModel(
  view: ChartView,
  counts: CountsLike,
  filter: { from?: string | null; to?: string | null } = {},
): ChartModel {
  if (view.chart === "where")
    return { ...toMapModel(counts.buckets, counts.total, counts.omittedPlaces), range: givenRangeOr(counts, filter) };
  return view.chart === "subpoenas-over-time"
    ? toColumnsModel(view, counts, filter)
    : toBarsModel(view, counts, filter);
}
