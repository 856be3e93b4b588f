import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { insertGeneratedBatches } from "./helpers/generate";
import { startTestServer, type TestServer } from "./helpers/server";
import { countStatements, type StatementCounter } from "./helpers/sql-counter";

// Issue 12: a chart read by thousands of readers costs one query. Repeated public count queries are answered with
// the bytes of the first answer after a dataset version check (http/graphql-answer-cache.ts); these tests check that
// such answers are the same as Apollo's, follow the data, are charged like Apollo's, and are kept only when safe.

const CHART = `{ subpoenaCounts(groupBy: [PERIOD, JURISDICTION], top: 3) { buckets { period jurisdiction { slug } other subpoenas batches } total { subpoenas batches } } }`;

async function post(server: TestServer, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return { res, text: await res.text() };
}

const kept = (res: Response) => ["content-type", "cache-control", "vary"].map((h) => [h, res.headers.get(h)] as const);

describe("whole answers to public count queries", () => {
  let server: TestServer;
  let counter: StatementCounter;

  beforeAll(async () => {
    server = await startTestServer();
    counter = countStatements(server.database.dataSource);
  });
  afterAll(async () => {
    counter?.restore();
    await server?.close();
  });

  it("answers a repeated query with the same bytes and headers after one version check", async () => {
    const first = await post(server, CHART);
    counter.reset();
    const again = await post(server, CHART);
    expect(counter.statements).toHaveLength(1);
    expect(counter.statements[0]).toMatch(/FROM dataset/);
    expect(again.res.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(kept(again.res)).toEqual(kept(first.res));
    expect(JSON.parse(again.text)).toMatchObject({ extensions: { cost: { cost: expect.any(Number) } } });
    // Another Accept header is another answer (the content type follows it).
    const modern = await post(server, CHART, { accept: "application/graphql-response+json" });
    expect(modern.res.headers.get("content-type")).toContain("application/graphql-response+json");
    expect(modern.text).toBe(first.text);
  });

  it("follows the data: a new dataset version is counted afresh", async () => {
    const before = await post(server, CHART);
    await insertGeneratedBatches(server.database.dataSource, 40, 7);
    await server.database.dataSource.query(`UPDATE dataset SET version = version + 1`);
    counter.reset();
    const after = await post(server, CHART);
    expect(counter.statements.length).toBeGreaterThan(1);
    const total = (text: string) =>
      (JSON.parse(text) as { data: { subpoenaCounts: { total: { batches: number } } } }).data.subpoenaCounts.total
        .batches;
    expect(total(after.text)).toBe(total(before.text) + 40);
  });

  it("keeps no answer that failed, nor one with another root field", async () => {
    const cases = [
      `{ subpoenaCounts(groupBy: [OUTCOME], filter: { jurisdictions: ["atlantis"] }) { total { subpoenas } } }`,
      `{ subpoenaCounts(groupBy: [OUTCOME]) { total { subpoenas } } dataset { counts { batches } } }`,
    ];
    for (const query of cases) {
      await post(server, query);
      counter.reset();
      await post(server, query);
      // Apollo ran it again: the failed count is tried again, and the dataset's figures are read again.
      expect(counter.statements.length).toBeGreaterThan(1);
    }
  });
});

describe("whole answers and the rate limit", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ api: loadConfig({}).api, rateLimit: { points: 60, windowSeconds: 60 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("charges a kept answer what Apollo charges, and refuses a client over its points the same way", async () => {
    const remaining = (res: Response) => Number(/remaining=(\d+)/.exec(res.headers.get("ratelimit") ?? "")?.[1]);
    const first = await post(server, CHART);
    const cost = (JSON.parse(first.text) as { extensions: { cost: { cost: number } } }).extensions.cost.cost;
    expect(cost).toBeGreaterThan(1);
    let last = remaining(first.res);
    expect(last).toBe(60 - cost);
    for (;;) {
      const { res, text } = await post(server, CHART);
      if (res.status === 429) {
        const body = JSON.parse(text) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0].extensions.code).toBe("RATE_LIMITED");
        expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
        break;
      }
      expect(text).toBe(first.text);
      expect(remaining(res)).toBe(last - cost);
      last = remaining(res);
    }
    // Charged once for the refused request, not twice: the window is spent by exactly the requests made.
    expect(last).toBeLessThan(cost);
  });

  it("keeps no answer that depends on who asks (the client's own rate limit)", async () => {
    const query = `{ subpoenaCounts(groupBy: [OUTCOME]) { total { subpoenas } } rateLimit { remaining } }`;
    const fresh = await startTestServer({ api: loadConfig({}).api, rateLimit: { points: 500, windowSeconds: 60 } });
    try {
      const seen = [];
      for (let i = 0; i < 3; i += 1) {
        const { text } = await post(fresh, query);
        seen.push((JSON.parse(text) as { data: { rateLimit: { remaining: number } } }).data.rateLimit.remaining);
      }
      expect(seen[1]).toBeLessThan(seen[0]);
      expect(seen[2]).toBeLessThan(seen[1]);
    } finally {
      await fresh.close();
    }
  });
});
