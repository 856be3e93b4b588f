import type { AgencyKind } from "@subpoena-tracker/domain";
import { checkJurisdictionExists } from "../jurisdictions/jurisdiction.service";
import { groupInKeyOrder, oneInKeyOrder, type Queryable } from "../shared/queryable";
import type { Agency } from "./agency.types";

export interface AgencyRow {
  slug: string;
  name: string;
  kind: AgencyKind;
  jurisdiction_slug: string;
}

export const AGENCY_COLUMNS = `a.slug, a.name, a.kind, a.jurisdiction_slug`;

export function toAgency(row: AgencyRow): Agency {
  return { slug: row.slug, name: row.name, kind: row.kind, jurisdictionSlug: row.jurisdiction_slug };
}

export interface AgencyQuery {
  /** A jurisdiction slug: agencies of it and of everything inside it. */
  jurisdiction?: string | null;
  kinds?: AgencyKind[] | null;
}

export async function listAgencies(q: Queryable, query: AgencyQuery = {}): Promise<Agency[]> {
  const params: unknown[] = [];
  const conditions: string[] = [];
  let scope = "";
  if (query.jurisdiction) {
    params.push(query.jurisdiction);
    scope = `WITH RECURSIVE scope(slug) AS (
        SELECT slug FROM jurisdictions WHERE slug = $${params.length}
        UNION SELECT c.slug FROM jurisdictions c JOIN scope ON c.parent_slug = scope.slug)`;
    conditions.push(`a.jurisdiction_slug IN (SELECT slug FROM scope)`);
  }
  if (query.kinds?.length) {
    params.push(query.kinds);
    conditions.push(`a.kind = ANY($${params.length}::text[])`);
  }
  const rows = await q.query<AgencyRow[]>(
    `${scope} SELECT ${AGENCY_COLUMNS} FROM agencies a ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""} ORDER BY a.name`,
    params,
  );
  if (rows.length === 0 && query.jurisdiction) await checkJurisdictionExists(q, query.jurisdiction);
  return rows.map(toAgency);
}

export async function agenciesBySlug(q: Queryable, slugs: readonly string[]): Promise<(Agency | null)[]> {
  const rows = await q.query<AgencyRow[]>(`SELECT ${AGENCY_COLUMNS} FROM agencies a WHERE a.slug = ANY($1)`, [slugs]);
  return oneInKeyOrder(slugs, rows.map(toAgency), (a) => a.slug);
}

/** The agencies of each jurisdiction itself (not of the places inside it), by name. */
export async function agenciesByJurisdiction(q: Queryable, slugs: readonly string[]): Promise<Agency[][]> {
  const rows = await q.query<AgencyRow[]>(
    `SELECT ${AGENCY_COLUMNS} FROM agencies a WHERE a.jurisdiction_slug = ANY($1) ORDER BY a.name`,
    [slugs],
  );
  return groupInKeyOrder(slugs, rows.map(toAgency), (a) => a.jurisdictionSlug);
}
