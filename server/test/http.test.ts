import { auditServer } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { startTestServer, type TestServer } from "./helpers/server";

/** The fetch a real GraphQL client would use: a preflight-forcing header, as Apollo's CSRF prevention asks of GETs. */
const preflightFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set("apollo-require-preflight", "true");
  return fetch(input, { ...init, headers });
};

describe("GraphQL over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      api: { ...loadConfig({}).api, maxDepth: 8, maxAliases: 5, maxBodyBytes: 20_000 },
    });
  });
  afterAll(() => server?.close());

  it("passes the graphql-http server audits with no errors and no warnings", async () => {
    const results = await auditServer({ url: `${server.url}/graphql`, fetchFn: preflightFetch });
    const notOk = (status: string) =>
      results.flatMap((r) => (r.status === status && "reason" in r ? [`${r.name}: ${r.reason}`] : []));
    expect(notOk("error")).toEqual([]);
    // The SHOULDs too: validation failures answer 200 to clients that accept only application/json.
    expect(notOk("warn")).toEqual([]);
    expect(results.filter((r) => r.status === "ok").length).toBeGreaterThan(50);
  });

  it("answers GET queries that carry a preflight header, and refuses simple GETs as possible CSRF", async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent("{ dataset { version } }")}`;
    const ok = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ data: { dataset: { version: 1 } } });
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
  });

  it("revalidates GET queries with an ETag from the dataset version", async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent("{ subpoenaCounts(groupBy: [STATE]) { total { subpoenas } } }")}`;
    const headers = { "apollo-require-preflight": "true" };
    const first = await fetch(url, { headers });
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"v1-/);
    expect(first.headers.get("cache-control")).toBe("max-age=60, public");
    const again = await fetch(url, { headers: { ...headers, "if-none-match": etag! } });
    expect(again.status).toBe(304);
    // Another query is another answer.
    const other = await fetch(`${url}%20`, { headers: { ...headers, "if-none-match": etag! } });
    expect(other.status).toBe(200);
  });

  it("gives errors a code and a message saying what to fix, never a stack trace or SQL", async () => {
    const res = await server.graphql(`{ batches(first: 500) { totalCount } }`);
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^first must be between 1 and 100/),
      extensions: { code: "BAD_USER_INPUT", argument: "first" },
    });
    const missing = await server.graphql(`{ batch(id: "no-such-batch") { id } }`);
    expect(missing.data).toEqual({ batch: null });
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const typo = await server.graphql(`{ batchs { id } }`);
    expect(typo.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    for (const body of [res, missing, typo]) {
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/stacktrace| {4}at |SELECT |node_modules/);
    }
  });

  it("refuses queries nested too deep", async () => {
    const res = await server.graphql(
      `{ batches { nodes { events { batch { events { batch { jurisdiction { parent { name } } } } } } } } }`,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/nests fields 9 levels deep; the maximum is 8/),
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
  });

  it("refuses queries with too many aliases, counting those in fragments where they are used", async () => {
    const res = await server.graphql(
      `query Many { ...F ...F } fragment F on Query { a: dataset { version } b: dataset { version } c: dataset { version } }`,
    );
    expect(res.errors?.[0].message).toMatch(/Operation Many uses 6 aliases; the maximum is 5/);
  });

  it("refuses oversized bodies with 413 and a GraphQL-shaped error", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ dataset { version } }`, variables: { padding: "x".repeat(30_000) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: "PAYLOAD_TOO_LARGE" } });
    expect(body.errors[0].message).toMatch(/larger than the limit of 20000 bytes/);
  });

  it("answers malformed JSON with 400 and no stack", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/ {4}at /);
  });

  it("serves a local GraphiQL explorer with saved examples to browsers, with no CDN", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("GraphiQL");
    expect(html).toContain("CountsByJurisdiction");
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBe(4);
    for (const asset of assets) {
      expect(asset.startsWith("/")).toBe(true);
      const file = await fetch(`${server.url}${asset}`);
      expect(file.status).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });
});
