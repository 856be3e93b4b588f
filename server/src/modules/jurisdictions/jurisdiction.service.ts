import type { JurisdictionKind } from "@subpoena-tracker/domain";
import { NotFoundError } from "../../schema/errors";
import { groupInKeyOrder, oneInKeyOrder, type Queryable } from "../shared/queryable";
import type { Jurisdiction } from "./jurisdiction.types";

interface JurisdictionRow {
  slug: string;
  name: string;
  kind: JurisdictionKind;
  state: string | null;
  parent_slug: string | null;
  county_fips: string | null;
}

const COLUMNS = `j.slug, j.name, j.kind, j.state, j.parent_slug, j.county_fips`;

export function toJurisdiction(row: JurisdictionRow): Jurisdiction {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    state: row.state,
    parentSlug: row.parent_slug,
    countyFips: row.county_fips,
  };
}

export interface JurisdictionQuery {
  kinds?: JurisdictionKind[] | null;
  states?: string[] | null;
}

/** Every jurisdiction, states first and then in the order they were added (parents before children). */
export async function listJurisdictions(q: Queryable, query: JurisdictionQuery = {}): Promise<Jurisdiction[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (query.kinds?.length) {
    params.push(query.kinds);
    conditions.push(`j.kind = ANY($${params.length}::text[])`);
  }
  if (query.states?.length) {
    params.push(query.states.map((s) => s.toUpperCase()));
    conditions.push(`j.state::text = ANY($${params.length}::text[])`);
  }
  const rows = await q.query<JurisdictionRow[]>(
    `SELECT ${COLUMNS} FROM jurisdictions j ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}
      ORDER BY j.ordinal`,
    params,
  );
  return rows.map(toJurisdiction);
}

export async function getJurisdiction(q: Queryable, slug: string): Promise<Jurisdiction> {
  const [found] = await jurisdictionsBySlug(q, [slug]);
  if (!found) throw new NotFoundError(`No jurisdiction has slug "${slug}". The jurisdictions query lists every slug.`);
  return found;
}

/** An empty list for an unknown slug would read as "none here": say instead that the slug does not exist. */
export async function checkJurisdictionExists(q: Queryable, slug: string): Promise<void> {
  await getJurisdiction(q, slug);
}

export async function jurisdictionsBySlug(q: Queryable, slugs: readonly string[]): Promise<(Jurisdiction | null)[]> {
  const rows = await q.query<JurisdictionRow[]>(`SELECT ${COLUMNS} FROM jurisdictions j WHERE j.slug = ANY($1)`, [
    slugs,
  ]);
  return oneInKeyOrder(slugs, rows.map(toJurisdiction), (j) => j.slug);
}

export async function childrenOf(q: Queryable, parents: readonly string[]): Promise<Jurisdiction[][]> {
  const rows = await q.query<JurisdictionRow[]>(
    `SELECT ${COLUMNS} FROM jurisdictions j WHERE j.parent_slug = ANY($1) ORDER BY j.name`,
    [parents],
  );
  return groupInKeyOrder(parents, rows.map(toJurisdiction), (j) => j.parentSlug ?? "");
}

/** Each jurisdiction's ancestors, nearest first (a city's county, then its state). */
export async function ancestorsOf(q: Queryable, slugs: readonly string[]): Promise<Jurisdiction[][]> {
  const rows = await q.query<(JurisdictionRow & { start: string; depth: number })[]>(
    `WITH RECURSIVE up(start, slug, depth) AS (
        SELECT j.slug, j.parent_slug, 1 FROM jurisdictions j WHERE j.slug = ANY($1) AND j.parent_slug IS NOT NULL
        UNION ALL
        SELECT up.start, p.parent_slug, up.depth + 1 FROM up JOIN jurisdictions p ON p.slug = up.slug
         WHERE p.parent_slug IS NOT NULL AND up.depth < 20)
      SELECT up.start, up.depth, ${COLUMNS} FROM up JOIN jurisdictions j ON j.slug = up.slug ORDER BY up.start, up.depth`,
    [slugs],
  );
  return groupInKeyOrder(slugs, rows, (r) => r.start).map((group) => group.map(toJurisdiction));
}
