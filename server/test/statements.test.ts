import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertGeneratedBatches } from "./helpers/generate";
import { startTestServer, type TestServer } from "./helpers/server";
import { countStatements, type StatementCounter } from "./helpers/sql-counter";

/** Relations go through per-request DataLoaders: the number of statements does not grow with the page. */
describe("SQL statements per request", () => {
  let server: TestServer;
  let counter: StatementCounter;

  beforeAll(async () => {
    server = await startTestServer();
    await insertGeneratedBatches(server.database.dataSource, 150);
    counter = countStatements(server.database.dataSource);
  });
  afterAll(async () => {
    counter?.restore();
    await server?.close();
  });

  const run = async (query: string) => {
    counter.reset();
    const res = await server.graphql(query);
    expect(res.errors).toBeUndefined();
    return { data: res.data, statements: counter.statements.length };
  };

  it("a counts query runs one counting statement after a version check, and a repeated one only the check", async () => {
    const query = `{ subpoenaCounts(groupBy: [JURISDICTION, PERIOD]) { buckets { jurisdiction { slug name } period subpoenas } total { subpoenas } } }`;
    expect((await run(query)).statements).toBe(2);
    expect((await run(query)).statements).toBe(1);
    expect(
      (
        await run(
          `{ subpoenaCounts(filter: { jurisdictions: ["oregon"], outcomes: [DECLINED] }, groupBy: [OUTCOME, OFFENSE_CATEGORY]) { buckets { outcome subpoenas } } }`,
        )
      ).statements,
    ).toBe(2);
  });

  it("a page of 100 batches with agencies, jurisdiction, events, court cases and sources runs at most six", async () => {
    const { data, statements } = await run(`{
      batches(first: 100) {
        totalCount
        edges { node {
          id issuedOn countLabel
          jurisdiction { slug name }
          agencies { slug name kind }
          outcomes { outcome subpoenas }
          events { date status agency { slug name } courtCase { slug caption sources { id } } sources { id url } }
          courtCases { slug court sources { id } }
          sources { id url publisher }
        } }
      }
    }`);
    const edges = (data as { batches: { edges: { node: { events: unknown[]; courtCases: unknown[] } }[] } }).batches
      .edges;
    expect(edges).toHaveLength(100);
    expect(edges.some((e) => e.node.courtCases.length > 0)).toBe(true);
    expect(statements).toBeLessThanOrEqual(6);
  });

  it("adding policies and the agencies' jurisdictions costs one statement each, not one per batch", async () => {
    const { statements } = await run(`{
      batches(first: 100) { nodes { id policies { slug jurisdiction { slug } } agencies { jurisdiction { name } } } }
    }`);
    expect(statements).toBeLessThanOrEqual(4);
  });

  it("a timeline with batches and sources runs a fixed number of statements", async () => {
    const { statements } = await run(
      `{ timeline(limit: 300) { date status batch { id jurisdiction { slug } } sources { id } } }`,
    );
    expect(statements).toBeLessThanOrEqual(3);
  });
});
