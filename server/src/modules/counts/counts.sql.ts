import {
  AGENCY_KINDS,
  ISSUING_COMPONENTS,
  OFFENSE_CATEGORIES,
  OUTCOMES,
  type AgencyKind,
  type IssuingComponent,
  type JurisdictionKind,
  type OffenseCategory,
  type Outcome,
} from "@subpoena-tracker/domain";
import type { BatchCriteria } from "../batches/batch-criteria";
import { batchFilterSql, SqlParams, whereClause, withClause } from "../batches/batch-filter.sql";
import { CountDimension, Interval } from "./counts.types";

/** A row of the counting statement: one bucket, or the total (which also carries the period range and bad slugs). */
export interface CountRow {
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
  /** With `top`: true for a bucket summing, in its period, every series beyond the top. */
  other?: boolean;
  /** With `top`, on the total row: how many series were summed into the `other` buckets. */
  other_series?: number | null;
}

export interface CountsQuery {
  criteria: BatchCriteria;
  groupBy: readonly CountDimension[];
  interval: Interval;
  /** Also find the first and last period with data (for filling empty periods). */
  periodRange: boolean;
  /** Keep the top N series (the keys other than PERIOD) and sum the rest, per period, into `other` rows. */
  top?: number | null;
}

/**
 * The period label of a batch, computed from the `date` column with to_char (so no time zone is involved), and the
 * same as the domain's bucketPartialDate: a date coarser than the interval keeps its own precision.
 */
export function periodSql(interval: Interval, alias = "b"): string {
  switch (interval) {
    case Interval.YEAR:
      return `to_char(${alias}.issued_on, 'YYYY')`;
    case Interval.QUARTER:
      return `CASE WHEN ${alias}.issued_precision = 'year' THEN to_char(${alias}.issued_on, 'YYYY') ELSE to_char(${alias}.issued_on, 'YYYY-"Q"Q') END`;
    case Interval.MONTH:
      return `CASE WHEN ${alias}.issued_precision = 'year' THEN to_char(${alias}.issued_on, 'YYYY') ELSE to_char(${alias}.issued_on, 'YYYY-MM') END`;
  }
}

/** Dimensions under which one batch can fall in several buckets: counting them joins one row per value. */
const MULTI_VALUED = new Set([CountDimension.OUTCOME, CountDimension.AGENCY_KIND, CountDimension.OFFENSE_CATEGORY]);

/** Dimensions the rollups keep. */
const IN_ROLLUPS = new Set([
  CountDimension.PERIOD,
  CountDimension.JURISDICTION,
  CountDimension.STATE,
  CountDimension.ISSUING_COMPONENT,
  CountDimension.OUTCOME,
]);

/** A bound given as a year or a month: the rollups keep months, so they cannot tell days apart. */
const COARSE_BOUND = /^\d{4}(-\d{2})?$/;

/**
 * Whether the rollups answer this exactly, bucket for bucket and in the total: only dimensions and filters they keep,
 * date bounds no finer than a month, and at most one outcome in the filter (with several, a batch split between
 * them would have to be counted once in the total, which needs its parts).
 */
export function rollupsCanAnswer(query: CountsQuery): boolean {
  const c = query.criteria;
  return (
    query.groupBy.every((d) => IN_ROLLUPS.has(d)) &&
    c.agencies === null &&
    c.agencyJurisdictions === null &&
    c.agencyKinds === null &&
    c.offenseCategories === null &&
    (c.outcomes === null || c.outcomes.length === 1) &&
    (c.issuedFrom === null || COARSE_BOUND.test(c.issuedFrom)) &&
    (c.issuedTo === null || COARSE_BOUND.test(c.issuedTo))
  );
}

