import {
  OUTCOMES,
  orderEventsForOutcome,
  trimToPrecision,
  type AgencyKind,
  type CountPrecision,
  type DatePrecision,
  type EventStatus,
  type IssuingComponent,
  type JurisdictionKind,
  type OffenseCategory,
  type Outcome,
} from "@subpoena-tracker/domain";
import { NotFoundError, UserInputError } from "../../schema/errors";
import { COURT_CASE_COLUMNS, toCourtCase, type CourtCaseRow } from "../court-cases/court-case.service";
import type { Jurisdiction } from "../jurisdictions/jurisdiction.types";
import { oneInKeyOrder, groupInKeyOrder, type Queryable } from "../shared/queryable";
import type { BatchCriteria } from "./batch-criteria";
import type { BatchNodeProjection } from "./batch-json.sql";
import { queryPrepared } from "../../db/prepared";
import { decodeCursor, encodeCursor, type CursorValue } from "./batch-cursor";
import {
  batchFilterSql,
  SqlParams,
  whereClause,
  withClause,
  ISSUED_END_SQL,
  type SlugArgument,
} from "./batch-filter.sql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./batch-page";
import { BatchOrder, type Batch, type Event } from "./batch.types";

/** A batch as read, with its jurisdiction (read in the same statement, so it costs no query of its own). */
export interface BatchRecord extends Batch {
  jurisdiction: Jurisdiction;
}

interface BatchRow {
  id: string;
  issued_on: string;
  issued_precision: DatePrecision;
  jurisdiction_slug: string;
  issuing_component: IssuingComponent | null;
  subpoena_count: number | null;
  count_precision: CountPrecision;
  offense_categories: OffenseCategory[];
  subjects_summary: string | null;
  subjects_in_custody: number | null;
  subjects_released: number | null;
  notes: string | null;
  j_name: string;
  j_kind: JurisdictionKind;
  j_state: string | null;
  j_parent_slug: string | null;
  agencies: { slug: string; name: string; kind: AgencyKind; jurisdictionSlug: string }[];
  outcomes: { outcome: Outcome; subpoenas: number | null }[];
}

/**
 * Everything a Batch shows except its events and sources, in one row: the jurisdiction by join, the recipient
 * agencies and the outcome breakdown as JSON arrays. A page of batches is therefore one statement.
 */
export const BATCH_COLUMNS = `b.id, b.issued_on, b.issued_precision, b.jurisdiction_slug, b.issuing_component,
  b.subpoena_count, b.count_precision, b.offense_categories, b.subjects_summary, b.subjects_in_custody,
  b.subjects_released, b.notes,
  j.name AS j_name, j.kind AS j_kind, j.state AS j_state, j.parent_slug AS j_parent_slug,
  (SELECT coalesce(json_agg(json_build_object('slug', a.slug, 'name', a.name, 'kind', a.kind,
                                              'jurisdictionSlug', a.jurisdiction_slug) ORDER BY ba.position), '[]')
     FROM batch_agencies ba JOIN agencies a ON a.slug = ba.agency_slug WHERE ba.batch_id = b.id) AS agencies,
  (SELECT coalesce(json_agg(json_build_object('outcome', o.outcome, 'subpoenas', o.subpoenas)), '[]')
     FROM batch_outcomes o WHERE o.batch_id = b.id) AS outcomes`;

const OUTCOME_RANK = new Map<Outcome, number>(OUTCOMES.map((o, i) => [o, i]));

function toBatch(row: BatchRow): BatchRecord {
  return {
    id: row.id,
    issuedOn: trimToPrecision(row.issued_on, row.issued_precision),
    issuedPrecision: row.issued_precision,
    jurisdictionSlug: row.jurisdiction_slug,
    jurisdiction: {
      slug: row.jurisdiction_slug,
      name: row.j_name,
      kind: row.j_kind,
      state: row.j_state,
      parentSlug: row.j_parent_slug,
    },
    agencies: row.agencies,
    issuingComponent: row.issuing_component,
    subpoenaCount: row.subpoena_count,
    countPrecision: row.count_precision,
    offenseCategories: row.offense_categories,
    subjectsSummary: row.subjects_summary,
    subjectsInCustody: row.subjects_in_custody,
    subjectsReleased: row.subjects_released,
    notes: row.notes,
    outcomes: [...row.outcomes].sort((a, b) => (OUTCOME_RANK.get(a.outcome) ?? 0) - (OUTCOME_RANK.get(b.outcome) ?? 0)),
  };
}

