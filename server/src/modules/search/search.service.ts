import { UserInputError } from "../../schema/errors";
import { decodeCursor, encodeCursor, type CursorValue } from "../batches/batch-cursor";
import { SqlParams } from "../batches/batch-filter.sql";
import { afterCursorSql, orderBySql, readPageArgs, type SortKey } from "../batches/batch.service";
import type { Queryable } from "../shared/queryable";

export type SearchKind = "batch" | "event" | "source" | "court_case" | "policy" | "jurisdiction";

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHitRecord {
  kind: SearchKind;
  /** The record's id or slug (an event's database id). */
  id: string;
  /** For an event, the batch whose history it is. */
  batchId: string | null;
  /** Relevance as PostgreSQL ranks it (ts_rank_cd), scaled to a whole number; higher is better. */
  rank: number;
  snippet: SnippetPart[];
}

export interface SearchPage {
  edges: { cursor: string; node: SearchHitRecord }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE_SIZE = 50;

/** The order of hits: most relevant first, then by kind and id, so that the order is total and pages never overlap. */
const ORDER = "RELEVANCE";
const KEYS: SortKey[] = [
  { sql: "rank_key", type: "int", desc: true },
  { sql: "kind", type: "text", desc: false },
  { sql: "id", type: "text", desc: false },
];

// Marks PostgreSQL puts around matched words in snippets; characters the data does not use, split off again below.
const START = "\u27e6";
const STOP = "\u27e7";

/**
 * Each searchable record kind: its match condition and rank over the generated `search` columns (indexed by the
 * FullTextSearch migration), and the text its snippet is cut from. A batch also matches by its jurisdiction's name,
 * so that "Denver" finds the batches served there.
 */
const KINDS: {
  kind: SearchKind;
  from: string;
  id: string;
  batchId: string;
  vector: string;
  body: string;
  match: string;
}[] = [
  {
    kind: "batch",
    from: "batches r JOIN jurisdictions j ON j.slug = r.jurisdiction_slug",
    id: "r.id",
    batchId: "NULL::text",
    vector: "r.search || j.search",
    match: "(r.search @@ query.q OR j.search @@ query.q)",
    body: "j.name || '. ' || coalesce(r.subjects_summary, '') || ' ' || coalesce(r.notes, '')",
  },
  {
    kind: "event",
    from: "events r",
    id: "r.id::text",
    batchId: "r.batch_id",
    vector: "r.search",
    match: "r.search @@ query.q",
    body: "coalesce(r.note, '')",
  },
  {
    kind: "source",
    from: "sources r",
    id: "r.id",
    batchId: "NULL::text",
    vector: "r.search",
    match: "r.search @@ query.q",
    body: "coalesce(r.title, '') || ' (' || r.publisher || '). ' || coalesce(r.quote, '')",
  },
  {
    kind: "court_case",
    from: "court_cases r",
    id: "r.slug",
    batchId: "NULL::text",
    vector: "r.search",
    match: "r.search @@ query.q",
    body: "r.caption || '. ' || r.court || ' ' || coalesce(r.case_number, '') || ' ' || coalesce(r.citation, '')",
  },
  {
    kind: "policy",
    from: "policies r",
    id: "r.slug",
    batchId: "NULL::text",
    vector: "r.search",
    match: "r.search @@ query.q",
    body: "r.name || '. ' || coalesce(r.citation, '') || ' ' || coalesce(r.summary, '')",
  },
  {
    kind: "jurisdiction",
    from: "jurisdictions r",
    id: "r.slug",
    batchId: "NULL::text",
    vector: "r.search",
    match: "r.search @@ query.q",
    body: "r.name",
  },
];

/** A snippet as PostgreSQL marks it, cut into plain and matched parts (so no client ever renders markup from data). */
export function splitSnippet(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of marked.split(START)) {
    const stop = piece.indexOf(STOP);
    if (stop === -1) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    if (stop > 0) parts.push({ text: piece.slice(0, stop), match: true });
    const rest = piece.slice(stop + 1).replaceAll(STOP, "");
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

function checkQuery(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") throw new UserInputError("query: give at least one word to search for.", "query");
  if (trimmed.length > MAX_QUERY_LENGTH) {
    throw new UserInputError(`query: at most ${MAX_QUERY_LENGTH} characters, got ${trimmed.length}.`, "query");
  }
  return trimmed;
}

/**
 * One page of search hits, most relevant first, in one statement: PostgreSQL's full-text search (websearch syntax:
 * words, "quoted phrases", or, -excluded) over every searchable kind through their GIN indexes, the total, and
 * snippets for the page's hits only.
 */
export async function search(
  q: Queryable,
  text: string,
  args: { first?: number | null; after?: string | null },
): Promise<SearchPage> {
  const query = checkQuery(text);
  const { size } = readPageArgs({ first: args.first ?? SEARCH_PAGE_SIZE, after: args.after }, MAX_SEARCH_PAGE_SIZE);
  const cursor = args.after
    ? decodeCursor(
        args.after,
        ORDER,
        KEYS.map((k) => k.type),
        "after",
      )
    : null;
  const params = new SqlParams();
  const tsQuery = params.add(query, "text");
  const beyond = cursor ? afterCursorSql(KEYS, cursor, params, false) : "true";
  const limit = params.add(size + 1, "int");
  const rows = await q.query<
    { total_count: number; kind: SearchKind | null; id: string; batch_id: string | null; k0: number; snippet: string }[]
  >(
    `WITH query AS (SELECT websearch_to_tsquery('english', ${tsQuery}) AS q),
     hits AS (
       ${KINDS.map(
         (k) => `SELECT '${k.kind}'::text AS kind, ${k.id} AS id, ${k.batchId} AS batch_id,
                  round(ts_rank_cd(${k.vector}, query.q) * 1000000)::int AS rank_key, ${k.body} AS body
                  FROM ${k.from}, query WHERE ${k.match}`,
       ).join("\nUNION ALL\n")}),
     filtered AS (SELECT kind, id, batch_id, body, rank_key AS k0, kind AS k1, id AS k2 FROM hits)
     SELECT m.total_count, p.* FROM (SELECT count(*)::int AS total_count FROM filtered) m
     LEFT JOIN LATERAL (
       SELECT f.kind, f.id, f.batch_id, f.k0, f.k1, f.k2,
              ts_headline('english', f.body, query.q,
                          'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2') AS snippet
         FROM (SELECT * FROM filtered f WHERE ${beyond} ORDER BY ${orderBySql(KEYS, "f.", false)} LIMIT ${limit}) f,
              query) p ON true
     ORDER BY ${orderBySql(KEYS, "p.", false)}`,
    params.values,
  );
  const found = rows.filter((r) => r.kind !== null);
  const page = found.slice(0, size);
  const edges = page.map((row) => ({
    cursor: encodeCursor(ORDER, [row.k0, row.kind as string, row.id] as CursorValue[]),
    node: {
      kind: row.kind as SearchKind,
      id: row.id,
      batchId: row.batch_id,
      rank: row.k0,
      snippet: splitSnippet(row.snippet),
    },
  }));
  return {
    edges,
    totalCount: rows[0]?.total_count ?? 0,
    pageInfo: {
      hasNextPage: found.length > size,
      hasPreviousPage: cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
