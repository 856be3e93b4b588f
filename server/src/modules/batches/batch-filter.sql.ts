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
  /** An expression giving the requested jurisdiction slugs that do not exist (text[]), so one statement can both
   * answer and tell a typo from an empty result. */
  unknownJurisdictions: string;
}

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
  options: { outcomesByJoin?: boolean } = {},
): FilterSql {
  const ctes: string[] = [];
  const conditions: string[] = [];
  let unknownJurisdictions = `ARRAY[]::text[]`;
  if (c.jurisdictions) {
    const slugs = params.add(c.jurisdictions, "text[]");
    // Everything inside the requested jurisdictions, at any depth. UNION (not UNION ALL) stops at rows already seen,
    // so even a cycle in parent links could not make it run forever.
    ctes.push(`scope(slug) AS (
        SELECT slug FROM jurisdictions WHERE slug = ANY(${slugs})
        UNION
        SELECT child.slug FROM jurisdictions child JOIN scope ON child.parent_slug = scope.slug)`);
    conditions.push(`b.jurisdiction_slug IN (SELECT slug FROM scope)`);
    unknownJurisdictions = `ARRAY(SELECT s FROM unnest(${slugs}) s WHERE NOT EXISTS (SELECT 1 FROM jurisdictions WHERE slug = s))`;
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
  if (c.issuedToDay) conditions.push(`${ISSUED_END_SQL} <= ${params.add(c.issuedToDay, "date")}`);
  if (c.agencyKinds) {
    conditions.push(`EXISTS (SELECT 1 FROM batch_agencies fba JOIN agencies fa ON fa.slug = fba.agency_slug
                      WHERE fba.batch_id = b.id AND fa.kind = ANY(${params.add(c.agencyKinds, "text[]")}))`);
  }
  if (c.issuingComponents) conditions.push(`b.issuing_component = ANY(${params.add(c.issuingComponents, "text[]")})`);
  if (c.offenseCategories) conditions.push(`b.offense_categories && ${params.add(c.offenseCategories, "text[]")}`);
  return { ctes, conditions, unknownJurisdictions };
}

export function withClause(ctes: string[]): string {
  return ctes.length === 0 ? "" : `WITH RECURSIVE ${ctes.join(",\n")}\n`;
}

export function whereClause(conditions: string[]): string {
  return conditions.length === 0 ? "" : `WHERE ${conditions.join("\n  AND ")}`;
}