export async function batchesById(q: Queryable, ids: readonly string[]): Promise<(BatchRecord | null)[]> {
  const rows = await q.query<BatchRow[]>(
    `SELECT ${BATCH_COLUMNS} FROM batches b JOIN jurisdictions j ON j.slug = b.jurisdiction_slug WHERE b.id = ANY($1)`,
    [ids],
  );
  return oneInKeyOrder(ids, rows.map(toBatch), (b) => b.id);
}

export async function getBatch(q: Queryable, id: string): Promise<BatchRecord> {
  const [found] = await batchesById(q, [id]);
  if (!found) throw new NotFoundError(`No batch has id "${id}". List ids with the batches query.`);
  return found;
}

// ---- Ordering and keyset pagination ----

export interface SortKey {
  /** An expression on `b` that is never null, so that comparisons need no NULL cases. */
  sql: string;
  type: "date" | "int" | "text";
  desc: boolean;
}

const PRECISION_RANK_SQL = `CASE b.issued_precision WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END`;
// Byte order: the same on PostgreSQL servers and PGlite whatever their locale, and the same as JavaScript's.
const ID_SQL = `b.id COLLATE "C"`;

const key = (sql: string, type: SortKey["type"], desc = false): SortKey => ({ sql, type, desc });

export const BATCH_ORDERS: Record<BatchOrder, SortKey[]> = {
  [BatchOrder.ISSUED_ON_ASC]: [key("b.issued_on", "date"), key(PRECISION_RANK_SQL, "int"), key(ID_SQL, "text")],
  [BatchOrder.ISSUED_ON_DESC]: [
    key("b.issued_on", "date", true),
    key(PRECISION_RANK_SQL, "int", true),
    key(ID_SQL, "text", true),
  ],
  // Unknown counts last in both directions: the first key sorts known before unknown, whatever the direction.
  [BatchOrder.SUBPOENA_COUNT_ASC]: [
    key("(b.subpoena_count IS NULL)::int", "int"),
    key("coalesce(b.subpoena_count, 0)", "int"),
    key("b.issued_on", "date"),
    key(ID_SQL, "text"),
  ],
  [BatchOrder.SUBPOENA_COUNT_DESC]: [
    key("(b.subpoena_count IS NULL)::int", "int"),
    key("coalesce(b.subpoena_count, 0)", "int", true),
    key("b.issued_on", "date", true),
    key(ID_SQL, "text", true),
  ],
  [BatchOrder.JURISDICTION_ASC]: [
    key(`b.jurisdiction_slug COLLATE "C"`, "text"),
    key("b.issued_on", "date"),
    key(ID_SQL, "text"),
  ],
  [BatchOrder.JURISDICTION_DESC]: [
    key(`b.jurisdiction_slug COLLATE "C"`, "text", true),
    key("b.issued_on", "date", true),
    key(ID_SQL, "text", true),
  ],
};

/**
 * "Comes after the cursor" in the order of `keys` (each key in its own direction), as the usual lexicographic
 * expansion: k0 > v0 OR (k0 = v0 AND k1 > v1) OR ... Keys are referred to by their column names k0, k1, ...
 */
export function afterCursorSql(keys: SortKey[], values: CursorValue[], params: SqlParams, reverse: boolean): string {
  const placeholders = values.map((v, i) => params.add(v, keys[i].type === "text" ? "text" : keys[i].type));
  const col = (i: number) => (keys[i].type === "text" ? `f.k${i} COLLATE "C"` : `f.k${i}`);
  const alternatives = keys.map((k, i) => {
    const op = k.desc !== reverse ? "<" : ">";
    const equal = keys.slice(0, i).map((_, j) => `${col(j)} = ${placeholders[j]}`);
    return `(${[...equal, `${col(i)} ${op} ${placeholders[i]}`].join(" AND ")})`;
  });
  return `(${alternatives.join(" OR ")})`;
}

