import { blankBucket, compareBuckets, seriesKey, type CountsResult } from "../../src/modules/counts/counts.service";
import { CountDimension, type CountBucket } from "../../src/modules/counts/counts.types";

/**
 * The reference for `top` (issue 12), as the server computed it before the fold moved into the counting statement:
 * fold the full answer in JavaScript. The SQL fold (counts.sql.ts, foldTopSql) must give exactly this.
 */

export interface RankedSeries {
  key: string;
  like: CountBucket;
  subpoenas: number;
  unknown: number;
  batches: number;
  hasNullKey: boolean;
}

function seriesValue(b: CountBucket, dimension: CountDimension): string | null {
  switch (dimension) {
    case CountDimension.PERIOD:
      return b.period;
    case CountDimension.JURISDICTION:
      return b.jurisdiction?.slug ?? null;
    case CountDimension.STATE:
      return b.state;
    case CountDimension.OUTCOME:
      return b.outcome;
    case CountDimension.AGENCY_KIND:
      return b.agencyKind;
    case CountDimension.ISSUING_COMPONENT:
      return b.issuingComponent;
    case CountDimension.OFFENSE_CATEGORY:
      return b.offenseCategory;
  }
}

/**
 * The series of a full answer ranked as the charts rank places: series with a null key last, then by subpoenas,
 * batches of unknown size and batches (more first), then by the keys' own order. Series made only of the zero
 * buckets fillEmptyPeriods adds hold no batch and do not occur.
 */
export function rankSeries(full: CountsResult, groupBy: readonly CountDimension[]): RankedSeries[] {
  const seriesDims = groupBy.filter((d) => d !== CountDimension.PERIOD);
  const series = new Map<string, RankedSeries>();
  for (const bucket of full.buckets) {
    const key = seriesKey(bucket);
    let s = series.get(key);
    if (!s) {
      const hasNullKey = seriesDims.some((d) => seriesValue(bucket, d) === null);
      s = { key, like: bucket, subpoenas: 0, unknown: 0, batches: 0, hasNullKey };
      series.set(key, s);
    }
    s.subpoenas += bucket.subpoenas;
    s.unknown += bucket.unknownCountBatches;
    s.batches += bucket.batches;
  }
  const byKeys = compareBuckets(seriesDims);
  return [...series.values()]
    .filter((s) => s.batches > 0 || s.subpoenas > 0)
    .sort(
      (a, b) =>
        Number(a.hasNullKey) - Number(b.hasNullKey) ||
        b.subpoenas - a.subpoenas ||
        b.unknown - a.unknown ||
        b.batches - a.batches ||
        byKeys(a.like, b.like),
    );
}

/**
 * Keeps the `top` series and sums every other series, period by period, into one bucket marked `other`. Buckets of
 * the answer still add up, per period, to the full answer's; the total is unchanged.
 */
export function foldTop(full: CountsResult, groupBy: readonly CountDimension[], top: number): CountsResult {
  if (groupBy.every((d) => d === CountDimension.PERIOD)) return full;
  const ranked = rankSeries(full, groupBy);
  if (ranked.length <= top) return full;
  const kept = new Set(ranked.slice(0, top).map((s) => s.key));
  const buckets: CountBucket[] = [];
  const others = new Map<string | null, CountBucket>();
  for (const bucket of full.buckets) {
    if (kept.has(seriesKey(bucket))) {
      buckets.push(bucket);
      continue;
    }
    const other = others.get(bucket.period) ?? {
      ...blankBucket(),
      period: bucket.period,
      periodStart: bucket.periodStart,
      periodEnd: bucket.periodEnd,
      other: true,
    };
    others.set(bucket.period, other);
    other.subpoenas += bucket.subpoenas;
    other.batches += bucket.batches;
    other.unknownCountBatches += bucket.unknownCountBatches;
    other.inexactCountBatches += bucket.inexactCountBatches;
  }
  buckets.push(...others.values());
  const order = compareBuckets(groupBy);
  buckets.sort((a, b) => order(a, b) || Number(a.other) - Number(b.other));
  return { buckets, total: full.total, otherSeries: ranked.length - top };
}
