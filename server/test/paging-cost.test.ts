import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../src/modules/batches/batch-cursor";
import { BatchOrder } from "../src/modules/batches/batch.types";
import { insertGeneratedBatches } from "./helpers/generate";
import { startTestServer, type TestServer } from "./helpers/server";
import { countStatements, type StatementCounter } from "./helpers/sql-counter";

const BATCHES = 3000;
const PAGE = `query ($after: String, $orderBy: BatchOrder) { batches(first: 100, after: $after, orderBy: $orderBy) {
  pageInfo { endCursor hasNextPage hasPreviousPage }
  nodes { id issuedOn jurisdiction { slug name } agencies { slug name kind } outcomes { outcome subpoenas }
          events { date status agency { slug } courtCase { slug } sources { id } } sources { id url } } } }`;

interface PlanNode {
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
}

/** Rows the plan read from the batches table, over every scan of it. */
function batchRowsRead(node: PlanNode): number {
  const own = node["Relation Name"] === "batches" ? (node["Actual Rows"] ?? 0) * (node["Actual Loops"] ?? 1) : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + batchRowsRead(child), 0);
}

// Issue 12, "Paging: the cost of a page must not grow with the table". A page used to materialize every matching
// row with its sort keys, sort them, and count them all for totalCount, on every page.
describe("the cost of a page of batches", () => {
  let server: TestServer;
  let counter: StatementCounter;

  beforeAll(async () => {
    server = await startTestServer();
    await insertGeneratedBatches(server.database.dataSource, BATCHES);
    await server.database.dataSource.query(`ANALYZE`);
    counter = countStatements(server.database.dataSource);
  });
  afterAll(async () => {
    counter?.restore();
    await server?.close();
  });

  const run = async (query: string, variables?: Record<string, unknown>) => {
    counter.reset();
    const res = await server.graphql(query, variables);
    expect(res.errors).toBeUndefined();
    return { data: res.data, calls: [...counter.calls] };
  };

  it("counts every match only when totalCount is asked for", async () => {
    const without = await run(`{ batches(first: 10) { nodes { id } } }`);
    expect(without.calls.filter((c) => /count\(\*\) FROM batches/.test(c.query))).toHaveLength(0);
    const withTotal = await run(`{ batches(first: 10) { totalCount nodes { id } } }`);
    expect(withTotal.calls.filter((c) => /count\(\*\) FROM batches/.test(c.query))).toHaveLength(1);
    expect((withTotal.data as { batches: { totalCount: number } }).batches.totalCount).toBeGreaterThanOrEqual(BATCHES);
    // Asked for through a fragment, it is still counted.
    const viaFragment = await run(
      `{ batches(first: 10) { ...T nodes { id } } } fragment T on BatchConnection { totalCount }`,
    );
    expect((viaFragment.data as { batches: { totalCount: number } }).batches.totalCount).toBeGreaterThanOrEqual(
      BATCHES,
    );
  });

  it("loads a page of 100 with every relation in one statement (its batches built as JSON by PostgreSQL)", async () => {
    const { calls } = await run(PAGE);
    expect(calls.length).toBe(1);
  });

  for (const orderBy of [BatchOrder.ISSUED_ON_ASC, BatchOrder.ISSUED_ON_DESC, BatchOrder.JURISDICTION_ASC]) {
    it(`reads no more of the table for a page deep in the list than for the first (${orderBy})`, async () => {
      const q = server.database.dataSource;
      const first = await run(PAGE, { orderBy });
      // A cursor two thirds of the way in, made from the row there.
      const keys: Record<string, string> = {
        [BatchOrder.ISSUED_ON_ASC]: `issued_on::text, CASE issued_precision WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END, id
            FROM batches ORDER BY issued_on, 2, id COLLATE "C"`,
        [BatchOrder.ISSUED_ON_DESC]: `issued_on::text, CASE issued_precision WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END, id
            FROM batches ORDER BY issued_on DESC, 2 DESC, id COLLATE "C" DESC`,
        [BatchOrder.JURISDICTION_ASC]: `jurisdiction_slug, issued_on::text, id
            FROM batches ORDER BY jurisdiction_slug COLLATE "C", issued_on, id COLLATE "C"`,
      };
      const [row] = await q.query(`SELECT ${keys[orderBy]} OFFSET ${Math.floor((BATCHES * 2) / 3)} LIMIT 1`);
      const deep = await run(PAGE, { orderBy, after: encodeCursor(orderBy, Object.values(row) as string[]) });
      expect(
        (deep.data as { batches: { pageInfo: { hasPreviousPage: boolean } } }).batches.pageInfo.hasPreviousPage,
      ).toBe(true);
      const read = async (calls: { query: string; parameters: unknown[] | undefined }[]) => {
        const page = calls.find((c) => /LIMIT \d+\) b/.test(c.query) && /FROM batches b/.test(c.query))!;
        const [{ "QUERY PLAN": plan }] = await q.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${page.query}`, page.parameters);
        const parsed = (typeof plan === "string" ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
        return batchRowsRead(parsed[0].Plan);
      };
      const firstRows = await read(first.calls);
      const deepRows = await read(deep.calls);
      // The page and its look-ahead row, the cursor's neighbour for hasPreviousPage: a few hundred at most,
      // never the two thousand rows before the cursor.
      expect(firstRows).toBeLessThanOrEqual(300);
      expect(deepRows).toBeLessThanOrEqual(300);
    });
  }
});
