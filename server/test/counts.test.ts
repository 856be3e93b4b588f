import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";
import { countStatements } from "./helpers/sql-counter";

interface Bucket {
  period?: string | null;
  jurisdiction?: { slug: string } | null;
  state?: string | null;
  outcome?: string | null;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
}
interface Counts {
  subpoenaCounts: { buckets: Bucket[]; total: Bucket };
}

const COUNTS = `query Counts($filter: BatchFilter, $groupBy: [CountDimension!]!, $interval: Interval, $fill: Boolean) {
  subpoenaCounts(filter: $filter, groupBy: $groupBy, interval: $interval, fillEmptyPeriods: $fill) {
    buckets { period periodStart periodEnd jurisdiction { slug name } state outcome agencyKind issuingComponent offenseCategory
              subpoenas batches unknownCountBatches inexactCountBatches }
    total { subpoenas batches unknownCountBatches inexactCountBatches }
  }
}`;

/** The outcome breakdown of the seed, worked through in docs/outcomes.md. */
const SEED_OUTCOMES = {
  PENDING: 3, // Connecticut: under review
  COMPLIED: 6, // San Diego 4, Washington County 2
  DECLINED: 1, // Denver: the one subpoena not taken to court
  NO_RESPONSE: 2, // New York City: the two not in the petitions
  IN_COURT: 2, // New York City: the petitions for a pair of inmates
  COURT_ORDERED: 3, // Denver: ICE v. Gomez
  MIXED: 5, // Oregon: three agencies declined, Wasco County not reported, split unknown
};

