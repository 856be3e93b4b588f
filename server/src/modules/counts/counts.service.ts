import {
  AGENCY_KINDS,
  ISSUING_COMPONENTS,
  OFFENSE_CATEGORIES,
  OUTCOMES,
  comparePeriods,
  periodEnd,
  periodStart,
  periodsBetween,
  type Interval as DomainInterval,
} from "@subpoena-tracker/domain";
import { UserInputError } from "../../schema/errors";
import type { BatchCriteria } from "../batches/batch-criteria";
import { checkUnknownSlugs } from "../batches/batch.service";
import type { Queryable } from "../shared/queryable";
import { DataSource } from "typeorm";
import { LruCache } from "../../util/lru-cache";
import { countsStatement, rollupsCanAnswer, type CountRow } from "./counts.sql";
import { CountDimension, Interval, type CountBucket } from "./counts.types";

export interface CountsRequest {
  criteria: BatchCriteria;
  groupBy: readonly CountDimension[];
  interval: Interval;
  fillEmptyPeriods: boolean;
  /** Keep the top N series (the keys other than PERIOD) and sum the rest into `other` buckets; null for all. */
  top?: number | null;
}

export interface CountsResult {
  buckets: CountBucket[];
  total: CountBucket;
  /** How many series `top` summed into the `other` buckets. */
  otherSeries: number;
}

export interface CountsLimits {
  /** The longest issuedFrom..issuedTo span, in years, that may be split into periods. */
  maxSpanYears: number;
}

const DOMAIN_INTERVAL: Record<Interval, DomainInterval> = {
  [Interval.MONTH]: "month",
  [Interval.QUARTER]: "quarter",
  [Interval.YEAR]: "year",
};
const PERIODS_PER_YEAR: Record<Interval, number> = { [Interval.MONTH]: 12, [Interval.QUARTER]: 4, [Interval.YEAR]: 1 };

function checkRequest(request: CountsRequest, limits: CountsLimits): void {
  const seen = new Set<CountDimension>();
  for (const dimension of request.groupBy) {
    if (seen.has(dimension))
      throw new UserInputError(`groupBy lists ${dimension} twice; list each dimension once.`, "groupBy");
    seen.add(dimension);
  }
  const { issuedFrom, issuedTo } = request.criteria;
  if (seen.has(CountDimension.PERIOD) && issuedFrom !== null && issuedTo !== null) {
    checkSpan(periodsBetween(issuedFrom, issuedTo, DOMAIN_INTERVAL[request.interval]).length, request.interval, limits);
  }
}

function checkSpan(periods: number, interval: Interval, limits: CountsLimits): void {
  const max = limits.maxSpanYears * PERIODS_PER_YEAR[interval];
  if (periods > max) {
    throw new UserInputError(
      `The date range covers ${periods} ${interval.toLowerCase()} periods; counts by PERIOD may span at most ${limits.maxSpanYears} years (${max} periods at ${interval}). Narrow the issue date range (issuedFrom/issuedTo; from/to in the CSV/JSON API) or use a coarser interval.`,
      "issuedFrom",
    );
  }
}

/**
 * Counts: the buckets, a total that counts each batch once and is the same whatever the grouping, and any unknown
 * slug in the filter. One statement (countsStatement), on the rollups whenever they answer exactly and on the base
 * tables otherwise. Reading through a DataSource, answers are cached by normalized request and dataset version, so
 * many readers of one chart cost one counting statement plus a version check each.
 */
export async function countSubpoenas(
  q: Queryable,
  request: CountsRequest,
  limits: CountsLimits,
  /** The dataset version when the caller has just read it (http/graphql-answer-cache.ts): not read again. */
  knownVersion?: number,
): Promise<CountsResult> {
  checkRequest(request, limits);
  const top = request.top ?? null;
  // Top-N is folded from the full answer (itself from the rollups where they answer exactly, and cached), so a chart
  // and the table beside it share one counting statement; the folded answer is cached too, so a chart read by many
  // costs one version check and a small answer to serialize.
  const compute = async (): Promise<CountsResult> =>
    top === null
      ? computeCounts(q, request, limits)
      : foldTop(await countSubpoenas(q, { ...request, top: null }, limits, knownVersion), request.groupBy, top);
  const cache = cacheFor(q);
  if (!cache) return compute();
  const version =
    knownVersion ??
    (await q.query<{ version: number }[]>(`SELECT coalesce(max(version), 0) AS version FROM dataset`))[0].version;
  const key = JSON.stringify([version, normalized({ ...request, top }), limits.maxSpanYears]);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = await compute();
  cache.set(key, result);
  return result;
}

