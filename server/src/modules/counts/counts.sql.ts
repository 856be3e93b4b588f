import type {
  AgencyKind,
  IssuingComponent,
  JurisdictionKind,
  OffenseCategory,
  Outcome,
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
}

export interface CountsQuery {
  criteria: BatchCriteria;
  groupBy: readonly CountDimension[];
  interval: Interval;
  /** Also find the first and last period with data (for filling empty periods). */
  periodRange: boolean;
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

/** Output columns of a dimension, in CountRow order, as [column, expression]. */
function dimensionColumns(dimension: CountDimension, interval: Interval): [string, string][] {
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
      return [["outcome", "bo.outcome"]];
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

/**
 * The counting statement on the base tables, in one pass over the matching batches.
 *
 * What a batch adds is `batches.counted_subpoenas` (its count, or when unknown the subpoenas its events report), so
 * every grouping gives the same total (docs/outcomes.md, "Totals"). With an outcome filter, a batch adds the parts
 * in the chosen outcomes. Grouped by single-valued dimensions only, one GROUP BY GROUPING SETS gives the buckets and
 * the total in one scan, without count(DISTINCT). Grouped by a multi-valued dimension (outcome, agency kind, offense
 * category), a batch can fall in several buckets, so the total is a second aggregate over the unexpanded batches
 * rather than a DISTINCT over the expanded rows.
 */
export function countsStatement(query: CountsQuery): { sql: string; values: unknown[] } {
  const { criteria, groupBy, interval } = query;
  const dims = new Set(groupBy);
  const params = new SqlParams();
  const filter = batchFilterSql(criteria, params, { outcomesByJoin: true });
  const outcomes = criteria.outcomes ? params.add(criteria.outcomes, "text[]") : null;
  const where = whereClause(filter.conditions);
  const fine = interval === Interval.YEAR ? "true" : `b.issued_precision <> 'year'`;
  const needsPlace = dims.has(CountDimension.JURISDICTION) || dims.has(CountDimension.STATE);
  const placeJoin = needsPlace ? `JOIN jurisdictions j ON j.slug = b.jurisdiction_slug` : "";

  // What one batch adds, given the outcome filter: all of it, or its parts in the chosen outcomes.
  const batchMeasure = outcomes
    ? {
        join: `JOIN LATERAL (SELECT sum(fo.subpoenas) AS subpoenas, bool_or(fo.subpoenas IS NULL) AS unknown
                  FROM batch_outcomes fo WHERE fo.batch_id = b.id AND fo.outcome = ANY(${outcomes})) m
                ON m.unknown IS NOT NULL`,
        subpoenas: "m.subpoenas",
        unknown: "m.unknown",
      }
    : { join: "", subpoenas: "b.counted_subpoenas", unknown: "b.subpoena_count IS NULL" };
  const measures = (subpoenas: string, unknown: string) =>
    `coalesce(sum(${subpoenas}), 0)::int AS subpoenas, count(*)::int AS batches,
       count(*) FILTER (WHERE ${unknown})::int AS unknown_count_batches,
       count(*) FILTER (WHERE b.count_precision IN ('approximate', 'at_least'))::int AS inexact_count_batches`;
  const range = query.periodRange
    ? `min(${periodSql(interval)}) FILTER (WHERE ${fine}) AS first_period,
       max(${periodSql(interval)}) FILTER (WHERE ${fine}) AS last_period`
    : `NULL::text AS first_period, NULL::text AS last_period`;

  const columns = new Map<string, string>();
  for (const dimension of groupBy)
    for (const [name, sql] of dimensionColumns(dimension, interval)) columns.set(name, sql);
  const keys = [...columns.values()];
  const select = (total: boolean) =>
    ALL_COLUMNS.map((name) => `${total || !columns.has(name) ? "NULL::text" : columns.get(name)} AS ${name}`).join(
      ", ",
    );

  const multiValued = groupBy.some((d) => MULTI_VALUED.has(d));
  if (!multiValued) {
    // Buckets and total in one scan. GROUPING() tells the total row (the empty grouping set) from the buckets.
    const kind = keys.length > 0 ? `CASE WHEN GROUPING(${keys[0]}) = 1 THEN 'total' ELSE 'bucket' END` : `'total'`;
    const sql = `${withClause(filter.ctes)}
SELECT ${kind} AS row_kind,
       ${ALL_COLUMNS.map((name) => `${columns.get(name) ?? "NULL::text"} AS ${name}`).join(", ")},
       ${measures(batchMeasure.subpoenas, batchMeasure.unknown)},
       ${range}, ${filter.unknownSlugs} AS unknown_slugs
  FROM batches b ${batchMeasure.join} ${placeJoin}
  ${where}
  ${keys.length > 0 ? `GROUP BY GROUPING SETS ((${keys.join(", ")}), ())` : ""}`;
    return { sql, values: params.values };
  }

  const expand: string[] = [];
  let part = batchMeasure;
  if (dims.has(CountDimension.OUTCOME)) {
    expand.push(`JOIN batch_outcomes bo ON bo.batch_id = b.id${outcomes ? ` AND bo.outcome = ANY(${outcomes})` : ""}`);
    part = { join: "", subpoenas: "bo.subpoenas", unknown: "bo.subpoenas IS NULL" };
  } else {
    expand.push(batchMeasure.join);
  }
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
  const sql = `${withClause(filter.ctes)}
SELECT 'bucket' AS row_kind, ${select(false)},
       ${measures(part.subpoenas, part.unknown)},
       NULL::text AS first_period, NULL::text AS last_period, NULL::text[] AS unknown_slugs
  FROM batches b ${placeJoin} ${expand.join("\n  ")}
  ${where}
 GROUP BY ${keys.join(", ")}
UNION ALL
SELECT 'total', ${select(true)},
       ${measures(batchMeasure.subpoenas, batchMeasure.unknown)},
       ${range}, ${filter.unknownSlugs}
  FROM batches b ${batchMeasure.join}
  ${where}`;
  return { sql, values: params.values };
}
