import { describe, expect, it } from "vitest";
import { LIGHT_THEME, type CountBucketLike } from "@subpoena-tracker/charts";
import { OUTCOME_COLORS } from "../../../ui/theme";
import { describeOverTime } from "./describe";
import { OTHERS_KEY, chartColumns, toOverTimeSeries } from "./toSeries";

const denver = { slug: "denver-co", name: "Denver" };
const nyc = { slug: "new-york-city-ny", name: "New York City" };
const ct = { slug: "connecticut", name: "Connecticut" };
const sd = { slug: "san-diego-county-ca", name: "San Diego County" };

function bucket(partial: Partial<CountBucketLike>): CountBucketLike {
  return { subpoenas: 0, batches: 1, unknownCountBatches: 0, ...partial };
}

// The seed, grouped by period and jurisdiction.
const seedByJurisdiction: CountBucketLike[] = [
  bucket({ period: "2020-01", jurisdiction: denver, subpoenas: 4 }),
  bucket({ period: "2020-01", jurisdiction: nyc, subpoenas: 4 }),
  bucket({ period: "2020-02", jurisdiction: ct, subpoenas: 3 }),
  bucket({ period: "2020-02", jurisdiction: sd, subpoenas: 4 }),
];

describe("toOverTimeSeries", () => {
  it("gives one row per month with each jurisdiction's subpoenas", () => {
    const data = toOverTimeSeries(seedByJurisdiction, { interval: "month", stackBy: "jurisdiction" });
    expect(data.rows.map((r) => [r.period, r.label, r.total])).toEqual([
      ["2020-01", "Jan 2020", 8],
      ["2020-02", "Feb 2020", 7],
    ]);
    expect(data.subpoenas).toBe(15);
    const denverIndex = data.series.findIndex((s) => s.key === "denver-co");
    expect(data.rows[0].values[denverIndex]).toBe(4);
    expect(data.rows[1].values[denverIndex]).toBe(0);
  });

  it("fills empty periods with zero so gaps show, across the filter's whole range", () => {
    const data = toOverTimeSeries(
      [
        bucket({ period: "2020-01", jurisdiction: denver, subpoenas: 4 }),
        bucket({ period: "2020-04", jurisdiction: denver, subpoenas: 2 }),
      ],
      { interval: "month", stackBy: "jurisdiction", from: "2019-12", to: "2020-05-15" },
    );
    expect(data.rows.map((r) => r.period)).toEqual(["2019-12", "2020-01", "2020-02", "2020-03", "2020-04", "2020-05"]);
    expect(data.rows.map((r) => r.total)).toEqual([0, 4, 0, 0, 2, 0]);
  });

  it("covers the data even when the filter range is narrower than what came back", () => {
    const data = toOverTimeSeries([bucket({ period: "2020-03", jurisdiction: denver, subpoenas: 1 })], {
      interval: "month",
      stackBy: "none",
      from: "2020-01",
      to: "2020-02",
    });
    expect(data.rows.map((r) => r.period)).toEqual(["2020-01", "2020-02", "2020-03"]);
  });

  it("buckets by quarter and year", () => {
    const quarters = toOverTimeSeries(
      [bucket({ period: "2020-Q1", subpoenas: 22 }), bucket({ period: "2020-Q3", subpoenas: 1 })],
      { interval: "quarter", stackBy: "none" },
    );
    expect(quarters.rows.map((r) => [r.label, r.total])).toEqual([
      ["Q1 2020", 22],
      ["Q2 2020", 0],
      ["Q3 2020", 1],
    ]);
    const years = toOverTimeSeries([bucket({ period: "2020", subpoenas: 22 })], { interval: "year", stackBy: "none" });
    expect(years.rows.map((r) => r.label)).toEqual(["2020"]);
    expect(years.coarseRows).toEqual([]);
  });

  it("keeps dates coarser than the interval apart instead of guessing a month", () => {
    const data = toOverTimeSeries(
      [bucket({ period: "2020-02", subpoenas: 5 }), bucket({ period: "2020", subpoenas: 3 })],
      { interval: "month", stackBy: "none" },
    );
    expect(data.rows.map((r) => r.period)).toEqual(["2020-02"]);
    expect(data.coarseRows.map((r) => [r.period, r.label, r.total])).toEqual([
      ["2020", "2020 (month not reported)", 3],
    ]);
    expect(data.subpoenas).toBe(8);
  });

  it("never turns a batch of unreported size into a zero: it is counted apart per period and series", () => {
    const data = toOverTimeSeries(
      [
        bucket({ period: "2020-01", jurisdiction: denver, subpoenas: 4 }),
        bucket({ period: "2020-02", jurisdiction: nyc, subpoenas: 0, unknownCountBatches: 1 }),
      ],
      { interval: "month", stackBy: "jurisdiction" },
    );
    const feb = data.rows[1];
    expect(feb.total).toBe(0);
    expect(feb.unknownCountBatches).toBe(1);
    const nycIndex = data.series.findIndex((s) => s.key === "new-york-city-ny");
    expect(feb.unknown[nycIndex]).toBe(1);
    expect(data.unknownCountBatches).toBe(1);
    expect(describeOverTime(data)).toContain("1 batch whose number of subpoenas was not reported (1 in Feb 2020)");
  });

  it("orders jurisdictions biggest first and gives each the colour of its place in the data set", () => {
    const placeOrder = ["connecticut", "denver-co", "oregon"];
    const both = toOverTimeSeries(
      [
        bucket({ period: "2020-01", jurisdiction: ct, subpoenas: 3 }),
        bucket({ period: "2020-01", jurisdiction: denver, subpoenas: 4 }),
      ],
      { interval: "month", stackBy: "jurisdiction", placeOrder },
    );
    expect(both.series.map((s) => [s.label, s.color])).toEqual([
      ["Denver", LIGHT_THEME.seriesColors[1]],
      ["Connecticut", LIGHT_THEME.seriesColors[0]],
    ]);
    // Filtered to Denver alone, Denver keeps its colour (it used to take the first colour of whatever was left).
    const alone = toOverTimeSeries([bucket({ period: "2020-01", jurisdiction: denver, subpoenas: 4 })], {
      interval: "month",
      stackBy: "jurisdiction",
      placeOrder,
    });
    expect(alone.series[0].color).toBe(LIGHT_THEME.seriesColors[1]);
  });

  it("folds the smallest series into one 'others' series beyond the palette", () => {
    const places = Array.from({ length: 5 }, (_, i) => ({ slug: `p${i}`, name: `Place ${i}` }));
    const data = toOverTimeSeries(
      places.map((p, i) => bucket({ period: "2020-01", jurisdiction: p, subpoenas: 10 - i })),
      { interval: "month", stackBy: "jurisdiction", maxSeries: 3 },
    );
    expect(data.series.map((s) => s.key)).toEqual(["p0", "p1", OTHERS_KEY]);
    const other = data.series[2];
    expect(other.members).toEqual(["p2", "p3", "p4"]);
    expect(other.subpoenas).toBe(8 + 7 + 6);
    expect(other.color).toBe(LIGHT_THEME.otherColor);
    expect(data.rows[0].values).toEqual([10, 9, 21]);
  });

  it("stacks outcomes in canonical order with their own colours", () => {
    const data = toOverTimeSeries(
      [
        bucket({ period: "2020-02", outcome: "DECLINED", subpoenas: 1 }),
        bucket({ period: "2020-02", outcome: "COMPLIED", subpoenas: 6 }),
        bucket({ period: "2020-02", outcome: "PENDING", subpoenas: 3 }),
      ],
      { interval: "month", stackBy: "outcome" },
    );
    expect(data.series.map((s) => s.key)).toEqual(["PENDING", "COMPLIED", "DECLINED"]);
    expect(data.series[2].color).toBe(OUTCOME_COLORS.DECLINED);
    expect(data.series[2].label).toBe("Declined");
  });

  it("labels states by name", () => {
    const data = toOverTimeSeries([bucket({ period: "2020-02", state: "OR", subpoenas: 7 })], {
      interval: "month",
      stackBy: "state",
    });
    expect(data.series[0].label).toBe("Oregon");
  });

  it("returns no rows for no buckets", () => {
    const data = toOverTimeSeries([], { interval: "month", stackBy: "jurisdiction" });
    expect(data.rows).toEqual([]);
    expect(describeOverTime(data)).toBe("No subpoenas match these filters.");
  });
});