/** Output columns of a dimension, in CountRow order, as [column, expression]. */
function dimensionColumns(dimension: CountDimension, interval: Interval, outcome: string): [string, string][] {
  switch (dimension) {
    case CountDimension.PERIOD:
      return [["period", periodSql(interval)]];
    case CountDimension.JURISDICTION:
      return [
        ["jurisdiction_slug", "j.slug"],
        ["j_name", "j.name"],
        ["j_kind", "j.kind"],
        ["j_state", "j.state::text"],
        ["j_parent_slug", "j.parent_slug"],
      ];
    case CountDimension.STATE:
      return [["state", "j.state::text"]];
    case CountDimension.OUTCOME:
      return [["outcome", outcome]];
    case CountDimension.AGENCY_KIND:
      return [["agency_kind", "ak.kind"]];
    case CountDimension.ISSUING_COMPONENT:
      return [["issuing_component", "b.issuing_component"]];
    case CountDimension.OFFENSE_CATEGORY:
      return [["offense_category", "oc.category"]];
  }
}

const ALL_COLUMNS = [
  "period",
  "jurisdiction_slug",
  "j_name",
  "j_kind",
  "j_state",
  "j_parent_slug",
  "state",
  "outcome",
  "agency_kind",
  "issuing_component",
  "offense_category",
];

/** Where rows come from (aliased `b`, with the batch columns filters use) and how they add up. */
interface RowSource {
  from: string;
  /** Extra conditions on the rows themselves. */
  where: string[];
  /** `from` applies the filter's conditions itself. */
  filtered?: boolean;
  subpoenas: string;
  batches: string;
  unknown: string;
  inexact: string;
  /** Rows that hold something: rollup rows can fall to zero and stay. */
  present: string | null;
}

const INEXACT = `b.count_precision IN ('approximate', 'at_least')`;

/** The batch columns counting reads outside the filter: periods, places, components, precision, categories. */
const BATCH_COUNT_COLUMNS = [
  "id",
  "issued_on",
  "issued_precision",
  "jurisdiction_slug",
  "issuing_component",
  "count_precision",
  "subpoena_count",
  "counted_subpoenas",
  "offense_categories",
]
  .map((c) => `b.${c}`)
  .join(", ");

function baseSource(from: string, subpoenas: string, unknown: string): RowSource {
  return {
    from,
    where: [],
    subpoenas: `coalesce(sum(${subpoenas}), 0)::int`,
    batches: "count(*)::int",
    unknown: `count(*) FILTER (WHERE ${unknown})::int`,
    inexact: `count(*) FILTER (WHERE ${INEXACT})::int`,
    present: null,
  };
}

function rollupSource(table: string, where: string[] = []): RowSource {
  return {
    from: `${table} b`,
    where,
    subpoenas: "coalesce(sum(b.subpoenas), 0)::int",
    batches: "coalesce(sum(b.batches), 0)::int",
    unknown: "coalesce(sum(b.unknown_batches), 0)::int",
    inexact: "coalesce(sum(b.inexact_batches), 0)::int",
    present: "b.batches <> 0",
  };
}

/**
 * The counting statement, in one pass over the matching rows: the batches themselves, or the rollups when
 * `rollupsCanAnswer` (the same SQL shape over fewer rows; the rollups have the batch columns filters use).
 *
 * What a batch adds is `batches.counted_subpoenas` (its count, or when unknown the subpoenas its events report), so
 * every grouping gives the same total (docs/outcomes.md, "Totals"). With an outcome filter, a batch adds its parts
 * in the chosen outcomes. Grouped by single-valued dimensions only, one GROUP BY GROUPING SETS gives the buckets and
 * the total in one scan, without count(DISTINCT). Grouped by a multi-valued dimension (outcome, agency kind, offense
 * category), a batch can fall in several buckets, so the total is a second aggregate over the unexpanded batches
 * rather than a DISTINCT over the expanded rows.
 */
