import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adjustRollups } from "../src/modules/counts/count-rollup";
import { recomputeOutcomes } from "../src/modules/batches/batch-outcome.service";
import { startTestServer, type TestServer } from "./helpers/server";

interface Bucket {
  period: string | null;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
}

const COUNTS = `query($filter: BatchFilter, $interval: Interval, $fill: Boolean) {
  subpoenaCounts(filter: $filter, groupBy: [PERIOD], interval: $interval, fillEmptyPeriods: $fill) {
    buckets { period subpoenas batches unknownCountBatches inexactCountBatches }
    total { subpoenas batches unknownCountBatches inexactCountBatches }
  }
}`;

/**
 * The seed only has day-precise batches; these add one dated only "2020", one only "2020-03" with no reported count,
 * and one "about 6" in April, to see coarse dates and unknown counts through counting.
 */
describe("coarse dates and unknown counts", () => {
  let server: TestServer;
  const counts = async (variables: Record<string, unknown>) => {
    const res = await server.graphql<{ subpoenaCounts: { buckets: Bucket[]; total: Bucket } }>(COUNTS, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.subpoenaCounts;
  };
  const rows = (buckets: Bucket[]) => buckets.map((b) => [b.period, b.subpoenas, b.batches, b.unknownCountBatches]);

  beforeAll(async () => {
    server = await startTestServer();
    await server.database.dataSource.transaction(async (m) => {
      await m.query(`
        INSERT INTO batches (id, issued_on, issued_precision, jurisdiction_slug, subpoena_count, count_precision) VALUES
          ('coarse-year', '2020-01-01', 'year', 'washington-county-or', 3, 'exact'),
          ('coarse-month', '2020-03-01', 'month', 'denver-co', NULL, 'unknown'),
          ('approximate-april', '2020-04-09', 'day', 'connecticut', 6, 'approximate')`);
      await m.query(`
        INSERT INTO batch_agencies (batch_id, agency_slug, position) VALUES
          ('coarse-year', 'washington-county-or-sheriff', 0), ('coarse-month', 'denver-sheriff', 0),
          ('approximate-april', 'ct-judicial-cssd', 0)`);
      await recomputeOutcomes(m, ["coarse-year", "coarse-month", "approximate-april"]);
      // What a write path does besides: the rollups and the dataset version.
      await adjustRollups(m, ["coarse-year", "coarse-month", "approximate-april"], 1);
      await m.query(`UPDATE dataset SET version = version + 1`);
    });
  });
  afterAll(() => server?.close());

  it("keeps a year-only batch in its year when grouping by month, never spreading or guessing it", async () => {
    const c = await counts({ interval: "MONTH" });
    expect(rows(c.buckets)).toEqual([
      ["2020", 3, 1, 0],
      ["2020-01", 8, 2, 0],
      ["2020-02", 14, 4, 0],
      ["2020-03", 0, 1, 1],
      ["2020-04", 6, 1, 0],
      ["2025-04", 1, 1, 0], // Colorado
      ["2025-05", 1, 1, 0], // Los Angeles County
      ["2025-07", 10, 1, 0], // four Oregon counties
    ]);
    expect(c.total).toEqual({ subpoenas: 43, batches: 12, unknownCountBatches: 1, inexactCountBatches: 1 });
  });

  it("puts a month-only batch in its quarter, and the year-only one in its year", async () => {
    const c = await counts({ interval: "QUARTER" });
    expect(rows(c.buckets)).toEqual([
      ["2020", 3, 1, 0],
      ["2020-Q1", 22, 7, 1],
      ["2020-Q2", 6, 1, 0],
      ["2025-Q2", 2, 2, 0],
      ["2025-Q3", 10, 1, 0],
    ]);
  });

  it("reports a batch of unknown count as such, never as zero subpoenas", async () => {
    const c = await counts({ filter: { jurisdictions: ["denver-co"] }, interval: "YEAR" });
    expect(c.buckets).toEqual([
      { period: "2020", subpoenas: 4, batches: 2, unknownCountBatches: 1, inexactCountBatches: 0 },
    ]);
  });

  it("matches a coarse date only when the whole period lies in the range", async () => {
    // issuedTo 2020-06 cannot claim a batch dated only "2020" (it may be from December)...
    expect((await counts({ filter: { issuedTo: "2020-06" }, interval: "YEAR" })).total.batches).toBe(8);
    // ...nor issuedFrom 2020-03-15 one dated only "2020-03".
    expect(rows((await counts({ filter: { issuedFrom: "2020-03-15" }, interval: "MONTH" })).buckets)).toEqual([
      ["2020-04", 6, 1, 0],
      ["2025-04", 1, 1, 0],
      ["2025-05", 1, 1, 0],
      ["2025-07", 10, 1, 0],
    ]);
    // The whole year holds them all.
    expect((await counts({ filter: { issuedFrom: "2020", issuedTo: "2020" }, interval: "YEAR" })).total.batches).toBe(
      9,
    );
  });

  it("fills months between the first and last month with data, leaving the coarse bucket as it is", async () => {
    // Washington County: the year-only 3 and its February 2020 batch of 2; Connecticut: 3 in February, about 6 in April.
    const c = await counts({
      interval: "MONTH",
      fill: true,
      filter: { jurisdictions: ["washington-county-or", "connecticut"] },
    });
    expect(rows(c.buckets)).toEqual([
      ["2020", 3, 1, 0],
      ["2020-02", 5, 2, 0],
      ["2020-03", 0, 0, 0],
      ["2020-04", 6, 1, 0],
    ]);
  });

  it("orders batches by date with coarser dates first among those starting the same day", async () => {
    const res = await server.graphql<{
      batches: { nodes: { id: string; issuedOn: string; issuedPrecision: string }[] };
    }>(`{ batches(first: 3) { nodes { id issuedOn issuedPrecision } } }`);
    expect(res.data?.batches.nodes).toEqual([
      { id: "coarse-year", issuedOn: "2020", issuedPrecision: "YEAR" },
      { id: "2020-01-13-denver", issuedOn: "2020-01-13", issuedPrecision: "DAY" },
      { id: "2020-01-17-nyc", issuedOn: "2020-01-17", issuedPrecision: "DAY" },
    ]);
  });

  it("shows the unknown count honestly on the batch", async () => {
    const res = await server.graphql<{ batch: Record<string, unknown> }>(
      `{ batch(id: "coarse-month") { issuedOn issuedOnLabel subpoenaCount countPrecision countLabel outcomes { outcome subpoenas } } }`,
    );
    expect(res.data?.batch).toEqual({
      issuedOn: "2020-03",
      issuedOnLabel: "Mar 2020",
      subpoenaCount: null,
      countPrecision: "UNKNOWN",
      countLabel: "not reported",
      outcomes: [{ outcome: "PENDING", subpoenas: null }],
    });
  });
});