describe("chartColumns", () => {
  it("gives one value per series, in the series' order", () => {
    const data = toOverTimeSeries(seedByJurisdiction, { interval: "month", stackBy: "jurisdiction" });
    const columns = chartColumns(data);
    expect(columns[0]).toMatchObject({ period: "2020-01", label: "Jan 2020", total: 8 });
    expect(columns[0].values).toHaveLength(data.series.length);
    expect(columns[0].values.reduce((a, b) => a + b, 0)).toBe(8);
  });
});

describe("describeOverTime", () => {
  it("names the span, the peak, the gaps and the split", () => {
    const data = toOverTimeSeries(seedByJurisdiction, {
      interval: "month",
      stackBy: "jurisdiction",
      to: "2020-03",
    });
    const text = describeOverTime(data);
    expect(text).toContain("15 subpoenas, Jan to Mar 2020.");
    expect(text).toContain("The busiest month was Jan 2020, with 8.");
    expect(text).toContain("None recorded in Mar 2020.");
    expect(text).toContain("By jurisdiction: Denver 4, New York City 4, San Diego County 4, Connecticut 3.");
  });

  it("counts many empty periods instead of naming each, and names the few that had subpoenas", () => {
    // The seed's span, Jan 2020 to Jul 2025: 67 months, subpoenas in a handful.
    const data = toOverTimeSeries(
      [...seedByJurisdiction, bucket({ period: "2025-07", jurisdiction: denver, subpoenas: 10 })],
      { interval: "month", stackBy: "none" },
    );
    const text = describeOverTime(data);
    expect(text).toContain(
      "None recorded in 64 of the 67 months; subpoenas were recorded in Jan 2020, Feb 2020, Jul 2025.",
    );
    expect(text).not.toContain("Mar 2020");
    expect(text.length).toBeLessThan(300);
  });

  it("says a one-quarter span once, never 'from Q1 2020 to Q1 2020'", () => {
    const data = toOverTimeSeries(seedByJurisdiction, { interval: "quarter", stackBy: "none" });
    const text = describeOverTime(data);
    expect(text).not.toMatch(/from Q1 2020 to Q1 2020/);
    expect(text).toMatch(/^\d+ subpoenas, Jan to Feb 2020\./);
  });
});