async function computeCounts(q: Queryable, request: CountsRequest, limits: CountsLimits): Promise<CountsResult> {
  const dims = new Set(request.groupBy);
  const fill = request.fillEmptyPeriods && dims.has(CountDimension.PERIOD);
  const query = { ...request, periodRange: fill };
  const { sql, values } = countsStatement(query, rollupsCanAnswer(query));
  const rows = await q.query<CountRow[]>(sql, values);
  const totalRow = rows.find((r) => r.row_kind === "total");
  if (!totalRow) throw new Error("the counts statement returned no total row");
  checkUnknownSlugs(totalRow.unknown_slugs);

  // Grouped by nothing, the one bucket is the total.
  let buckets = (request.groupBy.length === 0 ? [totalRow] : rows.filter((r) => r.row_kind === "bucket")).map(toBucket);
  if (fill) buckets = fillPeriods(buckets, request, totalRow, limits);
  buckets.sort(compareBuckets(request.groupBy));
  return { buckets, total: toBucket(totalRow), otherSeries: 0 };
}

interface Series {
  like: CountBucket;
  subpoenas: number;
  unknown: number;
  batches: number;
  hasNullKey: boolean;
}

/**
 * Keeps the `top` series (the combinations of the keys other than PERIOD) and sums every other series, period by
 * period, into one bucket marked `other`. Ranked as the charts rank places: series with a null key last, then by
 * subpoenas, batches of unknown size and batches (more first), then by the keys' own order. Series made only of the
 * zero buckets fillEmptyPeriods adds hold no batch and do not occur. Buckets of the answer still add up, per period,
 * to the full answer's; the total is unchanged.
 */
export function foldTop(full: CountsResult, groupBy: readonly CountDimension[], top: number): CountsResult {
  const seriesDims = groupBy.filter((d) => d !== CountDimension.PERIOD);
  if (seriesDims.length === 0) return full;
  const series = new Map<string, Series>();
  for (const bucket of full.buckets) {
    const key = seriesKey(bucket);
    let s = series.get(key);
    if (!s) {
      const hasNullKey = seriesDims.some((d) => seriesValue(bucket, d) === null);
      s = { like: bucket, subpoenas: 0, unknown: 0, batches: 0, hasNullKey };
      series.set(key, s);
    }
    s.subpoenas += bucket.subpoenas;
    s.unknown += bucket.unknownCountBatches;
    s.batches += bucket.batches;
  }
  const byKeys = compareBuckets(seriesDims);
  const ranked = [...series.entries()]
    .filter(([, s]) => s.batches > 0 || s.subpoenas > 0)
    .sort(
      ([, a], [, b]) =>
        Number(a.hasNullKey) - Number(b.hasNullKey) ||
        b.subpoenas - a.subpoenas ||
        b.unknown - a.unknown ||
        b.batches - a.batches ||
        byKeys(a.like, b.like),
    );
  if (ranked.length <= top) return full;
  const kept = new Set(ranked.slice(0, top).map(([key]) => key));
  const buckets: CountBucket[] = [];
  const others = new Map<string | null, CountBucket>();
  for (const bucket of full.buckets) {
    if (kept.has(seriesKey(bucket))) {
      buckets.push(bucket);
      continue;
    }
    let other = others.get(bucket.period);
    if (!other) {
      other = { ...blankBucket(), period: bucket.period, periodStart: bucket.periodStart, periodEnd: bucket.periodEnd };
      other.other = true;
      others.set(bucket.period, other);
    }
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

/** Cached answers per database (tests run several in one process), bounded by entries and by estimated bytes. */
const caches = new WeakMap<DataSource, LruCache<CountsResult>>();
const CACHE_ENTRIES = 500;
const CACHE_BYTES = 64 * 1024 * 1024;
const BYTES_PER_BUCKET = 400;

function cacheFor(q: Queryable): LruCache<CountsResult> | null {
  // Only reads outside a transaction: inside one, the rows may hold changes no version names yet.
  if (!(q instanceof DataSource)) return null;
  let cache = caches.get(q);
  if (!cache) {
    cache = new LruCache(CACHE_ENTRIES, CACHE_BYTES, (r) => (r.buckets.length + 1) * BYTES_PER_BUCKET);
    caches.set(q, cache);
  }
  return cache;
}

/** The request with its lists sorted, so that the same question asked in another order shares a cache entry. */
function normalized(request: CountsRequest): unknown {
  const criteria = Object.fromEntries(
    Object.entries(request.criteria).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]),
  );
  return { ...request, criteria };
}

