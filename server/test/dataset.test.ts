import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertGeneratedBatches } from "./helpers/generate";
import { startTestServer, type TestServer } from "./helpers/server";
import { countStatements } from "./helpers/sql-counter";

describe("the dataset query on the seed", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("counts 34 subpoenas in 9 batches, with coverage dates at their own precision", async () => {
    const res = await server.graphql<{ dataset: Record<string, unknown> }>(
      `{ dataset { version coverageFrom coverageTo licenses { name } counts { subpoenas batches unknownCountBatches jurisdictionsWithBatches events sources } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.dataset).toMatchObject({
      version: 1,
      coverageFrom: "2020-01-13",
      coverageTo: "2025-07", // the Oregon counties' batch, dated only to the month
      licenses: [{ name: "CC-BY-4.0" }],
      counts: {
        subpoenas: 34,
        batches: 9,
        unknownCountBatches: 0,
        jurisdictionsWithBatches: 8, // the six of 2020, Colorado and Los Angeles County
        events: 32,
        sources: 63,
      },
    });
  });

  it("serves a liveness check", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe("the dataset's record counts", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  const COUNTS = `{ dataset { version counts { batches events subpoenas } } }`;

  /** The statements one query runs, and its answer. */
  const run = async (query: string) => {
    const counter = countStatements(server.database.dataSource);
    try {
      const res = await server.graphql<{ dataset: { version: number; counts?: Record<string, number> } }>(query);
      expect(res.errors).toBeUndefined();
      return { dataset: res.data!.dataset, statements: [...counter.statements] };
    } finally {
      counter.restore();
    }
  };

  it("are not counted for a query that does not ask for them (the dashboard's date range and citation)", async () => {
    // Counting scans every batch and event: 1.4 s of database time at a million batches, on every visit.
    const { dataset, statements } = await run(
      `{ dataset { title version updatedAt citation coverageFrom coverageTo licenses { name } } }`,
    );
    expect(dataset).toMatchObject({ coverageFrom: "2020-01-13", coverageTo: "2025-07" });
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toMatch(/count\(|FROM events/);
  });

  it("are counted once per dataset version, and again once the data has changed", async () => {
    const first = await run(COUNTS);
    expect(first.dataset.counts).toEqual({ batches: 9, events: 32, subpoenas: 34 });
    expect(first.statements.some((s) => /FROM events/.test(s))).toBe(true);

    const again = await run(COUNTS);
    expect(again.dataset).toEqual(first.dataset);
    expect(again.statements.some((s) => /FROM events/.test(s))).toBe(false);

    const added = await insertGeneratedBatches(server.database.dataSource, 5);
    const after = await run(COUNTS);
    expect(after.dataset.version).toBeGreaterThan(first.dataset.version);
    expect(after.dataset.counts!.batches).toBe(9 + added.length);
    expect(after.dataset.counts!.events).toBeGreaterThan(32);
  });
});
