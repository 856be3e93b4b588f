// The records browser's queries over HTTP: tables of sources, court cases and agencies (facets, sorting, keyset
// paging), the batches' facets, what cites a source, a court case's steps, and the tables' CSV/JSON twins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";

type Json = Record<string, unknown>;
interface Facet {
  field: string;
  values: { value: string; count: number }[];
}
interface Table {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: Json[];
  facets: Facet[];
}

describe("records browser API", () => {
  let server: TestServer;
  const query = async <T = Json>(q: string, variables?: Json): Promise<T> => {
    const res = await server.graphql<T>(q, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const sourceTable = async (args: string): Promise<Table> =>
    (
      await query<{ sourceTable: Table }>(`{ sourceTable(${args}) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        nodes { id publisher publishedOn kind } facets { field values { value count } } } }`)
    ).sourceTable;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("walks every source once, page by page, forward and back, in the requested order", async () => {
    const all = await sourceTable(`first: 100, orderBy: PUBLISHER_ASC`);
    const publishers = all.nodes.map((n) => String(n.publisher).toLowerCase());
    expect(publishers).toEqual([...publishers].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const seen: string[] = [];
    let page = await sourceTable(`first: 4, orderBy: PUBLISHER_ASC`);
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    for (;;) {
      seen.push(...page.nodes.map((n) => String(n.id)));
      if (!page.pageInfo.hasNextPage) break;
      page = await sourceTable(`first: 4, orderBy: PUBLISHER_ASC, after: "${page.pageInfo.endCursor}"`);
      expect(page.pageInfo.hasPreviousPage).toBe(true);
    }
    expect(seen).toEqual(all.nodes.map((n) => n.id));
    expect(seen.length).toBe(all.totalCount);

    const back = await sourceTable(`last: 4, orderBy: PUBLISHER_ASC, before: "${page.pageInfo.startCursor}"`);
    const start = seen.length - page.nodes.length;
    expect(back.nodes.map((n) => n.id)).toEqual(seen.slice(start - 4, start));
  });

  it("puts undated sources last in both directions", async () => {
    for (const orderBy of ["PUBLISHED_ON_ASC", "PUBLISHED_ON_DESC"]) {
      const { nodes } = await sourceTable(`first: 100, orderBy: ${orderBy}`);
      const dated = nodes.map((n) => n.publishedOn !== null);
      expect(dated.indexOf(false) === -1 || dated.slice(dated.indexOf(false)).every((d) => !d)).toBe(true);
    }
  });

  it("counts facet values among the matching rows, and narrows by them (any case, several fields)", async () => {
    const all = await sourceTable(`first: 1`);
    const kinds = all.facets.find((f) => f.field === "kind")!;
    expect(kinds.values.reduce((sum, v) => sum + v.count, 0)).toBe(all.totalCount);
    const news = kinds.values.find((v) => v.value === "NEWS")!;
    const narrowed = await sourceTable(`first: 100, filters: [{ field: "kind", values: ["news"] }]`);
    expect(narrowed.totalCount).toBe(news.count);
    expect(narrowed.nodes.every((n) => n.kind === "NEWS")).toBe(true);
    expect(narrowed.facets.find((f) => f.field === "kind")!.values).toEqual([{ value: "NEWS", count: news.count }]);

    const both = await sourceTable(
      `first: 100, filters: [{ field: "kind", values: ["NEWS"] }, { field: "publisher", values: ["Westword"] }]`,
    );
    expect(both.nodes.length).toBeGreaterThan(0);
    expect(both.nodes.every((n) => n.kind === "NEWS" && n.publisher === "Westword")).toBe(true);
  });

  it("refuses an unknown field or value, naming the valid ones", async () => {
    const field = await server.graphql(
      `{ sourceTable(filters: [{ field: "colour", values: ["red"] }]) { totalCount } }`,
    );
    expect(field.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(field.errors?.[0].message).toMatch(/no field "colour".*kind, reliability, publisher, year/);
    const value = await server.graphql(
      `{ agencyTable(filters: [{ field: "kind", values: ["sherif"] }]) { totalCount } }`,
    );
    expect(value.errors?.[0].message).toMatch(/"sherif" is not a value of "kind"; one of SHERIFF, POLICE/);
    const cursor = await server.graphql(`{ agencyTable(orderBy: NAME_DESC, after: "nonsense") { totalCount } }`);
    expect(cursor.errors?.[0].message).toMatch(/after is not a cursor of this list/);
  });

  it("finds court cases by the state of the batches they concern, and agencies by theirs", async () => {
    const { courtCaseTable, agencyTable } = await query<{ courtCaseTable: Table; agencyTable: Table }>(`{
      courtCaseTable(filters: [{ field: "state", values: ["co"] }]) { totalCount nodes { slug } facets { field values { value count } } }
      agencyTable(filters: [{ field: "state", values: ["OR"] }], orderBy: NAME_DESC, first: 100) {
        totalCount nodes { slug name jurisdiction { state } } facets { field values { value count } } }
    }`);
    expect(courtCaseTable.nodes.map((n) => n.slug)).toContain("ice-v-gomez-2020");
    expect(courtCaseTable.nodes.map((n) => n.slug)).not.toContain("edny-nyc-doc-2020");
    expect(agencyTable.nodes.every((n) => (n.jurisdiction as Json).state === "OR")).toBe(true);
    expect(agencyTable.nodes.map((n) => n.slug)).toContain("wasco-county-sheriff");
    const names = agencyTable.nodes.map((n) => String(n.name).toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
  });

  it("gives the batches' facets under the batches filter, in batches", async () => {
    const { batchFacets, batches } = await query<{ batchFacets: Facet[]; batches: { totalCount: number } }>(`{
      batchFacets(filter: { states: ["OR"] }) { field values { value count } }
      batches(filter: { states: ["OR"] }) { totalCount }
    }`);
    expect(batchFacets.map((f) => f.field)).toEqual(["state", "outcome", "issuingComponent", "year"]);
    expect(batchFacets[0].values).toEqual([{ value: "OR", count: batches.totalCount }]);
    const years = batchFacets.find((f) => f.field === "year")!.values;
    expect(years.reduce((sum, v) => sum + v.count, 0)).toBe(batches.totalCount);
    const unknown = await server.graphql(`{ batchFacets(filter: { jurisdictions: ["atlantis"] }) { field } }`);
    expect(unknown.errors?.[0].message).toMatch(/no jurisdiction has slug "atlantis"/);
  });

  it("lists every record citing a source, and every step referring to a court case", async () => {
    const { source, courtCase } = await query<{
      source: { citedBy: { kind: string; batch: { id: string } | null; event: { status: string } | null }[] };
      courtCase: { events: { status: string; batch: { id: string } }[] };
    }>(`{
      source(id: "westword-2020-02-denver-doj") { citedBy { kind batch { id } event { status } courtCase { slug } } }
      courtCase(slug: "ice-v-gomez-2020") { events { status batch { id } } }
    }`);
    expect(source.citedBy).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "BATCH", batch: { id: "2020-01-13-denver" } }),
        expect.objectContaining({
          kind: "EVENT",
          batch: { id: "2020-01-13-denver" },
          event: { status: "ENFORCEMENT_PETITION_FILED" },
        }),
        expect.objectContaining({ kind: "COURT_CASE", courtCase: { slug: "ice-v-gomez-2020" } }),
      ]),
    );
    expect(courtCase.events.map((e) => e.status)).toEqual([
      "ENFORCEMENT_PETITION_FILED",
      "COURT_ORDERED_COMPLIANCE",
      "APPEAL_DECLINED",
    ]);
    expect(courtCase.events.every((e) => e.batch.id === "2020-01-13-denver")).toBe(true);
  });

  it("gives each table as CSV and JSON with the same filters and order as GraphQL", async () => {
    const graphqlRows = await sourceTable(
      `first: 100, orderBy: PUBLISHED_ON_DESC, filters: [{ field: "kind", values: ["NEWS"] }]`,
    );
    const json = (await (
      await fetch(`${server.url}/api/v1/sources.json?kind=news&orderBy=published_on_desc`)
    ).json()) as {
      totalCount: number;
      sources: Json[];
    };
    expect(json.totalCount).toBe(graphqlRows.totalCount);
    expect(json.sources.map((s) => s.id)).toEqual(graphqlRows.nodes.map((n) => n.id));
    const csv = await fetch(`${server.url}/api/v1/sources.csv?kind=NEWS&orderBy=PUBLISHED_ON_DESC`);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe("id,url,publisher,title,publishedOn,publishedPrecision,kind,reliability,quote");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(graphqlRows.nodes.map((n) => n.id));

    const cases = await (await fetch(`${server.url}/api/v1/court-cases.csv?state=CO`)).text();
    expect(cases).toContain("ice-v-gomez-2020,U.S. District Court for the District of Colorado");
    expect(cases).not.toMatch(/Hegarty/);

    const bad = await fetch(`${server.url}/api/v1/agencies.json?colour=red`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { message: expect.stringMatching(/Unknown parameter "colour"/) } });
    const badOrder = await fetch(`${server.url}/api/v1/agencies.csv?orderBy=size`);
    expect(badOrder.status).toBe(400);
    expect(await badOrder.text()).toMatch(/"size" is not one of NAME_ASC/);
  });
});
