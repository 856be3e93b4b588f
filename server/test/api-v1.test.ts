import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertGeneratedBatches } from "./helpers/generate";
import { SEED_DIR, startTestServer, type TestServer } from "./helpers/server";
import { readZip } from "./helpers/zip";

type Json = Record<string, unknown>;

const csv = (text: string): Record<string, string>[] => parse(text, { columns: true });

interface GqlBucket {
  period: string | null;
  jurisdiction: { slug: string } | null;
  state: string | null;
  outcome: string | null;
  agencyKind: string | null;
  offenseCategory: string | null;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
}

describe("the CSV and JSON twins on the seed", () => {
  let server: TestServer;
  const get = (pathAndQuery: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/v1/${pathAndQuery}`, { headers });

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  /** Same filter both ways: the twin's numbers must be GraphQL's. */
  const cases: { query: string; groupBy: string[]; filter: Json; interval?: string }[] = [
    {
      query: "groupBy=JURISDICTION&from=2020&to=2020",
      groupBy: ["JURISDICTION"],
      filter: { issuedFrom: "2020", issuedTo: "2020" },
    },
    { query: "groupBy=state", groupBy: ["STATE"], filter: {} },
    { query: "groupBy=period&interval=month", groupBy: ["PERIOD"], filter: {}, interval: "MONTH" },
    { query: "groupBy=outcome", groupBy: ["OUTCOME"], filter: {} },
    { query: "jurisdiction=oregon", groupBy: [], filter: { jurisdictions: ["oregon"] } },
    {
      query: "groupBy=OFFENSE_CATEGORY,agency_kind&state=OR&state=co&outcome=declined,MIXED",
      groupBy: ["OFFENSE_CATEGORY", "AGENCY_KIND"],
      filter: { states: ["OR", "CO"], outcomes: ["DECLINED", "MIXED"] },
    },
    {
      query: "groupBy=PERIOD&groupBy=STATE&interval=QUARTER&from=2020-01-14&to=2020-02",
      groupBy: ["PERIOD", "STATE"],
      filter: { issuedFrom: "2020-01-14", issuedTo: "2020-02" },
      interval: "QUARTER",
    },
  ];

  for (const c of cases) {
    it(`gives GraphQL's numbers for ?${c.query}`, async () => {
      const gql = await server.graphql<{ subpoenaCounts: { buckets: GqlBucket[]; total: GqlBucket } }>(
        `query($f: BatchFilter, $g: [CountDimension!]!, $i: Interval) { subpoenaCounts(filter: $f, groupBy: $g, interval: $i) {
          buckets { period jurisdiction { slug } state outcome agencyKind offenseCategory subpoenas batches unknownCountBatches }
          total { subpoenas batches unknownCountBatches } } }`,
        { f: c.filter, g: c.groupBy, i: c.interval ?? "MONTH" },
      );
      expect(gql.errors).toBeUndefined();
      const expected = gql.data!.subpoenaCounts.buckets.map((b) => ({
        period: b.period,
        jurisdiction: b.jurisdiction?.slug ?? null,
        state: b.state,
        outcome: b.outcome,
        agencyKind: b.agencyKind,
        offenseCategory: b.offenseCategory,
        subpoenas: b.subpoenas,
        batches: b.batches,
        unknownCountBatches: b.unknownCountBatches,
      }));
      // A CSV cell cannot hold null: an empty cell is the CSV's null (a batch with no offense category, say).
      const orNull = (v: unknown) => (v === undefined || v === "" ? null : v);
      const pick = (r: Record<string, unknown>) => ({
        period: orNull(r.period),
        jurisdiction: orNull(r.jurisdiction),
        state: orNull(r.state),
        outcome: orNull(r.outcome),
        agencyKind: orNull(r.agencyKind),
        offenseCategory: orNull(r.offenseCategory),
        subpoenas: Number(r.subpoenas),
        batches: Number(r.batches),
        unknownCountBatches: Number(r.unknownCountBatches),
      });

      const csvRes = await get(`counts.csv?${c.query}`);
      expect(csvRes.status).toBe(200);
      expect(csvRes.headers.get("content-type")).toMatch(/^text\/csv/);
      expect(csv(await csvRes.text()).map(pick)).toEqual(expected);

      const jsonRes = await get(`counts.json?${c.query}`);
      expect(jsonRes.status).toBe(200);
      const json = (await jsonRes.json()) as { buckets: Json[]; total: Json; dataset: { version: number } };
      expect(json.buckets.map(pick)).toEqual(expected);
      expect(json.total).toMatchObject(gql.data!.subpoenaCounts.total);
      expect(json.dataset.version).toBe(1);
    });
  }

  it("writes the grouped keys first, in groupBy order, then the measures", async () => {
    const text = await (await get("counts.csv?groupBy=JURISDICTION,PERIOD&interval=YEAR")).text();
    expect(text.split("\n")[0]).toBe(
      "jurisdiction,jurisdictionName,period,periodPrecision,periodStart,periodEnd,subpoenas,batches,unknownCountBatches,inexactCountBatches",
    );
    expect(text).toContain("denver-co,Denver,2020,YEAR,2020-01-01,2020-12-31,4,1,0,0");
  });

  it("fills empty periods like GraphQL", async () => {
    const rows = csv(
      await (await get("counts.csv?groupBy=PERIOD&from=2019-12&to=2020-03&fillEmptyPeriods=true")).text(),
    );
    expect(rows.map((r) => [r.period, r.subpoenas])).toEqual([
      ["2019-12", "0"],
      ["2020-01", "8"],
      ["2020-02", "14"],
      ["2020-03", "0"],
    ]);
  });

  describe("refuses bad parameters with 400, naming the parameter", () => {
    const refused = async (pathAndQuery: string) => {
      const res = await get(pathAndQuery);
      expect(res.status).toBe(400);
      expect(res.headers.get("cache-control")).toBe("no-store");
      return res;
    };
    it("an unknown parameter, with a hint", async () => {
      const body = (await (await refused("counts.json?jurisdictions=oregon")).json()) as { error: Json };
      expect(body.error).toMatchObject({ code: "BAD_USER_INPUT", parameter: "jurisdictions" });
      expect(body.error.message).toMatch(/Unknown parameter "jurisdictions". Did you mean "jurisdiction"\?/);
    });
    it("a bad enum value, as plain text for CSV", async () => {
      const res = await refused("counts.csv?groupBy=COUNTY");
      expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
      expect(await res.text()).toMatch(/Parameter "groupBy": "COUNTY" is not one of PERIOD, JURISDICTION/);
    });
    it("an unknown jurisdiction slug, a bad date, a reversed range", async () => {
      expect(((await (await refused("counts.json?jurisdiction=oregn")).json()) as { error: Json }).error).toMatchObject(
        {
          parameter: "jurisdiction",
          message: expect.stringContaining('Parameter "jurisdiction": no jurisdiction has slug "oregn"'),
        },
      );
      expect(await (await refused("batches.csv?from=2020-02-30")).text()).toMatch(
        /Parameter "from": 2020-02-30 is not a day/,
      );
      expect(await (await refused("batches.csv?from=2020-03&to=2020-01")).text()).toMatch(
        /from \(2020-03\) is after to/,
      );
    });
    it("a bad order", async () => {
      expect(await (await refused("batches.csv?orderBy=newest")).text()).toMatch(/orderBy/);
    });
  });

  it("streams every matching batch as CSV, with lists joined by semicolons", async () => {
    const res = await get("batches.csv?jurisdiction=oregon&orderBy=SUBPOENA_COUNT_DESC");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-total-count")).toBe("3");
    const rows = csv(await res.text());
    expect(rows.map((r) => r.id)).toEqual([
      "2025-07-oregon-counties",
      "2020-02-21-oregon",
      "2020-02-18-washington-county-or",
    ]);
    expect(rows[1]).toMatchObject({
      issuedOn: "2020-02-21",
      issuedPrecision: "DAY",
      jurisdiction: "oregon",
      agencies: "hillsboro-police;wasco-county-sheriff;oregon-state-police;clackamas-county-sheriff",
      subpoenaCount: "5",
      countPrecision: "EXACT",
      offenseCategories: "DUI;DRUG",
      outcomes: "MIXED=5",
      sourceIds: "ijpr-2020-02-24-oregon;oregonir-2020-02-21;oregonlive-2020-03-oregon",
    });
  });

  it("streams every batch as JSON in the GraphQL vocabulary", async () => {
    const json = (await (await get("batches.json")).json()) as { totalCount: number; batches: Json[] };
    expect(json.totalCount).toBe(9);
    expect(json.batches.map((b) => b.id)).toEqual([
      "2020-01-13-denver",
      "2020-01-17-nyc",
      "2020-02-13-connecticut",
      "2020-02-14-san-diego",
      "2020-02-18-washington-county-or",
      "2020-02-21-oregon",
      "2025-04-24-colorado-cdle",
      "2025-05-la-county-dpss",
      "2025-07-oregon-counties",
    ]);
    expect(json.batches[0]).toMatchObject({
      outcomes: [
        { outcome: "DECLINED", subpoenas: 1 },
        { outcome: "COURT_ORDERED", subpoenas: 3 },
      ],
      jurisdiction: { slug: "denver-co", name: "Denver", state: "CO" },
      agencies: [{ slug: "denver-sheriff", name: "Denver Sheriff Department", kind: "SHERIFF" }],
    });
  });

  it("serves the whole dataset as a data package zip, the seed's own files", async () => {
    const res = await get("datapackage.zip");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const files = readZip(Buffer.from(await res.arrayBuffer()));
    expect([...files.keys()]).toEqual([
      "datapackage.json",
      "agencies.csv",
      "batches.csv",
      "court_cases.csv",
      "events.csv",
      "jurisdictions.csv",
      "policies.csv",
      "sources.csv",
    ]);
    for (const file of ["batches.csv", "events.csv", "sources.csv"]) {
      expect(files.get(file)!.toString("utf8")).toBe(fs.readFileSync(path.join(SEED_DIR, file), "utf8"));
    }
    expect(JSON.parse(files.get("datapackage.json")!.toString("utf8"))).toMatchObject({ name: "ice-subpoenas-2020" });
  });

  it("carries an ETag from the dataset version and a short Cache-Control, and answers 304", async () => {
    for (const endpoint of [
      "counts.csv?groupBy=STATE",
      "counts.json",
      "batches.csv",
      "batches.json",
      "datapackage.zip",
    ]) {
      const first = await get(endpoint);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^"v1-[\w-]+"$/);
      expect(first.headers.get("cache-control")).toBe("public, max-age=60");
      const again = await get(endpoint, { "if-none-match": etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    }
    const a = (await get("counts.csv?groupBy=STATE")).headers.get("etag");
    const b = (await get("counts.csv?groupBy=OUTCOME")).headers.get("etag");
    expect(a).not.toBe(b);
  });

  it("lists its endpoints and answers unknown ones with 404 and a JSON error", async () => {
    const index = (await (await get("")).json()) as { endpoints: Json };
    expect(Object.keys(index.endpoints)).toContain("/api/v1/counts.csv");
    const missing = await get("nothing.csv");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });
});

