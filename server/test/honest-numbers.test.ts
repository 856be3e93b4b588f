// Numbers that must not mislead: a mistyped state is refused (never a confident zero), and data files say how precise
// each period is, so that the month-less "2021" bucket is not mistaken for January.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDGE_CASES_DIR, startTestServer, type TestServer } from "./helpers/server";

const csv = (text: string): Record<string, string>[] => parse(text, { columns: true });

describe("an unknown state code", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("is refused by GraphQL with the valid codes named", async () => {
    const res = await server.graphql(
      `{ subpoenaCounts(groupBy: [], filter: { states: ["ZZ"] }) { total { subpoenas } } }`,
    );
    expect(res.data).toBeFalsy();
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "states" });
    expect(res.errors?.[0].message).toContain('"ZZ" is not a U.S. state code');
    expect(res.errors?.[0].message).toMatch(/AK, AL, .*OR, .*WY\./);
    const batches = await server.graphql(`{ batches(filter: { states: ["OR", "ZZ"] }) { totalCount } }`);
    expect(batches.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "states" });
  });

  it("is still accepted in any case when it is a real state", async () => {
    const res = await server.graphql<{ subpoenaCounts: { total: { subpoenas: number } } }>(
      `{ subpoenaCounts(groupBy: [], filter: { states: ["or"] }) { total { subpoenas } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.subpoenaCounts.total.subpoenas).toBeGreaterThan(0);
  });

  for (const endpoint of ["counts.json", "counts.csv", "batches.json", "batches.csv"]) {
    it(`is refused by /api/v1/${endpoint} with the parameter and the valid codes named`, async () => {
      const res = await fetch(`${server.url}/api/v1/${endpoint}?state=ZZ`);
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).toContain("ZZ");
      expect(text).toContain("is not a U.S. state code");
      expect(text).toContain('"state"');
      expect(text).toMatch(/AK, AL, .*OR, .*WY\./);
    });
  }

  for (const image of ["subpoenas-over-time.png", "subpoenas-over-time.svg", "outcomes", "by-jurisdiction.svg"]) {
    it(`is refused by the embed /embed/${image}`, async () => {
      const res = await fetch(`${server.url}/embed/${image}?state=ZZ`);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/("|&quot;)ZZ("|&quot;) is not a U.S. state code/);
    });
  }
});

describe("period precision in the data files (edge-case package)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedDir: EDGE_CASES_DIR });
  });
  afterAll(() => server?.close());

  it("is a column of counts.csv beside periodStart, so the year-only bucket is not read as January", async () => {
    const rows = csv(await (await fetch(`${server.url}/api/v1/counts.csv?groupBy=PERIOD&interval=MONTH`)).text());
    const year = rows.find((r) => r.period === "2021");
    expect(year).toMatchObject({ periodPrecision: "YEAR", periodStart: "2021-01-01", periodEnd: "2021-12-31" });
    expect(rows.find((r) => r.period === "2021-03")).toMatchObject({ periodPrecision: "MONTH" });
    // (periodStart, periodPrecision) is a unique key even where periodStart alone is not.
    const keys = rows.map((r) => `${r.periodStart}/${r.periodPrecision}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is a field of counts.json and of GraphQL buckets", async () => {
    const json = (await (await fetch(`${server.url}/api/v1/counts.json?groupBy=PERIOD&interval=QUARTER`)).json()) as {
      buckets: { period: string; periodPrecision: string }[];
    };
    expect(json.buckets.map((b) => [b.period, b.periodPrecision])).toEqual([
      ["2021", "YEAR"],
      ["2021-Q1", "QUARTER"],
      ["2021-Q2", "QUARTER"],
      ["2022", "YEAR"],
    ]);
    const gql = await server.graphql<{ subpoenaCounts: { buckets: { period: string; periodPrecision: string }[] } }>(
      `{ subpoenaCounts(groupBy: [PERIOD, STATE], interval: MONTH) { buckets { period periodPrecision state } } }`,
    );
    expect(gql.errors).toBeUndefined();
    expect(gql.data?.subpoenaCounts.buckets.find((b) => b.period === "2022")?.periodPrecision).toBe("YEAR");
    const none = await server.graphql<{ subpoenaCounts: { total: { periodPrecision: string | null } } }>(
      `{ subpoenaCounts(groupBy: [STATE]) { total { periodPrecision } } }`,
    );
    expect(none.data?.subpoenaCounts.total.periodPrecision).toBeNull();
  });
});
