import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { RateLimiter } from "../../src/http/rate-limit/rate-limiter";
import { startTestServer, type TestServer } from "../helpers/server";
import { makeStaff, makeToken } from "../helpers/staff";
import {
  GRAPHQL_HEADERS,
  expectNormalQueryAnswered,
  expectRefusal,
  graphqlBody,
  send,
  warmUp,
  type Attack,
} from "./attack-helpers";

/** The attack suite, part two: requests that are valid but would cost too much, and clients that ask too often. */
const link = (depth: number): string =>
  depth === 0 ? "name" : `name children { ${link(depth - 1)} } agencies { name } ancestors { name }`;
const explodingCounts =
  "groupBy=PERIOD,JURISDICTION,OUTCOME,OFFENSE_CATEGORY,AGENCY_KIND&interval=MONTH&fillEmptyPeriods=true&from=1926&to=2025";
const centuryOfMonths = `subpoenaCounts(groupBy: [PERIOD], interval: MONTH, filter: { issuedFrom: "1926", issuedTo: "2025" }) { buckets { period subpoenas } }`;

const ATTACKS: Attack[] = [
  {
    name: "jurisdiction links nested to the depth limit (nodes multiply)",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ jurisdictions { ${link(6)} } }`),
    status: 400,
    code: "NODE_LIMIT_EXCEEDED",
    hint: /could return up to \d+ nodes .*; one request may return at most 20000\. Ask for smaller pages/,
  },
  {
    name: "pages of batches nested in pages (batches → events → sources, 100 each)",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(
      `{ ${Array.from({ length: 3 }, (_, i) => `p${i}: batches(first: 100) { nodes { courtCases { batches(first: 100) { sources { id } events { sources { id } } } } } }`).join(" ")} }`,
    ),
    status: 400,
    code: "NODE_LIMIT_EXCEEDED",
    hint: /one request may return at most 20000/,
  },
  {
    name: "a court case's batches past the page limit",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ courtCases { batches(first: 500) { id } } }`),
    status: 200,
    code: "BAD_USER_INPUT",
    hint: /first must be between 1 and 100/,
  },
  {
    name: "a PNG over the pixel budget (2400 × 2400 at scale 3)",
    path: "/embed/subpoenas-over-time.png?width=2400&height=2400&scale=3",
    status: 400,
    code: null,
    hint: /2400 × 2400 at scale 3 is 51840000 pixels; a PNG may have at most 6000000\. Use a smaller width, height or scale, or the SVG/,
  },
  {
    name: "a square preset at scale 3, over the pixel budget",
    path: "/embed/outcomes.png?preset=square&scale=3",
    status: 400,
    code: null,
    hint: /Parameter "scale": .* pixels; a PNG may have at most/,
  },
  {
    name: "counts.csv exploding into buckets",
    path: `/api/v1/counts.csv?${explodingCounts}`,
    status: 400,
    code: null,
    hint: /could hold up to \d+ buckets \(1300 months × \d+ jurisdictions × \d+ outcomes.*at most 10000\. Narrow it/,
  },
  {
    name: "counts.json exploding into buckets",
    path: `/api/v1/counts.json?${explodingCounts}`,
    status: 400,
    code: "BUCKET_LIMIT_EXCEEDED",
    hint: /Narrow it: group by fewer dimensions, use a shorter date range/,
  },
  {
    name: "subpoenaCounts exploding into buckets",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(
      `{ subpoenaCounts(groupBy: [PERIOD, JURISDICTION, OUTCOME, OFFENSE_CATEGORY, AGENCY_KIND], interval: MONTH, fillEmptyPeriods: true, filter: { issuedFrom: "1926", issuedTo: "2025" }) { buckets { period } } }`,
    ),
    status: 400,
    code: "BUCKET_LIMIT_EXCEEDED",
    hint: /one answer holds at most 10000/,
  },
  {
    name: "thirty aliases of an allowed counts query",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ ${Array.from({ length: 30 }, (_, i) => `c${i}: ${centuryOfMonths}`).join(" ")} }`),
    status: 400,
    code: "NODE_LIMIT_EXCEEDED",
    hint: /0 objects and 39000 count buckets/,
  },
];

describe("attack suite: costly requests", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ api: loadConfig({}).api });
    await warmUp(server.url);
  });
  afterAll(() => server?.close());

  it.each(ATTACKS.map((a) => [a.name, a] as const))("%s", async (_name, attack) => {
    expectRefusal(await send(server.url, attack), attack);
    await expectNormalQueryAnswered(server.url);
  });

  it("reports the estimated cost in extensions.cost and through rateLimit", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: GRAPHQL_HEADERS,
      body: graphqlBody(`{ batches(first: 100) { nodes { id } } rateLimit { cost limit remaining nodeLimit } }`),
    });
    const body = (await res.json()) as {
      data: { rateLimit: { cost: number; limit: number | null; nodeLimit: number } };
      extensions: { cost: { nodes: number; cost: number; maxNodes: number } };
    };
    expect(body.extensions.cost).toMatchObject({ nodes: 100, cost: 2, maxNodes: 20000 });
    expect(body.data.rateLimit).toMatchObject({ cost: 2, limit: null, nodeLimit: 20000 });
  });

  it("lets a single allowed century of months through", async () => {
    const res = await send(server.url, {
      name: "",
      path: "/graphql",
      headers: GRAPHQL_HEADERS,
      body: graphqlBody(`{ ${centuryOfMonths} }`),
    });
    expect(res.status).toBe(200);
  });
});

describe("attack suite: rate limits", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ api: loadConfig({}).api, rateLimit: { points: 40, windowSeconds: 60 } });
  });
  afterAll(() => server?.close());

  it("answers a client over its points with 429 and Retry-After, and says where it stands on every answer", async () => {
    const first = await fetch(`${server.url}/api/v1/counts.json?groupBy=STATE`);
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit-policy")).toBe("40;w=60");
    expect(first.headers.get("ratelimit")).toMatch(/^limit=40, remaining=39, reset=\d+$/);
    // Images cost 10 points: three more exhaust the window.
    for (let i = 0; i < 3; i++)
      expect((await fetch(`${server.url}/embed/outcomes.png?width=${300 + i}`)).status).toBe(200);
    const refused = await send(server.url, { name: "", path: "/embed/outcomes.png?width=400" });
    expectRefusal(refused, {
      name: "",
      path: "",
      status: 429,
      code: "RATE_LIMITED",
      hint: /used its 40 points for this 60-second window. Try again in \d+ seconds/,
    });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const graphql = await send(server.url, {
      name: "",
      path: "/graphql",
      headers: GRAPHQL_HEADERS,
      body: graphqlBody("{ dataset { version } }"),
    });
    expect({ status: graphql.status, code: graphql.code }).toEqual({ status: 429, code: "RATE_LIMITED" });
    // Health checks are never limited.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("charges a request with an API token to its token, not its address; a made-up token to the address", async () => {
    const member = await makeStaff(server, "editor");
    const [a, b] = [await makeToken(server, member, ["read"]), await makeToken(server, member, ["read"])];
    const get = (path: string, token?: string) =>
      fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    // This address has spent its points.
    for (let i = 0; i < 8 && (await get(`/embed/outcomes.png?width=${500 + i}`)).status !== 429; i++);
    expect((await get("/api/v1/counts.json?groupBy=STATE")).status).toBe(429);

    // Token a, from the same address, has a budget of its own, and its answers say so.
    const first = await get("/api/v1/counts.json?groupBy=STATE", a);
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit")).toMatch(/^limit=40, remaining=39, reset=\d+$/);
    const query = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { ...GRAPHQL_HEADERS, authorization: `Bearer ${a}` },
      body: graphqlBody("{ dataset { version } }"),
    });
    expect(query.status).toBe(200);
    expect(query.headers.get("ratelimit")).toMatch(/^limit=40, remaining=38, reset=\d+$/);
    for (let i = 0; i < 4; i++) await get(`/embed/outcomes.png?width=${600 + i}`, a);
    const refused = await send(server.url, {
      name: "",
      path: "/api/v1/counts.json?groupBy=STATE",
      headers: { authorization: `Bearer ${a}` },
    });
    expect({ status: refused.status, code: refused.code }).toEqual({ status: 429, code: "RATE_LIMITED" });

    // Token b is charged apart from token a.
    const other = await get("/api/v1/counts.json?groupBy=STATE", b);
    expect(other.status).toBe(200);
    expect(other.headers.get("ratelimit")).toMatch(/^limit=40, remaining=39, reset=\d+$/);
    // A token that does not hold is no fresh budget: it is charged to the address, which is spent.
    expect((await get("/api/v1/counts.json?groupBy=STATE", "made-up-token-0123456789")).status).toBe(429);
  });

  it("keeps its counters in the database, so every server process on it shares them", async () => {
    const a = new RateLimiter(server.database.dataSource, 100, 60);
    const b = new RateLimiter(server.database.dataSource, 100, 60);
    await a.charge("shared-client", 60);
    const seen = await b.charge("shared-client", 30);
    expect(seen).toMatchObject({ limit: 100, remaining: 10, exceeded: false });
    expect((await a.charge("shared-client", 20)).exceeded).toBe(true);
  });
});

describe("attack suite: a flood of PNGs", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ images: { maxPixels: 6_000_000, workers: 1, queue: 1 } });
    await warmUp(server.url);
  });
  afterAll(() => server?.close());

  it("renders off the event loop, and refuses what the queue cannot hold with 503 and Retry-After", async () => {
    const flood = Array.from({ length: 8 }, (_, i) =>
      send(server.url, { name: "", path: `/embed/subpoenas-over-time.png?width=${2000 + i}&height=1200&scale=1.2` }),
    );
    // While the worker renders, the event loop stays free: a normal query is answered quickly.
    await expectNormalQueryAnswered(server.url);
    const answers = await Promise.all(flood);
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const refusal of refused) {
      expectRefusal(refusal, {
        name: "",
        path: "",
        status: 503,
        code: null,
        hint: /Every PNG renderer is busy and 1 images are waiting, the limit\. Try again in 2 seconds/,
      });
      expect(refusal.headers.get("retry-after")).toBe("2");
    }
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(2);
    await expectNormalQueryAnswered(server.url);
  });
});
