import { trimToPrecision, type DatePrecision, type Reliability, type SourceKind } from "@subpoena-tracker/domain";
import { NotFoundError } from "../../schema/errors";
import { groupInKeyOrder, oneInKeyOrder, type Queryable } from "../shared/queryable";
import type { Source } from "./source.types";

export interface SourceRow {
  id: string;
  url: string;
  publisher: string;
  title: string | null;
  published_on: string | null;
  published_precision: DatePrecision | null;
  kind: SourceKind;
  reliability: Reliability;
  quote: string | null;
}

export const SOURCE_COLUMNS = `s.id, s.url, s.publisher, s.title, s.published_on, s.published_precision, s.kind, s.reliability, s.quote`;

export function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    url: row.url,
    publisher: row.publisher,
    title: row.title,
    publishedOn:
      row.published_on && row.published_precision ? trimToPrecision(row.published_on, row.published_precision) : null,
    publishedPrecision: row.published_precision,
    kind: row.kind,
    reliability: row.reliability,
    quote: row.quote,
  };
}

export interface SourceQuery {
  kinds?: SourceKind[] | null;
  reliabilities?: Reliability[] | null;
}

export async function listSources(q: Queryable, query: SourceQuery = {}): Promise<Source[]> {
  const params: unknown[] = [];
  const conditions: string[] = [];
  if (query.kinds?.length) {
    params.push(query.kinds);
    conditions.push(`s.kind = ANY($${params.length}::text[])`);
  }
  if (query.reliabilities?.length) {
    params.push(query.reliabilities);
    conditions.push(`s.reliability = ANY($${params.length}::text[])`);
  }
  const rows = await q.query<SourceRow[]>(
    `SELECT ${SOURCE_COLUMNS} FROM sources s ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""} ORDER BY s.ordinal`,
    params,
  );
  return rows.map(toSource);
}

export async function getSource(q: Queryable, id: string): Promise<Source> {
  const [row] = await q.query<SourceRow[]>(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.id = $1`, [id]);
  if (!row) throw new NotFoundError(`No source has id "${id}". The sources query lists every source.`);
  return toSource(row);
}

export async function sourcesById(q: Queryable, ids: readonly string[]): Promise<(Source | null)[]> {
  const rows = await q.query<SourceRow[]>(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.id = ANY($1)`, [ids]);
  return oneInKeyOrder(ids, rows.map(toSource), (s) => s.id);
}

/** What cites sources. Keys of the sources-by-owner loader are `${kind}:${id}`. */
export type SourceOwnerKind = "batch" | "event" | "court_case" | "policy";

export function sourceOwnerKey(kind: SourceOwnerKind, id: string | number): string {
  return `${kind}:${id}`;
}

/**
 * The sources cited by each owner, in citation order. One statement for any mix of batches, events, court cases
 * and policies, so that a page asking for sources at several levels still reads them together.
 */
export async function sourcesByOwner(q: Queryable, keys: readonly string[]): Promise<Source[][]> {
  const ids = (kind: SourceOwnerKind) =>
    keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
  const eventIds = ids("event")
    .map(Number)
    .filter((n) => Number.isInteger(n));
  const rows = await q.query<(SourceRow & { owner: string; position: number })[]>(
    `SELECT l.owner, l.position, ${SOURCE_COLUMNS} FROM (
        SELECT 'batch:' || batch_id AS owner, source_id, position FROM batch_sources WHERE batch_id = ANY($1)
        UNION ALL
        SELECT 'event:' || event_id, source_id, position FROM event_sources WHERE event_id = ANY($2::int[])
        UNION ALL
        SELECT 'court_case:' || court_case_slug, source_id, position FROM court_case_sources WHERE court_case_slug = ANY($3)
        UNION ALL
        SELECT 'policy:' || policy_slug, source_id, position FROM policy_sources WHERE policy_slug = ANY($4)
      ) l JOIN sources s ON s.id = l.source_id
      ORDER BY l.owner, l.position`,
    [ids("batch"), eventIds, ids("court_case"), ids("policy")],
  );
  return groupInKeyOrder(keys, rows, (r) => r.owner).map((group) => group.map(toSource));
}
