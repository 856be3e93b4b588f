import { UserInputError } from "../../schema/errors";
import { decodeCursor, encodeCursor, type CursorValue } from "../batches/batch-cursor";
import { SqlParams, whereClause } from "../batches/batch-filter.sql";
import { afterCursorSql, orderBySql, readPageArgs, type PageArgs, type SortKey } from "../batches/batch.service";
import { MAX_FILTER_VALUES } from "../batches/dto/batch-filter.input";
import type { Queryable } from "../shared/queryable";

/**
 * A table of records browsed the way Datasette browses one: sorted by a column, narrowed by facet values, paged by
 * keyset, with each facet's values counted within the current selection. Sources, court cases and agencies are such
 * tables; batches have their own filter and paging (batch.service) and only borrow the facets.
 */
export interface FacetSpec {
  /** The facet's name in filters, addresses and the API, e.g. "kind". */
  field: string;
  description: string;
  /** A text[] expression over the table's alias: the row's values (a court case may concern two states). */
  values: string;
  /** An enum's values, as the API spells them: filter values are matched to them whatever their case. */
  allowed?: readonly string[];
  /** Values are upper-case codes (states): filter values are upper-cased. */
  upperCase?: boolean;
}

export interface RecordTableSpec<Node> {
  /** The table and its alias, e.g. "sources s". */
  from: string;
  /** The row's unique key, e.g. "s.id". */
  key: string;
  /** The SELECT list that toNode reads. */
  columns: string;
  /** Each order's keys; every order ends with the key so that it is total. */
  orders: Record<string, SortKey[]>;
  facets: FacetSpec[];
  toNode(row: Record<string, unknown>): Node;
  /** What a row is called in messages: "source". */
  noun: string;
}

export interface RecordFilterValue {
  field: string;
  values: string[];
}

export interface RecordPage<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export interface FacetCounts {
  field: string;
  description: string;
  values: { value: string; count: number }[];
}

const squash = (text: string) => text.replace(/[_\-\s]/g, "").toUpperCase();

function normalizeValue(facet: FacetSpec, value: string): string {
  if (facet.upperCase) return value.toUpperCase();
  if (!facet.allowed) return value;
  const found = facet.allowed.find((allowed) => squash(allowed) === squash(value));
  if (found === undefined) {
    throw new UserInputError(
      `filters: "${value}" is not a value of "${facet.field}"; one of ${facet.allowed.join(", ")}.`,
      facet.field,
    );
  }
  return found;
}

/** The conditions of a filter: the row has at least one of the listed values of every facet named. */
function filterConditions(spec: RecordTableSpec<unknown>, filters: readonly RecordFilterValue[], params: SqlParams) {
  const byField = new Map<string, Set<string>>();
  for (const { field, values } of filters) {
    const facet = spec.facets.find((f) => f.field === field);
    if (!facet) {
      throw new UserInputError(
        `filters: ${spec.noun}s have no field "${field}" to filter on. Fields: ${spec.facets.map((f) => f.field).join(", ")}.`,
        field,
      );
    }
    const set = byField.get(field) ?? new Set<string>();
    values.forEach((v) => set.add(normalizeValue(facet, v)));
    if (set.size > MAX_FILTER_VALUES) {
      throw new UserInputError(`filters: at most ${MAX_FILTER_VALUES} values for "${field}".`, field);
    }
    byField.set(field, set);
  }
  return [...byField].map(([field, values]) => {
    const facet = spec.facets.find((f) => f.field === field)!;
    return `(${facet.values}) && ${params.add([...values], "text[]")}`;
  });
}

/** One page of the table in one statement: the rows, the total, and whether anything lies on the other side. */
export async function pageRecords<Node>(
  q: Queryable,
  spec: RecordTableSpec<Node>,
  filters: readonly RecordFilterValue[],
  order: string,
  args: PageArgs,
  maxPageSize?: number,
): Promise<RecordPage<Node>> {
  const { size, backward } = readPageArgs(args, maxPageSize);
  const keys = spec.orders[order];
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
  const conditions = filterConditions(spec, filters, params);
  const beyond = cursor ? afterCursorSql(keys, cursor, params, backward) : "true";
  const limit = params.add(size + 1, "int");
  const sql = `WITH filtered AS (
    SELECT ${spec.key} AS id, ${keys.map((k, i) => `${k.sql} AS k${i}`).join(", ")} FROM ${spec.from} ${whereClause(conditions)})
SELECT m.total_count, m.has_behind, p.*
  FROM (SELECT (SELECT count(*)::int FROM filtered) AS total_count,
               ${cursor ? `EXISTS (SELECT 1 FROM filtered f WHERE NOT ${beyond})` : "false"} AS has_behind) m
  LEFT JOIN LATERAL (
    SELECT ${spec.columns}, ${keys.map((_, i) => `f.k${i}`).join(", ")}, true AS found
      FROM (SELECT * FROM filtered f WHERE ${beyond} ORDER BY ${orderBySql(keys, "f.", backward)} LIMIT ${limit}) f
      JOIN ${spec.from} ON ${spec.key} = f.id) p ON true
 ORDER BY ${orderBySql(keys, "p.", backward)}`;
  const rows = await q.query<(Record<string, unknown> & { total_count: number; has_behind: boolean })[]>(
    sql,
    params.values,
  );
  const found = rows.filter((r) => r.found === true);
  const more = found.length > size;
  const page = found.slice(0, size);
  if (backward) page.reverse();
  const edges = page.map((row) => ({
    cursor: encodeCursor(
      order,
      keys.map((_, i) => row[`k${i}`] as CursorValue),
    ),
    node: spec.toNode(row),
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

/** Every facet's values with the number of matching rows holding each, most common first. One statement. */
export async function countFacets(
  q: Queryable,
  spec: RecordTableSpec<unknown>,
  filters: readonly RecordFilterValue[],
): Promise<FacetCounts[]> {
  const params = new SqlParams();
  const conditions = filterConditions(spec, filters, params);
  const rows = await q.query<{ field: string; value: string; count: number }[]>(
    `WITH filtered AS (SELECT ${spec.key} AS row_key FROM ${spec.from} ${whereClause(conditions)})
     SELECT v.field, v.value, count(*)::int AS count FROM (
       ${spec.facets
         .map(
           (f) => `SELECT DISTINCT ${params.add(f.field, "text")} AS field, v AS value, ${spec.key} AS row_key
                     FROM ${spec.from} CROSS JOIN LATERAL unnest(${f.values}) v
                    WHERE ${spec.key} IN (SELECT row_key FROM filtered)`,
         )
         .join("\nUNION ALL\n")}
     ) v WHERE v.value IS NOT NULL GROUP BY v.field, v.value ORDER BY v.field, count DESC, v.value COLLATE "C"`,
    params.values,
  );
  return spec.facets.map((f) => ({
    field: f.field,
    description: f.description,
    values: rows.filter((r) => r.field === f.field).map((r) => ({ value: r.value, count: r.count })),
  }));
}

/** Every row matching, in chunks of keyset pages, for the streamed CSV and JSON downloads. */
export async function* allRecords<Node>(
  q: Queryable,
  spec: RecordTableSpec<Node>,
  filters: readonly RecordFilterValue[],
  order: string,
  chunkSize = 500,
): AsyncGenerator<{ nodes: Node[]; totalCount: number }> {
  let after: string | null = null;
  for (;;) {
    const page: RecordPage<Node> = await pageRecords(q, spec, filters, order, { first: chunkSize, after }, chunkSize);
    yield { nodes: page.edges.map((e) => e.node), totalCount: page.totalCount };
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}
