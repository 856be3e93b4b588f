import { trimToPrecision, type DatePrecision } from "@subpoena-tracker/domain";
import { checkJurisdictionExists } from "../jurisdictions/jurisdiction.service";
import { groupInKeyOrder, oneInKeyOrder, type Queryable } from "../shared/queryable";
import type { Policy } from "./policy.types";

interface PolicyRow {
  slug: string;
  jurisdiction_slug: string;
  name: string;
  citation: string | null;
  enacted_on: string | null;
  enacted_precision: DatePrecision | null;
  effective_on: string | null;
  effective_precision: DatePrecision | null;
  summary: string | null;
}

const COLUMNS = `p.slug, p.jurisdiction_slug, p.name, p.citation, p.enacted_on, p.enacted_precision, p.effective_on,
  p.effective_precision, p.summary`;

function toPolicy(row: PolicyRow): Policy {
  return {
    slug: row.slug,
    jurisdictionSlug: row.jurisdiction_slug,
    name: row.name,
    citation: row.citation,
    enactedOn: row.enacted_on && row.enacted_precision ? trimToPrecision(row.enacted_on, row.enacted_precision) : null,
    enactedPrecision: row.enacted_precision,
    effectiveOn:
      row.effective_on && row.effective_precision ? trimToPrecision(row.effective_on, row.effective_precision) : null,
    effectivePrecision: row.effective_precision,
    summary: row.summary,
  };
}

/** Policies in the order they were added; with a jurisdiction, those that apply to it (its own and its ancestors'). */
export async function listPolicies(q: Queryable, jurisdiction?: string | null): Promise<Policy[]> {
  if (jurisdiction) {
    const [policies] = await applicablePolicies(q, [jurisdiction]);
    if (policies.length === 0) await checkJurisdictionExists(q, jurisdiction);
    return policies;
  }
  const rows = await q.query<PolicyRow[]>(`SELECT ${COLUMNS} FROM policies p ORDER BY p.ordinal`);
  return rows.map(toPolicy);
}

export async function policiesBySlug(q: Queryable, slugs: readonly string[]): Promise<(Policy | null)[]> {
  const rows = await q.query<PolicyRow[]>(`SELECT ${COLUMNS} FROM policies p WHERE p.slug = ANY($1)`, [slugs]);
  return oneInKeyOrder(slugs, rows.map(toPolicy), (p) => p.slug);
}

/** Each jurisdiction's own policies. */
export async function policiesByJurisdiction(q: Queryable, slugs: readonly string[]): Promise<Policy[][]> {
  const rows = await q.query<PolicyRow[]>(
    `SELECT ${COLUMNS} FROM policies p WHERE p.jurisdiction_slug = ANY($1) ORDER BY p.ordinal`,
    [slugs],
  );
  return groupInKeyOrder(slugs, rows.map(toPolicy), (p) => p.jurisdictionSlug);
}

/**
 * The policies that apply in each jurisdiction: its own and those of every jurisdiction it lies in (a county sheriff
 * is bound by the state's sanctuary law). Nearest first, then in the order they were added.
 */
export async function applicablePolicies(q: Queryable, slugs: readonly string[]): Promise<Policy[][]> {
  const rows = await q.query<(PolicyRow & { start: string })[]>(
    `WITH RECURSIVE up(start, slug, depth) AS (
        SELECT j.slug, j.slug, 0 FROM jurisdictions j WHERE j.slug = ANY($1)
        UNION ALL
        SELECT up.start, j.parent_slug, up.depth + 1 FROM up JOIN jurisdictions j ON j.slug = up.slug
         WHERE j.parent_slug IS NOT NULL AND up.depth < 20)
      SELECT up.start, ${COLUMNS} FROM up JOIN policies p ON p.jurisdiction_slug = up.slug
       ORDER BY up.start, up.depth, p.ordinal`,
    [slugs],
  );
  return groupInKeyOrder(slugs, rows, (r) => r.start).map((group) => group.map(toPolicy));
}
