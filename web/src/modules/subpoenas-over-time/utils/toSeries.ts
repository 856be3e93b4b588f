// Shapes the API's count buckets into what the over-time chart draws: one row per period of the interval, empty periods
// as zero, one stacked series per jurisdiction, state or outcome, and the batches of unreported size kept apart so
// that they are marked, never drawn as zero.
import {
  OUTCOMES,
  comparePeriods,
  formatPeriodHuman,
  isPeriodOfInterval,
  periodsBetween,
  type Interval,
  type Outcome,
} from "@subpoena-tracker/domain";
import { seriesKeyOf, type CountBucketLike, type SeriesDimension, UNATTRIBUTED_KEY } from "../../counts/utils/buckets";
import { OTHER_SERIES_COLOR, OUTCOME_COLORS, SERIES_COLORS, SINGLE_SERIES_COLOR } from "../../../ui/theme";

export type StackBy = SeriesDimension | "none";

export const TOTAL_SERIES_KEY = "__total";
export const OTHER_SERIES_KEY = "__other";

export interface OverTimeSeries {
  key: string;
  label: string;
  color: string;
  // The keys of the dimension this series stands for: one, or several for "other".
  members: string[];
  subpoenas: number;
  unknownCountBatches: number;
}

export interface OverTimeRow {
  // A period label of the interval: "2020-02", "2020-Q1" or "2020".
  period: string;
  label: string;
  // Subpoenas per series, in the order of `series`; 0 for an empty period.
  values: number[];
  // Batches of unreported size per series, in the same order.
  unknown: number[];
  total: number;
  unknownCountBatches: number;
}

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
}

export interface OverTimeOptions {
  interval: Interval;
  stackBy: StackBy;
  // The filter's range, as partial dates; the rows cover it even where nothing happened.
  from?: string | null;
  to?: string | null;
  // Series beyond this many are folded into "Other".
  maxSeries?: number;
}

const DEFAULT_MAX_SERIES = SERIES_COLORS.length;

interface SeriesTally {
  key: string;
  label: string;
  subpoenas: number;
  unknownCountBatches: number;
}

function rankSeries(tallies: SeriesTally[], stackBy: StackBy): SeriesTally[] {
  if (stackBy === "outcome") {
    const order = (key: string): number => {
      const index = OUTCOMES.indexOf(key as Outcome);
      return index === -1 ? OUTCOMES.length : index;
    };
    return [...tallies].sort((a, b) => order(a.key) - order(b.key));
  }
  // Biggest first, so the bottom of each stack (the easiest to compare) is the biggest series. Unattributed last.
  return [...tallies].sort(
    (a, b) =>
      Number(a.key === UNATTRIBUTED_KEY) - Number(b.key === UNATTRIBUTED_KEY) ||
      b.subpoenas - a.subpoenas ||
      b.unknownCountBatches - a.unknownCountBatches ||
      a.label.localeCompare(b.label),
  );
}

function buildSeries(buckets: CountBucketLike[], stackBy: StackBy, maxSeries: number): OverTimeSeries[] {
  if (stackBy === "none") {
    return [
      {
        key: TOTAL_SERIES_KEY,
        label: "Subpoenas",
        color: SINGLE_SERIES_COLOR,
        members: [],
        subpoenas: buckets.reduce((sum, b) => sum + b.subpoenas, 0),
        unknownCountBatches: buckets.reduce((sum, b) => sum + b.unknownCountBatches, 0),
      },
    ];
  }
  const tallies = new Map<string, SeriesTally>();
  for (const bucket of buckets) {
    const { key, label } = seriesKeyOf(bucket, stackBy);
    const tally = tallies.get(key) ?? { key, label, subpoenas: 0, unknownCountBatches: 0 };
    tally.subpoenas += bucket.subpoenas;
    tally.unknownCountBatches += bucket.unknownCountBatches;
    tallies.set(key, tally);
  }
  const ranked = rankSeries([...tallies.values()], stackBy);
  const colorOf = (key: string, index: number): string =>
    stackBy === "outcome" && key in OUTCOME_COLORS
      ? OUTCOME_COLORS[key as Outcome]
      : (SERIES_COLORS[index] ?? OTHER_SERIES_COLOR);
  // Outcomes have a fixed colour each, so they are never folded.
  const limit = stackBy === "outcome" ? ranked.length : maxSeries;
  const kept = ranked.length > limit ? ranked.slice(0, limit - 1) : ranked;
  const series: OverTimeSeries[] = kept.map((tally, index) => ({
    key: tally.key,
    label: tally.label,
    color: tally.key === UNATTRIBUTED_KEY ? OTHER_SERIES_COLOR : colorOf(tally.key, index),
    members: [tally.key],
    subpoenas: tally.subpoenas,
    unknownCountBatches: tally.unknownCountBatches,
  }));
  const folded = ranked.slice(kept.length);
  if (folded.length > 0) {
    series.push({
      key: OTHER_SERIES_KEY,
      label: `${folded.length} others`,
      color: OTHER_SERIES_COLOR,
      members: folded.map((tally) => tally.key),
      subpoenas: folded.reduce((sum, tally) => sum + tally.subpoenas, 0),
      unknownCountBatches: folded.reduce((sum, tally) => sum + tally.unknownCountBatches, 0),
    });
  }
  return series;
}