export function orderBySql(keys: SortKey[], prefix: string, reverse: boolean): string {
  return keys
    .map((k, i) => `${prefix}k${i}${k.type === "text" ? ` COLLATE "C"` : ""} ${k.desc !== reverse ? "DESC" : "ASC"}`)
    .join(", ");
}

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./batch-page";

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface BatchPage {
  edges: { cursor: string; node: BatchRecord }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

function checkSize(value: number | null | undefined, name: "first" | "last", max: number): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new UserInputError(
      `${name} must be between 1 and ${max}, got ${value}. Walk longer lists page by page with ${name === "first" ? "after: pageInfo.endCursor" : "before: pageInfo.startCursor"}.`,
      name,
    );
  }
}

/** Checks the pagination arguments: forward (first/after) or backward (last/before), never both. */
export function readPageArgs(args: PageArgs, maxPageSize = MAX_PAGE_SIZE): { size: number; backward: boolean } {
  checkSize(args.first, "first", maxPageSize);
  checkSize(args.last, "last", maxPageSize);
  const forward = args.first != null || args.after != null;
  const backward = args.last != null || args.before != null;
  if (forward && backward) {
    throw new UserInputError(
      "Page forward with first and after, or backward with last and before; do not mix the two in one request.",
      args.last != null ? "last" : "before",
    );
  }
  return { size: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE, backward };
}

const JURISDICTION_SLUGS = {
  noun: "jurisdiction",
  listedBy: 'The jurisdictions query lists every slug (e.g. "oregon", "denver-co").',
};

/** What each slug argument names, and where its slugs are listed. */
const SLUG_KINDS: Record<SlugArgument, { noun: string; listedBy: string }> = {
  jurisdictions: JURISDICTION_SLUGS,
  excludeJurisdictions: JURISDICTION_SLUGS,
  agencyJurisdictions: JURISDICTION_SLUGS,
  agencies: { noun: "agency", listedBy: 'The agencies query lists every slug (e.g. "wasco-county-sheriff").' },
};

/**
 * Refuses a filter naming slugs that do not exist, from the "argument:slug" list `batchFilterSql` computes in the same
 * statement: a typo is an error, never an empty result. The first argument at fault is reported, with all its slugs.
 */
export function checkUnknownSlugs(unknown: string[] | null | undefined): void {
  if (!unknown || unknown.length === 0) return;
  const argument = unknown[0].slice(0, unknown[0].indexOf(":")) as SlugArgument;
  const slugs = unknown.filter((u) => u.startsWith(`${argument}:`)).map((u) => `"${u.slice(argument.length + 1)}"`);
  const { noun, listedBy } = SLUG_KINDS[argument];
  throw new UserInputError(`${argument}: no ${noun} has slug ${slugs.join(", ")}. ${listedBy}`, argument);
}

/**
 * "Comes after the cursor" on the sort expressions themselves (not on columns of a derived table), so that an index
 * on those expressions serves it: a row comparison when every key sorts the same way (an index range scan starting
 * at the cursor, so a page deep in the list costs what the first one costs), the lexicographic expansion otherwise.
 * `inclusive` also takes the cursor's own row.
 */
function seekSql(keys: SortKey[], placeholders: string[], reverse: boolean, inclusive: boolean): string {
  const oneDirection = keys.every((k) => k.desc === keys[0].desc);
  if (oneDirection) {
    const op = (keys[0].desc !== reverse ? "<" : ">") + (inclusive ? "=" : "");
    return `(${keys.map((k) => k.sql).join(", ")}) ${op} (${placeholders.join(", ")})`;
  }
  const alternatives = keys.map((k, i) => {
    const op = k.desc !== reverse ? "<" : ">";
    const equal = keys.slice(0, i).map((kj, j) => `${kj.sql} = ${placeholders[j]}`);
    return `(${[...equal, `${k.sql} ${op} ${placeholders[i]}`].join(" AND ")})`;
  });
  if (inclusive) alternatives.push(`(${keys.map((k, i) => `${k.sql} = ${placeholders[i]}`).join(" AND ")})`);
  return `(${alternatives.join(" OR ")})`;
}

