import type { BatchCriteria } from "../batches/batch-criteria";
import { batchFilterSql, SqlParams, whereClause, withClause } from "../batches/batch-filter.sql";
import { checkUnknownSlugs } from "../batches/batch.service";
import type { Queryable } from "../shared/queryable";
import type { FacetCounts } from "./record-table";

/** The facets of the batches browser, each a text[] expression over a batch `b`. */
const BATCH_FACETS: { field: string; description: string; values: string }[] = [
  {
    field: "state",
    description: "The state the batch was served in (two-letter code).",
    values: "ARRAY[(SELECT fj.state::text FROM jurisdictions fj WHERE fj.slug = b.jurisdiction_slug)]",
  },
  {
    field: "outcome",
    description: "Derived outcomes of the batch's parts (Outcome): a batch split two ways counts under both.",
    values: "ARRAY(SELECT fo.outcome FROM batch_outcomes fo WHERE fo.batch_id = b.id)",
  },
  {
    field: "issuingComponent",
    description: "The part of ICE that issued it (IssuingComponent); batches where it was not reported are left out.",
    values: "ARRAY[b.issuing_component]",
  },
  {
    field: "year",
    description: "The year it was issued. Every issue date, even one known only to the year, has a year.",
    values: "ARRAY[to_char(b.issued_on, 'YYYY')]",
  },
];

/**
 * How many of the batches matching a filter have each state, outcome, issuing component and year: the facets of the
 * records browser. Counts are of batches, not subpoenas. One statement.
 */
export async function countBatchFacets(q: Queryable, criteria: BatchCriteria): Promise<FacetCounts[]> {
  const params = new SqlParams();
  const filter = batchFilterSql(criteria, params);
  const rows = await q.query<{ field: string | null; value: string | null; count: number; unknown_slugs: string[] }[]>(
    `${withClause([...filter.ctes, `matched AS (SELECT b.* FROM batches b ${whereClause(filter.conditions)})`])}
     SELECT m.unknown_slugs, f.field, f.value, f.count FROM (SELECT ${filter.unknownSlugs} AS unknown_slugs) m
     LEFT JOIN LATERAL (
       SELECT v.field, v.value, count(*)::int AS count FROM (
         ${BATCH_FACETS.map(
           (f) => `SELECT DISTINCT ${params.add(f.field, "text")} AS field, v AS value, b.id
                     FROM matched b CROSS JOIN LATERAL unnest(${f.values}) v`,
         ).join("\nUNION ALL\n")}
       ) v WHERE v.value IS NOT NULL GROUP BY v.field, v.value) f ON true
     ORDER BY f.field, f.count DESC, f.value COLLATE "C"`,
    params.values,
  );
  checkUnknownSlugs(rows[0]?.unknown_slugs);
  return BATCH_FACETS.map((f) => ({
    field: f.field,
    description: f.description,
    values: rows
      .filter((r) => r.field === f.field && r.value !== null)
      .map((r) => ({ value: r.value as string, count: r.count })),
  }));
}