export function countsStatement(query: CountsQuery, useRollups: boolean): { sql: string; values: unknown[] } {
  const params = new SqlParams();
  const counting = countingSql(query, useRollups, params);
  const seriesDims = query.groupBy.filter((d) => d !== CountDimension.PERIOD);
  const sql =
    query.top === undefined || query.top === null || seriesDims.length === 0
      ? counting
      : foldTopSql(counting, seriesDims, params.add(query.top, "int"), params);
  return { sql, values: params.values };
}

function countingSql(query: CountsQuery, useRollups: boolean, params: SqlParams): string {
  const { criteria, groupBy, interval } = query;
  const dims = new Set(groupBy);
  const filter = batchFilterSql(criteria, params, { outcomesByJoin: true, onRollups: useRollups });
  const outcomes = criteria.outcomes ? params.add(criteria.outcomes, "text[]") : null;
  const fine = interval === Interval.YEAR ? "true" : `b.issued_precision <> 'year'`;
  const needsPlace = dims.has(CountDimension.JURISDICTION) || dims.has(CountDimension.STATE);
  const placeJoin = needsPlace ? `JOIN jurisdictions j ON j.slug = b.jurisdiction_slug` : "";

  // What one batch adds, given the outcome filter (all of it, or its parts in the chosen outcomes), and what each
  // outcome part adds when grouping by outcome.
  let batchRows: RowSource;
  let partRows: RowSource;
  if (useRollups) {
    const oneOutcome = outcomes ? [`b.outcome = ANY(${outcomes})`] : [];
    batchRows = outcomes ? rollupSource("count_rollup_parts", oneOutcome) : rollupSource("count_rollup_batches");
    partRows = rollupSource("count_rollup_parts", oneOutcome);
  } else {
    // With an outcome filter, each matching batch with its parts in the chosen outcomes added up: one join of the
    // filtered batches with those parts, grouped by batch, which the planner can run as one pass (a hash or merge
    // join) over a million batches as well as by index for a few. (A LATERAL aggregate per batch was probed once
    // per batch: 13.5 s at 1M, docs/performance.md.) Grouped by the key, the batch's other columns come along.
    batchRows = outcomes
      ? {
          ...baseSource(
            `(SELECT ${BATCH_COUNT_COLUMNS}, sum(fo.subpoenas) AS subpoenas_in, bool_or(fo.subpoenas IS NULL) AS unknown_in
                FROM batches b JOIN batch_outcomes fo ON fo.batch_id = b.id AND fo.outcome = ANY(${outcomes})
                ${whereClause(filter.conditions)}
               GROUP BY b.id) b`,
            "b.subpoenas_in",
            "b.unknown_in",
          ),
          filtered: true,
        }
      : baseSource("batches b", "b.counted_subpoenas", "b.subpoena_count IS NULL");
    partRows = baseSource(
      `batches b JOIN batch_outcomes bo ON bo.batch_id = b.id${outcomes ? ` AND bo.outcome = ANY(${outcomes})` : ""}`,
      "bo.subpoenas",
      "bo.subpoenas IS NULL",
    );
  }
  const measures = (rows: RowSource) =>
    `${rows.subpoenas} AS subpoenas, ${rows.batches} AS batches, ${rows.unknown} AS unknown_count_batches,
       ${rows.inexact} AS inexact_count_batches`;
  const range = (rows: RowSource) => {
    if (!query.periodRange) return `NULL::text AS first_period, NULL::text AS last_period`;
    const held = [fine, ...(rows.present ? [rows.present] : [])].join(" AND ");
    return `min(${periodSql(interval)}) FILTER (WHERE ${held}) AS first_period,
       max(${periodSql(interval)}) FILTER (WHERE ${held}) AS last_period`;
  };
  const where = (rows: RowSource) => whereClause([...(rows.filtered ? [] : filter.conditions), ...rows.where]);

  const columns = new Map<string, string>();
  const outcomeColumn = useRollups ? "b.outcome" : "bo.outcome";
  for (const dimension of groupBy) {
    for (const [name, sql] of dimensionColumns(dimension, interval, outcomeColumn)) columns.set(name, sql);
  }
  const keys = [...columns.values()];
  const select = (total: boolean) =>
    ALL_COLUMNS.map((name) => `${total || !columns.has(name) ? "NULL::text" : columns.get(name)} AS ${name}`).join(
      ", ",
    );

  // With one outcome in the filter, a batch has at most one part that matches: its parts count like batches.
  const expands = groupBy.some((d) => MULTI_VALUED.has(d)) && !(useRollups && outcomes);
  if (!expands) {
    const rows = dims.has(CountDimension.OUTCOME) ? partRows : batchRows;
    // Buckets and total in one scan. GROUPING() tells the total row (the empty grouping set) from the buckets.
    const isTotal = keys.length > 0 ? `GROUPING(${keys[0]}) = 1` : "true";
    const having = keys.length > 0 && rows.present ? `HAVING ${isTotal} OR ${rows.batches} <> 0` : "";
    return `${withClause(filter.ctes)}
SELECT CASE WHEN ${isTotal} THEN 'total' ELSE 'bucket' END AS row_kind,
       ${ALL_COLUMNS.map((name) => `${columns.get(name) ?? "NULL::text"} AS ${name}`).join(", ")},
       ${measures(rows)}, ${range(rows)}, ${filter.unknownSlugs} AS unknown_slugs
  FROM ${rows.from} ${placeJoin}
  ${where(rows)}
  ${keys.length > 0 ? `GROUP BY GROUPING SETS ((${keys.join(", ")}), ())` : ""}
  ${having}`;
  }

  const expand: string[] = [];
  let rows = batchRows;
  if (dims.has(CountDimension.OUTCOME)) rows = partRows;
  if (dims.has(CountDimension.AGENCY_KIND)) {
    const only = criteria.agencyKinds ? ` AND a.kind = ANY(${params.add(criteria.agencyKinds, "text[]")})` : "";
    expand.push(`LEFT JOIN LATERAL (SELECT DISTINCT a.kind FROM batch_agencies ba JOIN agencies a ON a.slug = ba.agency_slug
                 WHERE ba.batch_id = b.id${only}) ak ON true`);
  }
  if (dims.has(CountDimension.OFFENSE_CATEGORY)) {
    // A batch listing no category still counts, under a null category, rather than vanishing from the grouping.
    const only = criteria.offenseCategories
      ? ` WHERE c = ANY(${params.add(criteria.offenseCategories, "text[]")})`
      : "";
    expand.push(`LEFT JOIN LATERAL (SELECT c AS category FROM unnest(CASE WHEN cardinality(b.offense_categories) = 0
                 THEN ARRAY[NULL]::text[] ELSE b.offense_categories END) c${only}) oc ON true`);
  }
  return `${withClause(filter.ctes)}
SELECT 'bucket' AS row_kind, ${select(false)}, ${measures(rows)},
       NULL::text AS first_period, NULL::text AS last_period, NULL::text[] AS unknown_slugs
  FROM ${rows.from} ${placeJoin} ${expand.join("\n  ")}
  ${where(rows)}
 GROUP BY ${keys.join(", ")}
 ${rows.present ? `HAVING ${rows.batches} <> 0` : ""}
UNION ALL
SELECT 'total', ${select(true)}, ${measures(batchRows)}, ${range(batchRows)}, ${filter.unknownSlugs}
  FROM ${batchRows.from}
  ${where(batchRows)}`;
}

