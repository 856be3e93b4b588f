import {
  AGENCY_KINDS,
  ISSUING_COMPONENTS,
  OFFENSE_CATEGORIES,
  OUTCOMES,
  comparePeriods,
  periodEnd,
  periodStart,
  periodsBetween,
  type AgencyKind,
  type Interval as DomainInterval,
  type IssuingComponent,
  type JurisdictionKind,
  type OffenseCategory,
  type Outcome,
} from "@subpoena-tracker/domain";
import { UserInputError } from "../../schema/errors";
import type { BatchCriteria } from "../batches/batch-criteria";
import { batchFilterSql, SqlParams, whereClause, withClause } from "../batches/batch-filter.sql";
import { checkUnknownSlugs } from "../batches/batch.service";
import type { Queryable } from "../shared/queryable";
import { CountDimension, Interval, type CountBucket } from "./counts.types";

export interface CountsRequest {
  criteria: BatchCriteria;
  groupBy: readonly CountDimension[];
  interval: Interval;
  fillEmptyPeriods: boolean;
}

export interface CountsResult {
  buckets: CountBucket[];
  total: CountBucket;
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

/**
 * The period label of a batch, computed from the `date` column with to_char (so no time zone is involved), and the
 * same as the domain's bucketPartialDate: a date coarser than the interval keeps its own precision.
 */
function periodSql(interval: Interval): string {
  switch (interval) {
    case Interval.YEAR:
      return `to_char(b.issued_on, 'YYYY')`;
    case Interval.QUARTER:
      return `CASE WHEN b.issued_precision = 'year' THEN to_char(b.issued_on, 'YYYY') ELSE to_char(b.issued_on, 'YYYY-"Q"Q') END`;
    case Interval.MONTH:
      return `CASE WHEN b.issued_precision = 'year' THEN to_char(b.issued_on, 'YYYY') ELSE to_char(b.issued_on, 'YYYY-MM') END`;
  }
}

interface CountRow {
  row_kind: "bucket" | "total";
  period: string | null;
  jurisdiction_slug: string | null;
  j_name: string | null;
  j_kind: JurisdictionKind | null;
  j_state: string | null;
  j_parent_slug: string | null;
  state: string | null;
  outcome: Outcome | null;
  agency_kind: AgencyKind | null;
  issuing_component: IssuingComponent | null;
  offense_category: OffenseCategory | null;
  subpoenas: number;
  batches: number;
  unknown_count_batches: number;
  inexact_count_batches: number;
  first_period: string | null;
  last_period: string | null;
  unknown_slugs: string[] | null;
}

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
 * Counts in ONE statement: the matching batches (joined to their outcome parts only when outcomes matter), grouped
 * as asked, plus a total row that counts each batch once, plus the first and last period (for filling empty ones)
 * and any unknown slug in the filter.
 */
export async function countSubpoenas(
  q: Queryable,
  request: CountsRequest,
  limits: CountsLimits,
): Promise<CountsResult> {
  checkRequest(request, limits);
  const { criteria, groupBy, interval } = request;
  const dims = new Set(groupBy);
  const params = new SqlParams();
  const filter = batchFilterSql(criteria, params, { outcomesByJoin: true });
  const byOutcome = dims.has(CountDimension.OUTCOME) || criteria.outcomes !== null;
  const outcomeJoin = byOutcome
    ? `JOIN batch_outcomes bo ON bo.batch_id = b.id${criteria.outcomes ? ` AND bo.outcome = ANY(${params.add(criteria.outcomes, "text[]")})` : ""}`
    : "";
  // A period is "fine" when the batch's date is at least as precise as the interval; only those define the range of
  // periods to fill (a year-only batch does not make every month of its year a period "with data").
  const fine = interval === Interval.YEAR ? "true" : `b.issued_precision <> 'year'`;

  const parts = `parts AS (
    SELECT b.id, b.jurisdiction_slug, b.issuing_component, b.offense_categories, b.count_precision,
           ${byOutcome ? "bo.outcome" : "NULL::text"} AS outcome,
           ${byOutcome ? "bo.subpoenas" : "b.subpoena_count"} AS measure,
           ${periodSql(interval)} AS period,
           ${fine} AS fine
      FROM batches b ${outcomeJoin}
     ${whereClause(filter.conditions)})`;

  const joins: string[] = [];
  const keys: string[] = [];
  const column = (dimension: CountDimension, expression: string) => (dims.has(dimension) ? expression : "NULL::text");
  if (dims.has(CountDimension.JURISDICTION) || dims.has(CountDimension.STATE)) {
    joins.push(`JOIN jurisdictions j ON j.slug = p.jurisdiction_slug`);
  }
  if (dims.has(CountDimension.AGENCY_KIND)) {
    const only = criteria.agencyKinds ? ` AND a.kind = ANY(${params.add(criteria.agencyKinds, "text[]")})` : "";
    joins.push(`LEFT JOIN LATERAL (SELECT DISTINCT a.kind FROM batch_agencies ba JOIN agencies a ON a.slug = ba.agency_slug
                 WHERE ba.batch_id = p.id${only}) ak ON true`);
  }
  if (dims.has(CountDimension.OFFENSE_CATEGORY)) {
    // A batch listing no category still counts, under a null category, rather than vanishing from the grouping.
    const only = criteria.offenseCategories
      ? ` WHERE c = ANY(${params.add(criteria.offenseCategories, "text[]")})`
      : "";
    joins.push(`LEFT JOIN LATERAL (SELECT c AS category FROM unnest(CASE WHEN cardinality(p.offense_categories) = 0
                 THEN ARRAY[NULL]::text[] ELSE p.offense_categories END) c${only}) oc ON true`);
  }
  const selected = {
    period: column(CountDimension.PERIOD, "p.period"),
    jurisdiction: column(CountDimension.JURISDICTION, "p.jurisdiction_slug"),
    jName: column(CountDimension.JURISDICTION, "j.name"),
    jKind: column(CountDimension.JURISDICTION, "j.kind"),
    jState: column(CountDimension.JURISDICTION, "j.state::text"),
    jParent: column(CountDimension.JURISDICTION, "j.parent_slug"),
    state: column(CountDimension.STATE, "j.state::text"),
    outcome: column(CountDimension.OUTCOME, "p.outcome"),
    agencyKind: column(CountDimension.AGENCY_KIND, "ak.kind"),
    issuingComponent: column(CountDimension.ISSUING_COMPONENT, "p.issuing_component"),
    offenseCategory: column(CountDimension.OFFENSE_CATEGORY, "oc.category"),
  };
  for (const expression of Object.values(selected)) if (expression !== "NULL::text") keys.push(expression);

  const measures = `coalesce(sum(p.measure), 0) AS subpoenas,
      count(DISTINCT p.id) AS batches,
      count(DISTINCT p.id) FILTER (WHERE p.measure IS NULL) AS unknown_count_batches,
      count(DISTINCT p.id) FILTER (WHERE p.count_precision IN ('approximate', 'at_least')) AS inexact_count_batches`;
  const sql = `${withClause([...filter.ctes, parts])}
SELECT 'bucket' AS row_kind, ${selected.period} AS period, ${selected.jurisdiction} AS jurisdiction_slug,
       ${selected.jName} AS j_name, ${selected.jKind} AS j_kind, ${selected.jState} AS j_state,
       ${selected.jParent} AS j_parent_slug, ${selected.state} AS state, ${selected.outcome} AS outcome,
       ${selected.agencyKind} AS agency_kind, ${selected.issuingComponent} AS issuing_component,
       ${selected.offenseCategory} AS offense_category,
       ${measures},
       NULL::text AS first_period, NULL::text AS last_period, NULL::text[] AS unknown_slugs
  FROM parts p ${joins.join("\n  ")}
  ${keys.length > 0 ? `GROUP BY ${keys.join(", ")}` : ""}
UNION ALL
SELECT 'total', NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text,
       NULL::text, NULL::text, NULL::text,
       ${measures},
       min(p.period) FILTER (WHERE p.fine), max(p.period) FILTER (WHERE p.fine),
       ${filter.unknownSlugs}
  FROM parts p`;

  const rows = await q.query<CountRow[]>(sql, params.values);
  const totalRow = rows.find((r) => r.row_kind === "total");
  if (!totalRow) throw new Error("the counts statement returned no total row");
  checkUnknownSlugs(totalRow.unknown_slugs);

  let buckets = rows.filter((r) => r.row_kind === "bucket").map(toBucket);
  if (request.fillEmptyPeriods && dims.has(CountDimension.PERIOD)) {
    buckets = fillPeriods(buckets, request, totalRow, limits);
  }
  buckets.sort(compareBuckets(groupBy));
  return { buckets, total: toBucket(totalRow) };
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