function toBucket(row: CountRow): CountBucket {
  return {
    period: row.period,
    periodStart: row.period ? periodStart(row.period) : null,
    periodEnd: row.period ? periodEnd(row.period) : null,
    jurisdiction:
      row.jurisdiction_slug && row.j_name && row.j_kind
        ? {
            slug: row.jurisdiction_slug,
            name: row.j_name,
            kind: row.j_kind,
            state: row.j_state,
            parentSlug: row.j_parent_slug,
          }
        : null,
    state: row.state,
    outcome: row.outcome,
    agencyKind: row.agency_kind,
    issuingComponent: row.issuing_component,
    offenseCategory: row.offense_category,
    subpoenas: row.subpoenas,
    batches: row.batches,
    unknownCountBatches: row.unknown_count_batches,
    inexactCountBatches: row.inexact_count_batches,
    other: false,
  };
}

function emptyBucket(like: CountBucket, period: string): CountBucket {
  return {
    ...like,
    period,
    periodStart: periodStart(period),
    periodEnd: periodEnd(period),
    subpoenas: 0,
    batches: 0,
    unknownCountBatches: 0,
    inexactCountBatches: 0,
  };
}

/** Identity of a bucket apart from its period: the series a chart would draw it in. */
function seriesKey(b: CountBucket): string {
  return JSON.stringify([
    b.jurisdiction?.slug,
    b.state,
    b.outcome,
    b.agencyKind,
    b.issuingComponent,
    b.offenseCategory,
  ]);
}

/**
 * Adds a zero bucket for every period of the interval between issuedFrom (or the first period with data) and
 * issuedTo (or the last), in every series that has data. Coarse buckets ("2020" among months) stay as they are.
 */
function fillPeriods(
  buckets: CountBucket[],
  request: CountsRequest,
  total: CountRow,
  limits: CountsLimits,
): CountBucket[] {
  const from = request.criteria.issuedFrom ?? total.first_period;
  const to = request.criteria.issuedTo ?? total.last_period;
  if (from === null || to === null) return buckets;
  const periods = periodsBetween(from, to, DOMAIN_INTERVAL[request.interval]);
  checkSpan(periods.length, request.interval, limits);
  const series = new Map<string, CountBucket>();
  const present = new Set<string>();
  for (const bucket of buckets) {
    series.set(seriesKey(bucket), bucket);
    present.add(`${seriesKey(bucket)}|${bucket.period}`);
  }
  if (request.groupBy.length === 1) {
    // Grouped by PERIOD alone there is exactly one series, even when nothing matched.
    if (series.size === 0) series.set(seriesKey(blankBucket()), blankBucket());
  }
  const filled = [...buckets];
  for (const [key, like] of series) {
    for (const period of periods) {
      if (!present.has(`${key}|${period}`)) filled.push(emptyBucket(like, period));
    }
  }
  return filled;
}

function blankBucket(): CountBucket {
  return {
    period: null,
    periodStart: null,
    periodEnd: null,
    jurisdiction: null,
    state: null,
    outcome: null,
    agencyKind: null,
    issuingComponent: null,
    offenseCategory: null,
    subpoenas: 0,
    batches: 0,
    unknownCountBatches: 0,
    inexactCountBatches: 0,
    other: false,
  };
}

function byRank<T>(values: readonly T[]): (a: T, b: T) => number {
  const rank = new Map<T, number>(values.map((v, i) => [v, i]));
  return (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Nulls last; otherwise the dimension's natural order. */
function nullsLast<T>(get: (b: CountBucket) => T | null, compare: (a: T, b: T) => number) {
  return (x: CountBucket, y: CountBucket): number => {
    const a = get(x);
    const b = get(y);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return compare(a, b);
  };
}

const COMPARATORS: Record<CountDimension, (a: CountBucket, b: CountBucket) => number> = {
  [CountDimension.PERIOD]: nullsLast((b) => b.period, comparePeriods),
  [CountDimension.JURISDICTION]: nullsLast((b) => b.jurisdiction?.slug ?? null, byText),
  [CountDimension.STATE]: nullsLast((b) => b.state, byText),
  [CountDimension.OUTCOME]: nullsLast((b) => b.outcome, byRank(OUTCOMES)),
  [CountDimension.AGENCY_KIND]: nullsLast((b) => b.agencyKind, byRank(AGENCY_KINDS)),
  [CountDimension.ISSUING_COMPONENT]: nullsLast((b) => b.issuingComponent, byRank(ISSUING_COMPONENTS)),
  [CountDimension.OFFENSE_CATEGORY]: nullsLast((b) => b.offenseCategory, byRank(OFFENSE_CATEGORIES)),
};

function compareBuckets(groupBy: readonly CountDimension[]) {
  return (a: CountBucket, b: CountBucket): number => {
    for (const dimension of groupBy) {
      const order = COMPARATORS[dimension](a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}