describe("subpoenaCounts on the seed", () => {
  let server: TestServer;
  const counts = async (variables: Record<string, unknown>) => {
    const res = await server.graphql<Counts>(COUNTS, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.subpoenaCounts;
  };
  const bySlug = (buckets: Bucket[]) => Object.fromEntries(buckets.map((b) => [b.jurisdiction?.slug, b.subpoenas]));

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("counts 2020 by jurisdiction, each batch under its own jurisdiction", async () => {
    const c = await counts({ filter: { issuedFrom: "2020", issuedTo: "2020" }, groupBy: ["JURISDICTION"] });
    expect(bySlug(c.buckets)).toEqual({
      "denver-co": 4,
      "new-york-city-ny": 4,
      connecticut: 3,
      "san-diego-county-ca": 4,
      "washington-county-or": 2,
      oregon: 5,
    });
    expect(c.total).toMatchObject({ subpoenas: 22, batches: 6, unknownCountBatches: 0 });
  });

  it("rolls counties up to their state when grouping by STATE", async () => {
    const c = await counts({ filter: { issuedFrom: "2020", issuedTo: "2020" }, groupBy: ["STATE"] });
    expect(Object.fromEntries(c.buckets.map((b) => [b.state, b.subpoenas]))).toEqual({
      CA: 4,
      CO: 4,
      CT: 3,
      NY: 4,
      OR: 7,
    });
  });

  it("counts by month: 8 in January, 14 in February", async () => {
    const c = await counts({
      filter: { issuedFrom: "2020", issuedTo: "2020" },
      groupBy: ["PERIOD"],
      interval: "MONTH",
    });
    expect(c.buckets.map((b) => [b.period, b.subpoenas])).toEqual([
      ["2020-01", 8],
      ["2020-02", 14],
    ]);
    expect(c.buckets[1]).toMatchObject({ periodStart: "2020-02-01", periodEnd: "2020-02-29" });
  });

  it("counts by quarter and by year", async () => {
    // 2025: Colorado 1 (April) and Los Angeles County 1 (May) in Q2, the Oregon counties' 10 (July) in Q3.
    const q = await counts({ groupBy: ["PERIOD"], interval: "QUARTER" });
    expect(q.buckets.map((b) => [b.period, b.subpoenas])).toEqual([
      ["2020-Q1", 22],
      ["2025-Q2", 2],
      ["2025-Q3", 10],
    ]);
    const y = await counts({ groupBy: ["PERIOD"], interval: "YEAR" });
    expect(y.buckets.map((b) => [b.period, b.subpoenas])).toEqual([
      ["2020", 22],
      ["2025", 12],
    ]);
  });

  it("splits batches between outcomes by the derived breakdown, adding up to the total", async () => {
    const c = await counts({ filter: { issuedFrom: "2020", issuedTo: "2020" }, groupBy: ["OUTCOME"] });
    expect(Object.fromEntries(c.buckets.map((b) => [b.outcome, b.subpoenas]))).toEqual(SEED_OUTCOMES);
    expect(c.buckets.reduce((sum, b) => sum + b.subpoenas, 0)).toBe(22);
    expect(c.total).toMatchObject({ subpoenas: 22, batches: 6 });
    // Canonical outcome order, as the domain's OUTCOMES list gives it.
    expect(c.buckets.map((b) => b.outcome)).toEqual(Object.keys(SEED_OUTCOMES));
  });

  it("includes everything inside a jurisdiction: oregon covers Washington County", async () => {
    // Oregon's 5 (2020) and 10 (2025), and Washington County's 2 (2020).
    const c = await counts({ filter: { jurisdictions: ["oregon"] }, groupBy: [] });
    expect(c.total.subpoenas).toBe(17);
    expect(c.buckets).toEqual([expect.objectContaining({ subpoenas: 17, batches: 3 })]);
    const county = await counts({ filter: { jurisdictions: ["washington-county-or"] }, groupBy: [] });
    expect(county.total.subpoenas).toBe(2);
  });

  it("filters by outcome counting only the matching parts of split batches", async () => {
    const c = await counts({ filter: { outcomes: ["DECLINED"] }, groupBy: ["JURISDICTION"] });
    // Denver's one subpoena not taken to court, and Colorado's labour department (refused in February 2026).
    expect(bySlug(c.buckets)).toEqual({ "denver-co": 1, colorado: 1 });
    expect(c.total).toMatchObject({ subpoenas: 2, batches: 2 });
  });

  it("filters by state, agency kind, issuing component and offense category", async () => {
    // Oregon 5 + 2 + 10, Colorado: Denver 4 and the state's labour department 1.
    expect((await counts({ filter: { states: ["or", "CO"] }, groupBy: [] })).total.subpoenas).toBe(22);
    expect((await counts({ filter: { agencyKinds: ["STATE_POLICE"] }, groupBy: [] })).total.subpoenas).toBe(5);
    // Every 2025 batch was issued by HSI: 1 + 1 + 10.
    expect((await counts({ filter: { issuingComponents: ["HSI"] }, groupBy: [] })).total.subpoenas).toBe(12);
    expect((await counts({ filter: { offenseCategories: ["DUI"] }, groupBy: [] })).total.subpoenas).toBe(7);
  });

  it("applies the day-level date rule: a batch matches only when its whole date lies in the range", async () => {
    const c = await counts({ filter: { issuedFrom: "2020-01-14", issuedTo: "2020-02-13" }, groupBy: [] });
    expect(c.total).toMatchObject({ subpoenas: 7, batches: 2 }); // New York City (01-17) and Connecticut (02-13)
  });

  it("counts a batch under each offense category and agency kind it has, with a total counting it once", async () => {
    const c = await counts({ filter: { jurisdictions: ["oregon"] }, groupBy: ["AGENCY_KIND"] });
    expect(
      Object.fromEntries(c.buckets.map((b) => [(b as Bucket & { agencyKind: string }).agencyKind, b.subpoenas])),
    ).toEqual({
      SHERIFF: 17, // the 2020 Oregon batch (5), Washington County (2), the 2025 batch with Marion's sheriff (10)
      POLICE: 5,
      STATE_POLICE: 5,
      COUNTY_GOVERNMENT: 10, // Multnomah, Washington and Clackamas counties in 2025
    });
    expect(c.total.subpoenas).toBe(17);
    const o = await counts({ filter: { offenseCategories: ["DUI"] }, groupBy: ["OFFENSE_CATEGORY"] });
    // Filtering by a category keeps only that category's bucket.
    expect(o.buckets.map((b) => [(b as Bucket & { offenseCategory: string }).offenseCategory, b.subpoenas])).toEqual([
      ["DUI", 7],
    ]);
  });

  it("groups by several dimensions at once, sorted by them in order", async () => {
    const c = await counts({ groupBy: ["STATE", "PERIOD"] });
    expect(c.buckets.map((b) => [b.state, b.period, b.subpoenas])).toEqual([
      ["CA", "2020-02", 4],
      ["CA", "2025-05", 1],
      ["CO", "2020-01", 4],
      ["CO", "2025-04", 1],
      ["CT", "2020-02", 3],
      ["NY", "2020-01", 4],
      ["OR", "2020-02", 7],
      ["OR", "2025-07", 10],
    ]);
  });

  it("fills empty periods between issuedFrom and issuedTo, in every series", async () => {
    const c = await counts({
      filter: { issuedFrom: "2019-12", issuedTo: "2020-03" },
      groupBy: ["PERIOD"],
      fill: true,
    });
    expect(c.buckets.map((b) => [b.period, b.subpoenas, b.batches])).toEqual([
      ["2019-12", 0, 0],
      ["2020-01", 8, 2],
      ["2020-02", 14, 4],
      ["2020-03", 0, 0],
    ]);
    // Without a range, every series runs from the first month with data (Jan 2020) to the last (Jul 2025): 67 months.
    const series = await counts({ groupBy: ["STATE", "PERIOD"], fill: true });
    const oregon = series.buckets.filter((b) => b.state === "OR").map((b) => [b.period, b.subpoenas]);
    expect(oregon).toHaveLength(67);
    expect(oregon.slice(0, 3)).toEqual([
      ["2020-01", 0],
      ["2020-02", 7],
      ["2020-03", 0],
    ]);
    expect(oregon.at(-1)).toEqual(["2025-07", 10]);
    expect(oregon.filter(([, n]) => n !== 0)).toEqual([
      ["2020-02", 7],
      ["2025-07", 10],
    ]);
  });

  it("gives zero buckets, not an empty list, for a filled range with no batches", async () => {
    const c = await counts({ filter: { issuedFrom: "2021", issuedTo: "2021-03" }, groupBy: ["PERIOD"], fill: true });
    expect(c.buckets.map((b) => [b.period, b.subpoenas])).toEqual([
      ["2021-01", 0],
      ["2021-02", 0],
      ["2021-03", 0],
    ]);
    expect(c.total).toMatchObject({ subpoenas: 0, batches: 0 });
  });

  it("runs the whole count as one SQL statement, after a check of the dataset version for the cache", async () => {
    const counter = countStatements(server.database.dataSource);
    try {
      for (const groupBy of [["JURISDICTION"], ["OUTCOME", "PERIOD"], ["OFFENSE_CATEGORY", "AGENCY_KIND", "STATE"]]) {
        counter.reset();
        await counts({ filter: { jurisdictions: ["oregon", "denver-co"], outcomes: ["DECLINED", "MIXED"] }, groupBy });
        expect(counter.statements).toHaveLength(2);
        expect(String(counter.statements[0])).toMatch(/FROM dataset/);
      }
    } finally {
      counter.restore();
    }
  });

  describe("refuses what it cannot answer, saying what to fix", () => {
    const error = async (variables: Record<string, unknown>) => {
      const res = await server.graphql(COUNTS, variables);
      expect(res.errors).toHaveLength(1);
      return res.errors![0];
    };

    it("an unknown jurisdiction slug", async () => {
      const e = await error({ filter: { jurisdictions: ["oregn"] }, groupBy: [] });
      expect(e.extensions?.code).toBe("BAD_USER_INPUT");
      expect(e.message).toContain('"oregn"');
    });

    it("a date that is not a partial date", async () => {
      const e = await error({ filter: { issuedFrom: "2020-13" }, groupBy: [] });
      expect(e.extensions?.code).toBe("BAD_USER_INPUT");
      expect(e.message).toMatch(/month 13/);
    });

    it("a range that ends before it starts", async () => {
      const e = await error({ filter: { issuedFrom: "2020-03", issuedTo: "2020-01" }, groupBy: [] });
      expect(e.message).toMatch(/issuedFrom \(2020-03\) is after issuedTo \(2020-01\)/);
    });

    it("a dimension listed twice", async () => {
      const e = await error({ groupBy: ["PERIOD", "PERIOD"] });
      expect(e.message).toMatch(/PERIOD twice/);
    });

    it("a date span too long to bucket", async () => {
      const e = await error({ filter: { issuedFrom: "1800", issuedTo: "2020" }, groupBy: ["PERIOD"], fill: true });
      expect(e.extensions?.code).toBe("BAD_USER_INPUT");
      expect(e.message).toMatch(/at most 100 years/);
      // The same span is fine at a coarser interval... as long as it stays under the maximum.
      const ok = await server.graphql(COUNTS, {
        filter: { issuedFrom: "1950", issuedTo: "2020" },
        groupBy: ["PERIOD"],
        interval: "YEAR",
        fill: true,
      });
      expect(ok.errors).toBeUndefined();
    });

    it("a malformed slug, through class-validator, with the rule in the message", async () => {
      const e = await error({ filter: { jurisdictions: ["Oregon State"] }, groupBy: [] });
      expect(e.extensions?.code).toBe("BAD_USER_INPUT");
      expect(e.message).toMatch(/lower-case letters, digits and hyphens/);
    });
  });
});
