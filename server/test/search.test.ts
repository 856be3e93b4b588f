// Full-text search: GraphQL's search(query:, first:, after:) over HTTP, and the index staying right after an import
// and after an edit through the write path (the search columns are generated, so every write path keeps them).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackage } from "../src/import/importer";
import { search } from "../src/modules/search/search.service";
import { readStoredRecords } from "../src/write/field-values";
import { RESOURCE_BY_NAME } from "../src/write/resources";
import { publishChanges } from "../src/write/write.service";
import { appendLines, copySeed, edit } from "./helpers/packages";
import { openTestDatabase, SEED_DIR, startTestServer, type TestServer } from "./helpers/server";

interface Hit {
  kind: string;
  id: string;
  rank: number;
  snippet: { text: string; match: boolean }[];
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Hit[];
}

describe("search over HTTP", () => {
  let server: TestServer;
  const run = async (query: string, extra = ""): Promise<Page> => {
    const res = await server.graphql<{ search: Page }>(
      `query($q: String!) { search(query: $q${extra}) { totalCount pageInfo { hasNextPage endCursor }
        nodes { kind id rank snippet { text match } } } }`,
      { q: query },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("finds sources by title and quote, with stemming, most relevant first, matches marked", async () => {
    const page = await run("enforce subpoenas");
    const ids = page.nodes.map((n) => `${n.kind}:${n.id}`);
    // "asking a judge to enforce three subpoenas": the quote, matched through the stems of both words.
    expect(ids).toContain("SOURCE:cbs-denver-2020-04-21");
    const ranks = page.nodes.map((n) => n.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const hit = page.nodes.find((n) => n.id === "cbs-denver-2020-04-21")!;
    const marked = hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(["subpoenas", "enforce"]));
  });

  it("finds batches (by their place too), events, court cases and policies", async () => {
    const kinds = async (q: string) => (await run(q, ", first: 50")).nodes.map((n) => `${n.kind}:${n.id}`);
    expect(await kinds("Denver")).toEqual(
      expect.arrayContaining(["BATCH:2020-01-13-denver", "JURISDICTION:denver-co", "POLICY:denver-cb17-940"]),
    );
    expect(await kinds("Gomez")).toContain("COURT_CASE:ice-v-gomez-2020");
    expect(await kinds("TRUST Act")).toContain("POLICY:ct-trust-act");
    const events = (await run("motion to compel", ", first: 50")).nodes.filter((n) => n.kind === "EVENT");
    expect(events.length).toBeGreaterThan(0);
  });

  it("pages by cursor without repeating a hit, whatever the page size", async () => {
    const walk = async (size: number): Promise<string[]> => {
      const seen: string[] = [];
      let page = await run("subpoena", `, first: ${size}`);
      for (;;) {
        seen.push(...page.nodes.map((n) => `${n.kind}:${n.id}`));
        if (!page.pageInfo.hasNextPage) return seen;
        page = await run("subpoena", `, first: ${size}, after: "${page.pageInfo.endCursor}"`);
      }
    };
    const total = (await run("subpoena", ", first: 1")).totalCount;
    expect(total).toBeGreaterThan(4);
    const bySeven = await walk(7);
    expect(bySeven).toHaveLength(total);
    expect(new Set(bySeven).size).toBe(total);
    expect(await walk(50)).toEqual(bySeven);
  });

  it("answers an empty result plainly and refuses an empty query", async () => {
    expect((await run("zzzyxq")).totalCount).toBe(0);
    const empty = await server.graphql(`{ search(query: "   ") { totalCount } }`);
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(empty.errors?.[0].message).toMatch(/at least one word/);
    // Web-search syntax: -word excludes; stray quotes, brackets and markup are only text and break nothing.
    const withoutDenver = await run("subpoena -denver", ", first: 50");
    expect(withoutDenver.totalCount).toBeGreaterThan(0);
    expect(withoutDenver.nodes.map((n) => n.id).join(" ")).not.toMatch(/denver/);
    expect((await run(`<script> "subpoena or (`)).totalCount).toBeGreaterThanOrEqual(0);
  });
});

describe("the search index after writes", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  const found = async (q: string) => (await search(db.dataSource, q, { first: 50 })).edges.map((e) => e.node.id);

  beforeAll(async () => {
    db = await openTestDatabase();
    await importPackage(db.dataSource, SEED_DIR);
  });
  afterAll(() => db?.close());

  it("finds what an import adds or changes, and no longer finds what it replaced", async () => {
    expect(await found("Wiltshire")).toEqual([]);
    const dir = copySeed();
    edit(dir, "sources.csv", "ICE subpoenas Denver law enforcement", "ICE subpoenas Wiltshire law enforcement");
    appendLines(dir, "court_cases.csv", [
      "example-case-2020,U.S. District Court for the District of Oregon,,Petition about Marmalade County records,2020-05,,pending,,,ijpr-2020-03-08",
    ]);
    await importPackage(db.dataSource, dir);
    expect(await found("Wiltshire")).toEqual(["ap-2020-01-denver"]);
    expect(await found("marmalade")).toEqual(["example-case-2020"]);
  });

  it("finds what an edit through the write path says", async () => {
    const [policy] = await readStoredRecords(db.dataSource, RESOURCE_BY_NAME.policies, {
      sql: "policies.slug = ANY($1)",
      params: [["ct-trust-act"]],
    });
    const values = Object.fromEntries(Object.entries(policy.values).map(([k, v]) => [k, v ?? ""]));
    await publishChanges(db.dataSource, {
      kind: "edit",
      note: "Summary wording",
      changes: [
        {
          resource: "policies",
          line: 1,
          baseVersion: policy.version,
          values: { ...values, summary: `${values.summary} Known locally as the Quinoa clause.` },
          reason: "Clearer summary.",
        },
      ],
    });
    expect(await found("quinoa")).toEqual(["ct-trust-act"]);
  });
});
