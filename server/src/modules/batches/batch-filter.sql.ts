import type { BatchCriteria } from "./batch-criteria";

/** Collects the parameters of one statement and hands out their placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ""}`;
  }
}

/** The SQL a filter turns into, for a statement whose batches are aliased `b`. */
export interface FilterSql {
  /** Common table expressions to put after WITH RECURSIVE (the jurisdiction scope); may be empty. */
  ctes: string[];
  /** Conditions on `b`, to be joined with AND. */
  conditions: string[];
  /** An expression giving the requested slugs that do not exist, as text[] of "argument:slug" (read them with
   * `checkUnknownSlugs`), so one statement can both answer and tell a typo from an empty result. */
  unknownSlugs: string;
}

/** Filter arguments that take slugs, and the table their slugs must be found in. */
export type SlugArgument = "jurisdictions" | "agencies" | "agencyJurisdictions" | "excludeJurisdictions";

/** Last day of the period a batch's issue date stands for. Plain date arithmetic: no time zone can move it. */
export const ISSUED_END_SQL = `(b.issued_on + CASE b.issued_precision WHEN 'year' THEN interval '1 year'
  WHEN 'month' THEN interval '1 month' ELSE interval '1 day' END - interval '1 day')::date`;

/**
 * Builds the WHERE conditions of a filter. Outcome conditions are left out when `outcomesByJoin` is set: counting
 * joins batch_outcomes and filters the parts themselves, so that only the matching parts are counted.
 */
export function batchFilterSql(
  c: BatchCriteria,
  params: SqlParams,
  options: { outcomesByJoin?: boolean; onRollups?: boolean } = {},
): FilterSql {
  const ctes: string[] = [];
  // Withdrawn batches keep their rows and history but are no longer part of the data. The count rollups hold only
  // batches that are not withdrawn (count-rollup.ts), and have no such column.
  const conditions: string[] = options.onRollups ? [] : ["b.withdrawn_at IS NULL"];
  const unknown: string[] = [];
  /** The slugs as a parameter, noting those missing from `table` under the argument's name. */
  const slugs = (values: string[], argument: SlugArgument, table: "jurisdictions" | "agencies"): string => {
    const p = params.add(values, "text[]");
    unknown.push(
      `ARRAY(SELECT '${argument}:' || s FROM unnest(${p}) s WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE slug = s))`,
    );
    return p;
  };
  // Everything inside the given jurisdictions, at any depth. UNION (not UNION ALL) stops at rows already seen, so
  // even a cycle in parent links could not make it run forever.
  const scopeCte = (name: string, p: string): void => {
    ctes.push(`${name}(slug) AS (
        SELECT slug FROM jurisdictions WHERE slug = ANY(${p})
        UNION
        SELECT child.slug FROM jurisdictions child JOIN ${name} ON child.parent_slug = ${name}.slug)`);
  };
  if (c.jurisdictions) {
    scopeCte("scope", slugs(c.jurisdictions, "jurisdictions", "jurisdictions"));
    conditions.push(`b.jurisdiction_slug IN (SELECT slug FROM scope)`);
  }
  if (c.excludeJurisdictions) {
    scopeCte("excluded_scope", slugs(c.excludeJurisdictions, "excludeJurisdictions", "jurisdictions"));
    conditions.push(`b.jurisdiction_slug NOT IN (SELECT slug FROM excluded_scope)`);
  }
  if (c.agencies) {
    conditions.push(`EXISTS (SELECT 1 FROM batch_agencies fba
                      WHERE fba.batch_id = b.id AND fba.agency_slug = ANY(${slugs(c.agencies, "agencies", "agencies")}))`);
  }
  if (c.agencyJurisdictions) {
    scopeCte("agency_scope", slugs(c.agencyJurisdictions, "agencyJurisdictions", "jurisdictions"));
    conditions.push(`EXISTS (SELECT 1 FROM batch_agencies fba JOIN agencies fa ON fa.slug = fba.agency_slug
                      WHERE fba.batch_id = b.id AND fa.jurisdiction_slug IN (SELECT slug FROM agency_scope))`);
  }
  if (c.states) {
    conditions.push(
      `b.jurisdiction_slug IN (SELECT slug FROM jurisdictions WHERE state::text = ANY(${params.add(c.states, "text[]")}))`,
    );
  }
  if (c.outcomes && !options.outcomesByJoin) {
    conditions.push(
      `EXISTS (SELECT 1 FROM batch_outcomes fo WHERE fo.batch_id = b.id AND fo.outcome = ANY(${params.add(c.outcomes, "text[]")}))`,
    );
  }
  if (c.issuedFromDay) conditions.push(`b.issued_on >= ${params.add(c.issuedFromDay, "date")}`);
  if (c.issuedToDay) {
    // A batch ends where its period ends, never before it starts: the first bound is implied by the second, but it
    // is the one an index on issued_on can use, so a one-year range reads one year of rows, not every later one.
    const to = params.add(c.issuedToDay, "date");
    conditions.push(`b.issued_on <= ${to}`, `${ISSUED_END_SQL} <= ${to}`);
  }
  if (c.agencyKinds) {
    conditions.push(`EXISTS (SELECT 1 FROM batch_agencies fba JOIN agencies fa ON fa.slug = fba.agency_slug
                      WHERE fba.batch_id = b.id AND fa.kind = ANY(${params.add(c.agencyKinds, "text[]")}))`);
  }
  if (c.issuingComponents) conditions.push(`b.issuing_component = ANY(${params.add(c.issuingComponents, "text[]")})`);
  if (c.offenseCategories) conditions.push(`b.offense_categories && ${params.add(c.offenseCategories, "text[]")}`);
  const unknownSlugs = unknown.length === 0 ? `ARRAY[]::text[]` : unknown.join(" || ");
  return { ctes, conditions, unknownSlugs };
}

export function withClause(ctes: string[]): string {
  return ctes.length === 0 ? "" : `WITH RECURSIVE ${ctes.join(",\n")}\n`;
}

export function whereClause(conditions: string[]): string {
  return conditions.length === 0 ? "" : `WHERE ${conditions.join("\n  AND ")}`;
}