/** The column naming a series dimension's value in a counted row, and how the series rank by it (nulls last). */
function seriesKeyColumn(dimension: CountDimension, params: SqlParams): { column: string; order: string } {
  // The same order as compareBuckets (counts.service.ts): slugs and state codes by code unit, which for their ASCII
  // is the "C" collation; enums in the schema's order.
  const byRank = (column: string, values: readonly string[]) => ({
    column,
    order: `array_position(${params.add(values, "text[]")}, ${column}::text)`,
  });
  switch (dimension) {
    case CountDimension.JURISDICTION:
      return { column: "jurisdiction_slug", order: `jurisdiction_slug COLLATE "C"` };
    case CountDimension.STATE:
      return { column: "state", order: `state COLLATE "C"` };
    case CountDimension.OUTCOME:
      return byRank("outcome", OUTCOMES);
    case CountDimension.AGENCY_KIND:
      return byRank("agency_kind", AGENCY_KINDS);
    case CountDimension.ISSUING_COMPONENT:
      return byRank("issuing_component", ISSUING_COMPONENTS);
    case CountDimension.OFFENSE_CATEGORY:
      return byRank("offense_category", OFFENSE_CATEGORIES);
    case CountDimension.PERIOD:
      throw new Error("PERIOD does not name a series");
  }
}