export interface PageOptions {
  /** Count every matching batch too (a second scan of the filter): only when the client asks for totalCount. */
  withTotal?: boolean;
  /** Run the statement as a prepared one (db/prepared.ts): for the pages the public asks for again and again. */
  prepared?: boolean;
}

/**
 * One page of batches in one statement: the page itself, the total count when asked for, whether anything lies
 * beyond the cursor on the other side, and any unknown slug in the filter. The page is read straight from the
 * batches in sort order from the cursor on, never from a materialized set of every match, so it costs the same at
 * any depth (migration KeysetPaging gives the orders their indexes).
 */
export async function pageBatches(
  q: Queryable,
  criteria: BatchCriteria,
  order: BatchOrder,
  args: PageArgs,
  maxPageSize = MAX_PAGE_SIZE,
  options: PageOptions = {},
): Promise<BatchPage> {
  const page = await readPage<BatchRow>(q, criteria, order, args, maxPageSize, options, BATCH_COLUMNS);
  return { ...page, edges: page.edges.map(({ cursor, row }) => ({ cursor, node: toBatch(row) })) };
}

/**
 * The same page as pageBatches, with each batch's source ids in citation order, read by the same statement: a
 * download's chunk is one statement.
 */
export async function pageBatchesWithSourceIds(
  q: Queryable,
  criteria: BatchCriteria,
  order: BatchOrder,
  args: PageArgs,
  maxPageSize = MAX_PAGE_SIZE,
  options: PageOptions = {},
): Promise<BatchPage & { sourceIds: string[][] }> {
  const columns = `${BATCH_COLUMNS},
  (SELECT coalesce(array_agg(bs.source_id ORDER BY bs.position), '{}') FROM batch_sources bs WHERE bs.batch_id = b.id) AS source_ids`;
  const page = await readPage<BatchRow & { source_ids: string[] }>(
    q,
    criteria,
    order,
    args,
    maxPageSize,
    options,
    columns,
  );
  return {
    ...page,
    edges: page.edges.map(({ cursor, row }) => ({ cursor, node: toBatch(row) })),
    sourceIds: page.edges.map(({ row }) => row.source_ids),
  };
}

/** A page whose batches PostgreSQL built as JSON text, in the bytes of the answer (batch-json.sql.ts). */
export interface BatchJsonPage extends Omit<BatchPage, "edges"> {
  /** Each batch as JSON text ("null" when `edges { node }` is not selected). */
  edges: { cursor: string; node: string }[];
  /** The list of batches as JSON text ("[null,...]" when `nodes` is not selected). */
  nodes: string;
}

/**
 * The same page as pageBatches, every batch built as JSON by the statement itself (with its relations: one
 * statement for the whole page), `nodes` and `edges { node }` each by its own projection (batchNodeProjection).
 */
export async function pageBatchesAsJson(
  q: Queryable,
  criteria: BatchCriteria,
  order: BatchOrder,
  args: PageArgs,
  projection: BatchNodeProjection,
  maxPageSize = MAX_PAGE_SIZE,
  options: PageOptions = {},
): Promise<BatchJsonPage> {
  const columns = `b.id, ${projection.nodes ?? "'null'"} AS node_json, ${projection.edgeNode ?? "'null'"} AS edge_json`;
  const page = await readPage<{ node_json: string; edge_json: string }>(
    q,
    criteria,
    order,
    args,
    maxPageSize,
    options,
    columns,
    false,
  );
  return {
    ...page,
    edges: page.edges.map(({ cursor, row }) => ({ cursor, node: row.edge_json })),
    nodes: `[${page.edges.map(({ row }) => row.node_json).join(",")}]`,
  };
}