describe("chartColumns: what the dashboard's over-time chart draws", () => {
  // The edge-case fixture package's shape: a month, an "at least 4" and a batch dated only to its year.
  const washington = { slug: "washington-county-or", name: "Washington County", kind: "county", state: "OR" };
  const minnesota = { slug: "washington-county-mn", name: "Washington County", kind: "county", state: "MN" };
  const data = toOverTimeSeries(
    [
      bucket({ period: "2021-03", jurisdiction: denver, subpoenas: 4 }),
      bucket({ period: "2021-04", jurisdiction: washington, subpoenas: 4, inexactCountBatches: 1 }),
      bucket({ period: "2021", jurisdiction: minnesota, subpoenas: 3 }),
    ],
    { interval: "month", stackBy: "jurisdiction" },
  );

  it("draws batches dated only to a year, after the months, as the embeds and images do", () => {
    const columns = chartColumns(data);
    expect(columns.map((c) => [c.period, c.total])).toEqual([
      ["2021-03", 4],
      ["2021-04", 4],
      ["2021", 3],
    ]);
    expect(data.coarseRows.map((c) => c.period)).toEqual(["2021"]);
  });

  it("keeps an 'at least' count marked and says each Washington County's state", () => {
    const row = chartColumns(data).find((r) => r.period === "2021-04");
    expect(row?.inexactCountBatches).toBe(1);
    expect(data.series.map((s) => s.label)).toEqual(["Denver", "Washington County, OR", "Washington County, MN"]);
    expect(data.model.columns.find((c) => c.period === "2021-04")?.inexactCountBatches).toBe(1);
  });
});
