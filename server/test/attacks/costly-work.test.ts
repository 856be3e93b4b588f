import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { startTestServer, type TestServer } from "../helpers/server";
import {
  GRAPHQL_HEADERS,
  NORMAL_QUERY,
  expectNormalQueryAnswered,
  graphqlBody,
  send,
  warmUp,
  type Refusal,
} from "./attack-helpers";

/**
 * The cap on costly requests running at once (http/work-gate.ts), tried as a flood would: many costly requests at the
 * same moment. One runs, one waits its turn, and the rest are refused at once with 503, Retry-After and a message
 * that says what to do; cheap requests are never held up or refused by it.
 */
const COSTLY_NODES = 500;
const COSTLY_QUERY = `{ batches(first: 100) { nodes { id issuedOn sources { id url } events { id date } agencies { slug } } } }`;
const COSTLY_COUNTS = "/api/v1/counts.json?groupBy=PERIOD,JURISDICTION,OUTCOME&interval=MONTH&fillEmptyPeriods=true";
// Enough that some arrive while one runs and one waits, however fast each is answered: with 12, a warm server on
// PostgreSQL once answered every one before the next arrived, and refused none.
const AT_ONCE = 40;

describe("the cap on costly work", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      api: { ...loadConfig({}).api, costlyConcurrent: 1, costlyQueue: 1, costlyNodes: COSTLY_NODES },
    });
    await warmUp(server.url);
  });
  afterAll(() => server?.close());

  function expectBusy(refusal: Refusal): void {
    expect(refusal.status).toBe(503);
    expect(refusal.code).toBe("SERVICE_UNAVAILABLE");
    expect(refusal.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    expect(refusal.message).toMatch(
      /The server is busy: 1 costly requests are running and 1 more are waiting, its limit\. Try again in \d+ seconds, or ask for less/,
    );
    expect(refusal.body).not.toMatch(/ {4}at |node_modules|SELECT /);
  }

  it("counts the flood's query as costly and a reader's query as cheap", async () => {
    const costly = (await (
      await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: GRAPHQL_HEADERS,
        body: graphqlBody(COSTLY_QUERY),
      })
    ).json()) as { extensions: { cost: { nodes: number } } };
    expect(costly.extensions.cost.nodes).toBeGreaterThanOrEqual(COSTLY_NODES);
    const cheap = (await (
      await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: GRAPHQL_HEADERS,
        body: graphqlBody(NORMAL_QUERY),
      })
    ).json()) as { extensions: { cost: { nodes: number; buckets: number } } };
    expect(cheap.extensions.cost.nodes + cheap.extensions.cost.buckets).toBeLessThan(COSTLY_NODES);
  });

  it("refuses GraphQL queries beyond the running one and its queue with 503 and Retry-After; cheap ones pass", async () => {
    const costly = Array.from({ length: AT_ONCE }, () =>
      send(server.url, {
        name: "costly work",
        path: "/graphql",
        headers: GRAPHQL_HEADERS,
        body: graphqlBody(COSTLY_QUERY),
      }),
    );
    // Sent in the middle of the flood: a reader's query neither waits for a place nor is refused.
    const cheap = send(server.url, {
      name: "costly work",
      path: "/graphql",
      headers: GRAPHQL_HEADERS,
      body: graphqlBody(NORMAL_QUERY),
    });
    const answers = await Promise.all(costly);
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    // The one running and the one waiting at least are answered, in full.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    for (const answer of answers.filter((a) => a.status === 200)) {
      const body = JSON.parse(answer.body) as { data: { batches: { nodes: unknown[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data.batches.nodes.length).toBeGreaterThan(0);
    }
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const refusal of refused) {
      expectBusy(refusal);
      expect(refusal.headers.get("content-type")).toMatch(/application\/graphql-response\+json/);
    }
    const reader = await cheap;
    expect(reader.status).toBe(200);
    expect((JSON.parse(reader.body) as { errors?: unknown }).errors).toBeUndefined();
    await expectNormalQueryAnswered(server.url);
  });

  it("refuses large counts files beyond the running one and its queue the same way", async () => {
    const answers = await Promise.all(
      Array.from({ length: AT_ONCE }, () => send(server.url, { name: "costly work", path: COSTLY_COUNTS })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    for (const answer of answers.filter((a) => a.status === 200)) {
      expect((JSON.parse(answer.body) as { buckets: unknown[] }).buckets.length).toBeGreaterThanOrEqual(COSTLY_NODES);
    }
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const refusal of refused) expectBusy(refusal);
    // The CSV says the same, as plain text.
    const csv = await Promise.all(
      Array.from({ length: AT_ONCE }, () =>
        send(server.url, { name: "costly work", path: COSTLY_COUNTS.replace(".json", ".csv") }),
      ),
    );
    const csvRefusal = csv.find((a) => a.status === 503);
    expect(csvRefusal?.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    expect(csvRefusal?.body).toMatch(/The server is busy: .* Try again in \d+ seconds/);
    // A small counts file is no costly work: answered at once.
    const small = await send(server.url, { name: "costly work", path: "/api/v1/counts.csv?groupBy=OUTCOME" });
    expect(small.status).toBe(200);
    await expectNormalQueryAnswered(server.url);
  });

  it("gives every place back: once the flood is over, costly requests are answered again", async () => {
    for (let i = 0; i < 3; i++) {
      const answer = await send(server.url, {
        name: "costly work",
        path: "/graphql",
        headers: GRAPHQL_HEADERS,
        body: graphqlBody(COSTLY_QUERY),
      });
      expect(answer.status).toBe(200);
      const counts = await send(server.url, { name: "costly work", path: COSTLY_COUNTS });
      expect(counts.status).toBe(200);
    }
  });
});