describe("the twins on a few thousand generated batches", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await insertGeneratedBatches(server.database.dataSource, 1200);
  });
  afterAll(() => server?.close());

  it("streams every row once, in order, across chunks", async () => {
    const res = await fetch(`${server.url}/api/v1/batches.csv?orderBy=ISSUED_ON_DESC`);
    const rows = csv(await res.text());
    expect(rows).toHaveLength(1209); // the seed's 9 and 1200 generated
    expect(new Set(rows.map((r) => r.id)).size).toBe(1209);
    const json = (await (await fetch(`${server.url}/api/v1/batches.json?orderBy=ISSUED_ON_DESC`)).json()) as {
      batches: { id: string }[];
    };
    expect(json.batches.map((b) => b.id)).toEqual(rows.map((r) => r.id));
  });

  it("moves the ETag on when the data changes", async () => {
    const before = await fetch(`${server.url}/api/v1/counts.json`);
    const etag = before.headers.get("etag")!;
    expect(etag).toMatch(/^"v2-/);
    await server.database.dataSource.query(`UPDATE dataset SET version = version + 1`);
    const after = await fetch(`${server.url}/api/v1/counts.json`, { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).toMatch(/^"v3-/);
  });

  it("gives the same counts as GraphQL on the generated data too", async () => {
    const gql = await server.graphql<{
      subpoenaCounts: { buckets: { period: string; subpoenas: number; unknownCountBatches: number }[] };
    }>(`{ subpoenaCounts(groupBy: [PERIOD], interval: QUARTER) { buckets { period subpoenas unknownCountBatches } } }`);
    const rows = csv(await (await fetch(`${server.url}/api/v1/counts.csv?groupBy=PERIOD&interval=QUARTER`)).text());
    expect(rows.map((r) => [r.period, Number(r.subpoenas), Number(r.unknownCountBatches)])).toEqual(
      gql.data!.subpoenaCounts.buckets.map((b) => [b.period, b.subpoenas, b.unknownCountBatches]),
    );
  });
});