function emptyRow(period: string, seriesCount: number, label: string): OverTimeRow {
  return {
    period,
    label,
    values: new Array<number>(seriesCount).fill(0),
    unknown: new Array<number>(seriesCount).fill(0),
    total: 0,
    unknownCountBatches: 0,
  };
}

// "2020 (month not reported)": a coarse bucket says plainly why it stands apart.
export function coarseLabel(period: string, interval: Interval): string {
  return `${formatPeriodHuman(period)} (${interval} not reported)`;
}

export const UNDATED_PERIOD = "undated";

export function toOverTimeSeries(buckets: CountBucketLike[], options: OverTimeOptions): OverTimeData {
  const { interval, stackBy } = options;
  const series = buildSeries(buckets, stackBy, options.maxSeries ?? DEFAULT_MAX_SERIES);
  const seriesIndex = new Map<string, number>();
  series.forEach((s, index) => {
    if (s.key === TOTAL_SERIES_KEY) return;
    for (const member of s.members) seriesIndex.set(member, index);
  });
  const indexOf = (bucket: CountBucketLike): number =>
    stackBy === "none" ? 0 : (seriesIndex.get(seriesKeyOf(bucket, stackBy).key) ?? 0);

  const finePeriods = buckets
    .map((b) => b.period)
    .filter((p): p is string => typeof p === "string" && isPeriodOfInterval(p, interval))
    .sort(comparePeriods);
  const first = options.from ?? finePeriods[0];
  const last = options.to ?? finePeriods[finePeriods.length - 1];
  // A filter range that ends before the data starts (or vice versa) still covers the data the API returned.
  const start = [first, finePeriods[0]].filter(Boolean).sort(comparePeriods)[0];
  const end = [last, finePeriods[finePeriods.length - 1]].filter(Boolean).sort(comparePeriods).pop();
  const labels = start && end ? periodsBetween(start, end, interval) : [];

  const rows = new Map<string, OverTimeRow>(
    labels.map((period) => [period, emptyRow(period, series.length, formatPeriodHuman(period))]),
  );
  const coarse = new Map<string, OverTimeRow>();
  for (const bucket of buckets) {
    const period = bucket.period ?? UNDATED_PERIOD;
    let row = rows.get(period);
    if (!row) {
      row = coarse.get(period);
      if (!row) {
        const label = period === UNDATED_PERIOD ? "Date not reported" : coarseLabel(period, interval);
        row = emptyRow(period, series.length, label);
        coarse.set(period, row);
      }
    }
    const index = indexOf(bucket);
    row.values[index] += bucket.subpoenas;
    row.unknown[index] += bucket.unknownCountBatches;
    row.total += bucket.subpoenas;
    row.unknownCountBatches += bucket.unknownCountBatches;
  }

  const coarseRows = [...coarse.values()].sort((a, b) =>
    a.period === UNDATED_PERIOD ? 1 : b.period === UNDATED_PERIOD ? -1 : comparePeriods(a.period, b.period),
  );
  return {
    interval,
    stackBy,
    series,
    rows: [...rows.values()],
    coarseRows,
    subpoenas: buckets.reduce((sum, b) => sum + b.subpoenas, 0),
    unknownCountBatches: buckets.reduce((sum, b) => sum + b.unknownCountBatches, 0),
  };
}

// Recharts reads rows of plain objects; series are addressed by position ("s0", "s1", ...) because jurisdiction slugs
// and other keys could contain characters recharts treats as paths.
export type ChartRow = { period: string; label: string; total: number; unknownCountBatches: number } & Record<
  string,
  string | number
>;

export function seriesDataKey(index: number): string {
  return `s${index}`;
}

export function toChartRows(data: OverTimeData): ChartRow[] {
  return data.rows.map((row) => {
    const chartRow: ChartRow = {
      period: row.period,
      label: row.label,
      total: row.total,
      unknownCountBatches: row.unknownCountBatches,
    };
    row.values.forEach((value, index) => {
      chartRow[seriesDataKey(index)] = value;
    });
    return chartRow;
  });
}