async function readPage<Row>(
  q: Queryable,
  criteria: BatchCriteria,
  order: BatchOrder,
  args: PageArgs,
  maxPageSize: number,
  options: PageOptions,
  columns: string,
  /** Whether `columns` read the batch's jurisdiction as `j` (the JSON reads it in its own sub-select). */
  withJurisdiction = true,
): Promise<Omit<BatchPage, "edges"> & { edges: { cursor: string; row: Row }[] }> {
  const { size, backward } = readPageArgs(args, maxPageSize);
  const keys = BATCH_ORDERS[order];
  const cursorText = backward ? args.before : args.after;
  const cursor = cursorText
    ? decodeCursor(
        cursorText,
        order,
        keys.map((k) => k.type),
        backward ? "before" : "after",
      )
    : null;

  const params = new SqlParams();
  const filter = batchFilterSql(criteria, params);
  const at = cursor?.map((v, i) => params.add(v, keys[i].type)) ?? null;
  const beyond = at ? [seekSql(keys, at, backward, false)] : [];
  const behind = at ? seekSql(keys, at, !backward, true) : null;
  // A literal, not a parameter: a prepared statement's generic plan then knows it reads a page, not a tenth of the
  // table (readPageArgs made it an integer from 2 to maxPageSize + 1).
  const limit = String(size + 1);
  const total =
    options.withTotal === false
      ? "NULL::int"
      : `(SELECT count(*) FROM batches b ${whereClause(filter.conditions)})::int`;
  const direction = (k: SortKey) => (k.desc !== backward ? "DESC" : "ASC");
  const sql = `${withClause(filter.ctes)}
SELECT m.total_count, m.unknown_slugs, m.has_behind, p.*
  FROM (SELECT ${total} AS total_count,
               ${filter.unknownSlugs} AS unknown_slugs,
               ${behind ? `EXISTS (SELECT 1 FROM batches b ${whereClause([...filter.conditions, behind])})` : "false"} AS has_behind) m
  LEFT JOIN LATERAL (
    SELECT ${columns}, ${keys.map((k, i) => `${k.sql} AS k${i}`).join(", ")}
      FROM (SELECT b.* FROM batches b ${whereClause([...filter.conditions, ...beyond])}
             ORDER BY ${keys.map((k) => `${k.sql} ${direction(k)}`).join(", ")} LIMIT ${limit}) b
      ${withJurisdiction ? "JOIN jurisdictions j ON j.slug = b.jurisdiction_slug" : ""}) p ON true
 ORDER BY ${orderBySql(keys, "p.", backward)}`;
  type PageRow = Row & { id: string | null; total_count: number | null; unknown_slugs: string[]; has_behind: boolean };
  const rows = options.prepared
    ? await queryPrepared<(PageRow & Record<string, unknown>)[]>(q, sql, params.values)
    : await q.query<(PageRow & Record<string, unknown>)[]>(sql, params.values);
  checkUnknownSlugs(rows[0]?.unknown_slugs);
  const found = rows.filter((r) => r.id !== null);
  const more = found.length > size;
  const page = found.slice(0, size);
  if (backward) page.reverse();
  const edges = page.map((row) => ({
    cursor: encodeCursor(
      order,
      keys.map((_, i) => row[`k${i}`] as CursorValue),
    ),
    row,
  }));
  const hasBehind = rows[0]?.has_behind ?? false;
  return {
    edges,
    totalCount: rows[0]?.total_count ?? 0,
    pageInfo: {
      hasNextPage: backward ? hasBehind : more,
      hasPreviousPage: backward ? more : hasBehind,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * Every matching batch, in chunks, for the streamed exports. Each chunk is a keyset page, so memory stays flat
 * however many batches match; run it inside one snapshot (REPEATABLE READ) for a consistent file.
 */
export async function* allBatches(
  q: Queryable,
  criteria: BatchCriteria,
  order: BatchOrder,
  chunkSize = 1000,
): AsyncGenerator<BatchRecord[]> {
  let after: string | null = null;
  for (;;) {
    const page: BatchPage = await pageBatches(q, criteria, order, { first: chunkSize, after }, chunkSize);
    if (page.edges.length > 0) yield page.edges.map((e) => e.node);
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}

// ---- Events ----

interface EventRow {
  id: number;
  batch_id: string;
  occurred_on: string;
  occurred_precision: DatePrecision;
  status: EventStatus;
  agency_slug: string | null;
  subpoenas_affected: number | null;
  court_case_slug: string | null;
  note: string | null;
  a_name: string | null;
  a_kind: AgencyKind | null;
  a_jurisdiction_slug: string | null;
}

/** Each event with its agency and court case, read by join: a history costs one statement whatever it shows. */
const EVENT_SQL = `SELECT e.id, e.batch_id, e.occurred_on, e.occurred_precision, e.status, e.agency_slug,
    e.subpoenas_affected, e.court_case_slug, e.note,
    a.name AS a_name, a.kind AS a_kind, a.jurisdiction_slug AS a_jurisdiction_slug,
    ${COURT_CASE_COLUMNS.replace(/c\.(\w+)/g, "c.$1 AS c_$1")}
  FROM events e
  LEFT JOIN agencies a ON a.slug = e.agency_slug
  LEFT JOIN court_cases c ON c.slug = e.court_case_slug`;

function toEvent(row: EventRow & Record<string, unknown>): Event {
  const courtCase = row.c_slug
    ? toCourtCase(
        Object.fromEntries(
          Object.entries(row)
            .filter(([k]) => k.startsWith("c_"))
            .map(([k, v]) => [k.slice(2), v]),
        ) as unknown as CourtCaseRow,
      )
    : null;
  return {
    id: String(row.id),
    batchId: row.batch_id,
    date: trimToPrecision(row.occurred_on, row.occurred_precision),
    datePrecision: row.occurred_precision,
    status: row.status,
    agency:
      row.agency_slug && row.a_name && row.a_kind && row.a_jurisdiction_slug
        ? { slug: row.agency_slug, name: row.a_name, kind: row.a_kind, jurisdictionSlug: row.a_jurisdiction_slug }
        : null,
    subpoenasAffected: row.subpoenas_affected,
    note: row.note,
    courtCaseRecord: courtCase,
  };
}

/** Each batch's events in the order the outcome rule applies them, which is the order readers should see. */
export async function eventsByBatch(q: Queryable, batchIds: readonly string[]): Promise<Event[][]> {
  const rows = await q.query<(EventRow & Record<string, unknown>)[]>(
    `${EVENT_SQL} WHERE e.batch_id = ANY($1) AND e.withdrawn_at IS NULL ORDER BY e.batch_id, e.id`,
    [batchIds],
  );
  return groupInKeyOrder(batchIds, rows.map(toEvent), (e) => e.batchId).map((events) => orderEventsForOutcome(events));
}

export const MAX_TIMELINE = 1000;

/**
 * Events of the matching batches in date order, as the outcome rule orders them (a coarse date by its last possible
 * day, so "Jan 2020" follows "13 Jan 2020"), then by batch. One statement.
 */
export async function timeline(q: Queryable, criteria: BatchCriteria, limit: number): Promise<Event[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TIMELINE) {
    throw new UserInputError(`limit must be between 1 and ${MAX_TIMELINE}, got ${limit}.`, "limit");
  }
  const params = new SqlParams();
  const filter = batchFilterSql(criteria, params);
  const eventEnd = ISSUED_END_SQL.replaceAll("b.issued_on", "e.occurred_on").replaceAll(
    "b.issued_precision",
    "e.occurred_precision",
  );
  const rows = await q.query<(EventRow & Record<string, unknown> & { unknown_slugs: string[] | null })[]>(
    `${withClause([...filter.ctes, `matched AS (SELECT b.id, b.issued_on FROM batches b ${whereClause(filter.conditions)})`])}
     SELECT m.unknown_slugs, t.* FROM (SELECT ${filter.unknownSlugs} AS unknown_slugs) m
     LEFT JOIN LATERAL (
       ${EVENT_SQL.replace(
         "FROM events e",
         `, ${eventEnd} AS sort_end, mb.issued_on AS sort_issued
         FROM events e JOIN matched mb ON mb.id = e.batch_id AND e.withdrawn_at IS NULL`,
       )}
       ORDER BY sort_end, sort_issued, e.batch_id COLLATE "C", e.id
       LIMIT ${params.add(limit, "int")}) t ON true
     ORDER BY t.sort_end, t.sort_issued, t.batch_id COLLATE "C", t.id`,
    params.values,
  );
  checkUnknownSlugs(rows[0]?.unknown_slugs);
  return rows.filter((r) => r.id !== null).map(toEvent);
}
