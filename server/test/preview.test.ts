// A preview applies a draft inside a transaction that is rolled back. On the embedded database (PGlite: one session
// behind a socket) an open transaction makes every other connection wait, so the transaction must be open only while
// the preview's operation runs: never while its request is still arriving, never while the answer is being sent, and
// never while the same request needs another connection (the rate limit's charge), which would wait for ever.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";
import { call, makeStaff, signInCookie } from "./helpers/staff";

const SLUG = "preview-town-co";
const DRAFT_SOURCE = "example-preview-town";
const PUBLIC_QUERY = `{ subpoenaCounts(groupBy: [OUTCOME]) { total { subpoenas } } }`;
// A list makes the operation cost more than the request's first point, so the cost plugin charges the rest.
const PREVIEW_QUERY = `query ($slug: ID!) { jurisdiction(slug: $slug) { slug name } batches(first: 100) { nodes { id } } }`;
/** How long a public read may take while a preview is in flight: generous for shared machines, far below a stall. */
const PROMPT_MS = 2_500;
/** How long the slow client takes to send the rest of its preview request. */
const SLOW_BODY_MS = 6_000;

describe("previews do not hold up the public", () => {
  let server: TestServer;
  let editorCookie: string;
  let changesetId: string;

  beforeAll(async () => {
    // The rate limit on, as in production: a preview's cost is charged through the pool while the preview runs.
    server = await startTestServer({ rateLimit: { points: 1_000_000, windowSeconds: 60 } });
    const contributorCookie = await signInCookie(server, await makeStaff(server, "contributor"));
    editorCookie = await signInCookie(server, await makeStaff(server, "editor"));
    const created = await call<{ createChangeset: { id: string } }>(
      server,
      `mutation { createChangeset(note: "A town to preview") { id } }`,
      {},
      { cookie: contributorCookie },
    );
    changesetId = created.body.data!.createChangeset.id;
    const saved = await call(
      server,
      `mutation ($cs: ID!) { saveJurisdiction(changesetId: $cs, input: { slug: "${SLUG}", name: "Preview Town", kind: CITY, state: "CO" }) { id } }`,
      { cs: changesetId },
      { cookie: contributorCookie },
    );
    expect(saved.body.errors).toBeUndefined();
    const source = await call(
      server,
      `mutation ($cs: ID!, $input: SourceInput!) { saveSource(changesetId: $cs, input: $input) { id } }`,
      {
        cs: changesetId,
        input: {
          id: DRAFT_SOURCE,
          url: "https://example.org/preview-town",
          publisher: "Example News",
          kind: "NEWS",
          reliability: "SECONDARY",
          quote: "Preview Town was served.",
        },
      },
      { cookie: contributorCookie },
    );
    expect(source.body.errors).toBeUndefined();
  });
  afterAll(() => server?.close());

  /** The public total, and how long it took to answer. */
  async function timedPublicRead(): Promise<{ ms: number; subpoenas: number }> {
    const started = Date.now();
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: PUBLIC_QUERY }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as { data: { subpoenaCounts: { total: { subpoenas: number } } } };
    return { ms: Date.now() - started, subpoenas: body.data.subpoenaCounts.total.subpoenas };
  }

  function previewBody(): string {
    return JSON.stringify({ query: PREVIEW_QUERY, variables: { slug: SLUG } });
  }

  const previewHeaders = () => ({
    "content-type": "application/json",
    cookie: editorCookie,
    "apollo-require-preflight": "true",
    "x-preview-changeset": changesetId,
  });

  it("answers a preview with the rate limit on, and the public beside it", async () => {
    const before = await timedPublicRead();
    const [preview, during] = await Promise.all([
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: previewHeaders(),
        body: previewBody(),
        signal: AbortSignal.timeout(20_000),
      }),
      timedPublicRead(),
    ]);
    expect(preview.status).toBe(200);
    expect(preview.headers.get("cache-control")).toBe("private, no-store");
    const previewed = (await preview.json()) as {
      data: { jurisdiction: unknown };
      extensions: { cost: { cost: number } };
    };
    expect(previewed.data.jurisdiction).toEqual({ slug: SLUG, name: "Preview Town" });
    expect(previewed.extensions.cost.cost).toBeGreaterThan(1);
    expect(during.subpoenas).toBe(before.subpoenas);
    expect(during.ms).toBeLessThan(PROMPT_MS + 2_000);

    // Afterwards, nothing of the draft is left and the public is answered at once.
    const after = await timedPublicRead();
    expect(after.ms).toBeLessThan(PROMPT_MS);
    const publicView = await server.graphql<{ jurisdiction: unknown }>(PREVIEW_QUERY, { slug: SLUG });
    expect(publicView.data?.jurisdiction ?? null).toBeNull();
  });

  it("answers the public promptly while a preview's request is still arriving", async () => {
    const body = previewBody();
    const url = new URL(`${server.url}/graphql`);
    let answer = "";
    const previewDone = new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { ...previewHeaders(), "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (answer += chunk));
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      // Half the body now, the rest only after the public read below has had its chance.
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), SLOW_BODY_MS);
    });
    // Let the server take the preview's headers first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const during = await timedPublicRead();
    expect(during.ms).toBeLessThan(PROMPT_MS);
    expect(await previewDone).toBe(200);
    expect((JSON.parse(answer) as { data: { jurisdiction: unknown } }).data.jurisdiction).toEqual({
      slug: SLUG,
      name: "Preview Town",
    });
  });

  it("still refuses a preview of a changeset that does not exist, with 404", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { ...previewHeaders(), "x-preview-changeset": "999999" },
      body: previewBody(),
      signal: AbortSignal.timeout(20_000),
    });
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("NOT_FOUND");
    expect(body.errors[0].message).toMatch(/^Cannot preview changeset 999999/);
    const after = await timedPublicRead();
    expect(after.ms).toBeLessThan(PROMPT_MS);
  });

  describe("the CSV/JSON twins", () => {
    const twin = (path: string, headers: Record<string, string>) =>
      fetch(`${server.url}/api/v1/${path}`, { headers, signal: AbortSignal.timeout(20_000) });

    it("answer a reviewer's preview with the draft applied, private and never stored", async () => {
      for (const path of ["sources.json", "sources.csv"]) {
        const res = await twin(path, previewHeaders());
        expect(res.status, path).toBe(200);
        expect(res.headers.get("cache-control"), path).toBe("private, no-store");
        expect(res.headers.get("etag"), path).toBeNull();
        expect(await res.text(), path).toContain(DRAFT_SOURCE);
      }
      for (const path of ["counts.json?groupBy=outcome", "batches.csv", "agencies.json", "court-cases.csv"]) {
        const res = await twin(path, previewHeaders());
        expect(res.status, path).toBe(200);
        expect(res.headers.get("cache-control"), path).toBe("private, no-store");
        await res.text();
      }
      // The public is answered at once afterwards: nothing of the preview is left open.
      expect((await timedPublicRead()).ms).toBeLessThan(PROMPT_MS);
    });

    it("never show the draft to anyone else, and never in the data package", async () => {
      const anonymous = await twin("sources.json", { "x-preview-changeset": changesetId });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("cache-control")).toBe("no-store");
      expect(await anonymous.text()).not.toContain(DRAFT_SOURCE);

      const publicAnswer = await twin("sources.json", {});
      expect(publicAnswer.status).toBe(200);
      expect(publicAnswer.headers.get("etag")).not.toBeNull();
      expect(publicAnswer.headers.get("vary")).toMatch(/X-Preview-Changeset/i);
      expect(await publicAnswer.text()).not.toContain(DRAFT_SOURCE);

      const unknown = await twin("sources.json", { ...previewHeaders(), "x-preview-changeset": "999999" });
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");

      const zip = await twin("datapackage.zip", previewHeaders());
      expect(zip.status).toBe(200);
      // The public package, as cached for everyone: not the reviewer's private preview.
      expect(zip.headers.get("cache-control")).not.toMatch(/private/);
      await zip.arrayBuffer();
    });
  });
});
