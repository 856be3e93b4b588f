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
  // Top-N is folded in the counting statement (counts.sql.ts), so a chart's first reader waits for, and the server
  // holds, only what the chart draws; grouped by PERIOD alone there is nothing to fold.
  const top = request.groupBy.some((d) => d !== CountDimension.PERIOD) ? (request.top ?? null) : null;
  const cache = cacheFor(q);
  if (!cache) return computeCounts(q, request, top, limits);
  const version =
    knownVersion ??
    (await q.query<{ version: number }[]>(`SELECT coalesce(max(version), 0) AS version FROM dataset`))[0].version;
  const key = JSON.stringify([version, normalized({ ...request, top }), limits.maxSpanYears]);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = await computeCounts(q, request, top, limits);
  cache.set(key, result);
  return result;
}

async function computeCounts(
  q: Queryable,
  request: CountsRequest,
  top: number | null,
  limits: CountsLimits,
): Promise<CountsResult> {
  const dims = new Set(request.groupBy);
  const fill = request.fillEmptyPeriods && dims.has(CountDimension.PERIOD);
  const query = { ...request, periodRange: fill, top };
  const { sql, values } = countsStatement(query, rollupsCanAnswer(query));
  const rows = await q.query<CountRow[]>(sql, values);
  const totalRow = rows.find((r) => r.row_kind === "total");
  if (!totalRow) throw new Error("the counts statement returned no total row");
  checkUnknownSlugs(totalRow.unknown_slugs);

  // Grouped by nothing, the one bucket is the total.
  let buckets = (request.groupBy.length === 0 ? [totalRow] : rows.filter((r) => r.row_kind === "bucket")).map(toBucket);
  // The other buckets are filled as a series of their own: the same zero buckets the folded series would have had.
  if (fill) buckets = fillPeriods(buckets, request, totalRow, limits);
  const order = compareBuckets(request.groupBy);
  buckets.sort((a, b) => order(a, b) || Number(a.other) - Number(b.other));
  return { buckets, total: toBucket(totalRow), otherSeries: totalRow.other_series ?? 0 };
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
    other: row.other === true,
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

/** Identity of a bucket apart from its period: the series a chart would draw it in (the `other` buckets are one). */
export function seriesKey(b: CountBucket): string {
  return JSON.stringify([
    b.other,
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

/** A bucket with no key and nothing counted. */
export function blankBucket(): CountBucket {
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

/** The order of buckets by the keys in groupBy order (the answer's order, and the tie-break of the top ranking). */
export function compareBuckets(groupBy: readonly CountDimension[]) {
  return (a: CountBucket, b: CountBucket): number => {
    for (const dimension of groupBy) {
      const order = COMPARATORS[dimension](a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}