/**
 * Top-N folded in the statement itself (issue 12: at 1M, month x jurisdiction is 338,000 buckets, which a chart of 7
 * places should not wait for nor hold). The series (the combinations of the keys other than PERIOD) rank as the
 * charts rank them: a series with a null key last, then by subpoenas, batches of unknown size and batches (more
 * first), then by the keys' own order. The buckets of the top `top` series are kept as they are; every other bucket
 * is summed, period by period, into one row marked `other`; the total row says how many series were folded.
 * Nothing is folded when there are no more series than `top`.
 */
function foldTopSql(counting: string, seriesDims: readonly CountDimension[], top: string, params: SqlParams): string {
  const keys = seriesDims.map((d) => seriesKeyColumn(d, params));
  const columns = keys.map((k) => k.column);
  const hasNull = columns.map((c) => `${c} IS NULL`).join(" OR ");
  // Hashable equality that also matches nulls (IS NOT DISTINCT FROM would join 338,000 rows by nested loop).
  const sameSeries = columns
    .map((c) => `coalesce(c.${c}::text, '') = coalesce(s.${c}::text, '') AND (c.${c} IS NULL) = (s.${c} IS NULL)`)
    .join(" AND ");
  const plain = ALL_COLUMNS.join(", ");
  const blank = ALL_COLUMNS.map((c) => (c === "period" ? "period" : `NULL::text AS ${c}`)).join(", ");
  const figures = `subpoenas, batches, unknown_count_batches, inexact_count_batches`;
  return `WITH counted AS (
${counting}
),
series AS (
  SELECT ${columns.join(", ")}, row_number() OVER (ORDER BY (${hasNull}), sum(subpoenas) DESC,
         sum(unknown_count_batches) DESC, sum(batches) DESC, ${keys.map((k) => k.order).join(", ")}) AS rank
    FROM counted WHERE row_kind = 'bucket'
   GROUP BY ${columns.join(", ")}
  HAVING sum(batches) <> 0 OR sum(subpoenas) <> 0
),
folds AS (SELECT count(*) > ${top} AS folds, greatest(count(*) - ${top}, 0)::int AS other_series FROM series),
placed AS (
  SELECT c.*, (f.folds AND (s.rank IS NULL OR s.rank > ${top})) AS other
    FROM counted c CROSS JOIN folds f LEFT JOIN series s ON ${sameSeries}
   WHERE c.row_kind = 'bucket'
)
SELECT row_kind, ${plain}, ${figures}, first_period, last_period, unknown_slugs, false AS other,
       NULL::int AS other_series
  FROM placed WHERE NOT other
UNION ALL
SELECT 'bucket', ${blank}, sum(subpoenas)::int, sum(batches)::int, sum(unknown_count_batches)::int,
       sum(inexact_count_batches)::int, NULL::text, NULL::text, NULL::text[], true, NULL::int
  FROM placed WHERE other
 GROUP BY period
UNION ALL
SELECT row_kind, ${plain}, ${figures}, first_period, last_period, unknown_slugs, false, f.other_series
  FROM counted CROSS JOIN folds f WHERE row_kind = 'total'`;
}
