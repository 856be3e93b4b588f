import { describe, expect, it } from "vitest";
import type { BarsModel, ColumnsModel } from "./model";
import { countsRequestFor, dataRequestFor } from "./model";
import { OTHERS_KEY, UNATTRIBUTED_KEY, foldBars, spanOf, toBarsModel, toChartModel, toColumnsModel } from "./series";
import { formatRange } from "./describe";
import {
  BY_JURISDICTION,
  OUTCOMES_VIEW,
  OVER_TIME,
  SEED_BY_JURISDICTION,
  bucket,
  connecticut,
  counts,
  denver,
  nyc,
  oregon,
  sanDiego,
  washingtonCounty,
} from "./test-fixtures";

describe("countsRequestFor", () => {
  it("always groups by period, plus what the chart splits by", () => {
    expect(countsRequestFor(OVER_TIME)).toEqual({ groupBy: ["PERIOD", "JURISDICTION"], interval: "month" });
    expect(countsRequestFor({ ...OVER_TIME, stack: "none", interval: "quarter" })).toEqual({
      groupBy: ["PERIOD"],
      interval: "quarter",
    });
    expect(countsRequestFor({ ...BY_JURISDICTION, place: "state" })).toEqual({
      groupBy: ["PERIOD", "STATE"],
      interval: "month",
    });
    expect(countsRequestFor(OUTCOMES_VIEW)).toEqual({ groupBy: ["PERIOD", "OUTCOME"], interval: "month" });
  });
});

describe("dataRequestFor", () => {
  it("gives the download one row per bar on the bar charts and the map, and the periods only over time", () => {
    expect(dataRequestFor(OUTCOMES_VIEW)).toEqual({ groupBy: ["OUTCOME"], interval: null });
    expect(dataRequestFor(BY_JURISDICTION)).toEqual({ groupBy: ["JURISDICTION"], interval: null });
    expect(dataRequestFor({ ...BY_JURISDICTION, place: "state" })).toEqual({ groupBy: ["STATE"], interval: null });
    expect(dataRequestFor({ ...OVER_TIME, chart: "where" })).toEqual({ groupBy: ["JURISDICTION"], interval: null });
    expect(dataRequestFor({ ...OVER_TIME, stack: "outcome", interval: "year" })).toEqual({
      groupBy: ["PERIOD", "OUTCOME"],
      interval: "year",
    });
  });
});

describe("toColumnsModel", () => {
  it("gives one column per month with each jurisdiction's subpoenas, biggest series first", () => {
    const model = toColumnsModel(OVER_TIME, SEED_BY_JURISDICTION);
    expect(model.columns.map((c) => [c.period, c.label, c.total])).toEqual([
      ["2020-01", "Jan 2020", 8],
      ["2020-02", "Feb 2020", 14],
    ]);
    expect(model.series.map((s) => s.label)).toEqual([
      "Oregon",
      "Denver",
      "New York City",
      "San Diego County, CA",
      "Connecticut",
      "Washington County, OR",
    ]);
    // Each place its own colour: no two series of one chart share one.
    const slots = model.series.map((s) => (s.color.kind === "series" ? s.color.index : -1));
    expect(slots.every((slot) => slot >= 0)).toBe(true);
    expect(new Set(slots).size).toBe(slots.length);
    expect(model.totals.subpoenas).toBe(22);
    expect(model.range).toEqual({ from: "2020-01", to: "2020-02" });
  });

  it("shows every period of the filter's range, empty ones as zero", () => {
    const model = toColumnsModel(OVER_TIME, SEED_BY_JURISDICTION, { from: "2019-12", to: "2020-04-15" });
    expect(model.columns.map((c) => [c.period, c.total])).toEqual([
      ["2019-12", 0],
      ["2020-01", 8],
      ["2020-02", 14],
      ["2020-03", 0],
      ["2020-04", 0],
    ]);
    // The time frame is the one the reader asked for, to the day.
    expect(model.range).toEqual({ from: "2019-12", to: "2020-04-15" });
  });

  it("keeps batches of unreported size apart per column and series, never as a zero height", () => {
    const model = toColumnsModel(
      OVER_TIME,
      counts([
        bucket({ period: "2020-01", jurisdiction: denver, subpoenas: 4 }),
        bucket({ period: "2020-02", jurisdiction: nyc, subpoenas: 0, unknownCountBatches: 1 }),
      ]),
    );
    const february = model.columns[1];
    expect(february.total).toBe(0);
    expect(february.unknownCountBatches).toBe(1);
    const nycIndex = model.series.findIndex((s) => s.key === nyc.slug);
    expect(february.unknown[nycIndex]).toBe(1);
    expect(model.totals.unknownCountBatches).toBe(1);
  });

  it("keeps dates coarser than the interval apart instead of guessing a month", () => {
    const model = toColumnsModel(
      { ...OVER_TIME, stack: "none" },
      counts([bucket({ period: "2020-02", subpoenas: 5 }), bucket({ period: "2020", subpoenas: 3 })]),
    );
    expect(model.columns.map((c) => c.period)).toEqual(["2020-02"]);
    expect(model.coarse.map((c) => [c.period, c.label, c.total])).toEqual([["2020", "2020 (month not reported)", 3]]);
    expect(model.series).toHaveLength(1);
    expect(model.series[0].color).toEqual({ kind: "single" });
  });

  it("makes no month columns when every date is coarse", () => {
    const model = toColumnsModel({ ...OVER_TIME, stack: "none" }, counts([bucket({ period: "2020", subpoenas: 3 })]));
    expect(model.columns).toEqual([]);
    expect(model.coarse.map((c) => c.period)).toEqual(["2020"]);
    expect(model.range).toEqual({ from: "2020", to: "2020" });
  });

  it("draws the API's other buckets (asked for with top) as the last series, naming how many places they sum", () => {
    const answer = {
      ...counts([
        bucket({ period: "2020-01", jurisdiction: oregon, subpoenas: 2 }),
        bucket({ period: "2020-01", other: true, subpoenas: 50, batches: 30 }),
        bucket({ period: "2020-02", other: true, subpoenas: 7 }),
      ]),
      otherSeries: 41,
    };
    const model = toColumnsModel(OVER_TIME, answer, {}, 8);
    expect(model.series.map((s) => [s.key, s.label])).toEqual([
      ["oregon", "Oregon"],
      [OTHERS_KEY, "41 others"],
    ]);
    expect(model.columns.map((c) => c.values)).toEqual([
      [2, 50],
      [0, 7],
    ]);
    const bars = toBarsModel(BY_JURISDICTION, answer);
    expect(bars.bars.map((b) => [b.key, b.label, b.subpoenas])).toEqual([
      ["oregon", "Oregon", 2],
      [OTHERS_KEY, "41 others", 57],
    ]);
    expect(foldBars([...bars.bars], 1).map((b) => b.label)).toEqual(["Oregon"]);
  });

  it("ignores the zero buckets the API adds for empty periods when ranking series", () => {
    const model = toColumnsModel(
      OVER_TIME,
      counts([
        bucket({ period: "2020-01", jurisdiction: denver, subpoenas: 4 }),
        bucket({ period: "2020-02", jurisdiction: denver, subpoenas: 0, batches: 0 }),
      ]),
    );
    expect(model.columns.map((c) => c.total)).toEqual([4]);
    expect(model.series.map((s) => s.key)).toEqual([denver.slug]);
    expect(model.series[0].subpoenas).toBe(4);
  });

  it("covers the data even when the filter's range is narrower than what came back", () => {
    const model = toColumnsModel(OVER_TIME, SEED_BY_JURISDICTION, { from: "2019-11", to: "2020-01" });
    expect(model.columns.map((c) => c.period)).toEqual(["2019-11", "2019-12", "2020-01", "2020-02"]);
    expect(model.coarse).toEqual([]);
  });

  it("keeps a filter given as a whole year as it is", () => {
    const model = toBarsModel(BY_JURISDICTION, SEED_BY_JURISDICTION, { from: "2020", to: "2020" });
    expect(model.range).toEqual({ from: "2020", to: "2020" });
  });

  it("names the members each series stands for", () => {
    const places = Array.from({ length: 4 }, (_, i) => ({ slug: `p${i}`, name: `Place ${i}` }));
    const model = toColumnsModel(
      OVER_TIME,
      counts(places.map((p, i) => bucket({ period: "2020-01", jurisdiction: p, subpoenas: 10 - i }))),
      {},
      3,
    );
    expect(model.series.map((s) => s.members)).toEqual([["p0"], ["p1"], ["p2", "p3"]]);
    const single = toColumnsModel({ ...OVER_TIME, stack: "none" }, SEED_BY_JURISDICTION);
    expect(single.series.map((s) => s.members)).toEqual([[]]);
  });

  it("folds the smallest series into 'others' beyond the palette, but never outcomes", () => {
    const places = Array.from({ length: 10 }, (_, i) => ({ slug: `p${i}`, name: `Place ${i}` }));
    const model = toColumnsModel(
      OVER_TIME,
      counts(places.map((p, i) => bucket({ period: "2020-01", jurisdiction: p, subpoenas: 20 - i }))),
    );
    expect(model.series).toHaveLength(8);
    expect(model.series[7]).toMatchObject({ key: OTHERS_KEY, label: "3 others", subpoenas: 13 + 12 + 11 });
    expect(model.columns[0].values[7]).toBe(36);
    expect(model.columns[0].total).toBe(model.totals.subpoenas);
  });

  it("stacks outcomes in canonical order with their own colours", () => {
    const model = toColumnsModel(
      { ...OVER_TIME, stack: "outcome" },
      counts([
        bucket({ period: "2020-02", outcome: "DECLINED", subpoenas: 1 }),
        bucket({ period: "2020-02", outcome: "COMPLIED", subpoenas: 6 }),
        bucket({ period: "2020-02", outcome: "PENDING", subpoenas: 3 }),
      ]),
    );
    expect(model.series.map((s) => s.label)).toEqual(["Pending", "Complied", "Declined"]);
    expect(model.series[2].color).toEqual({ kind: "outcome", outcome: "DECLINED" });
  });
});

describe("toBarsModel", () => {
  it("adds the periods up and ranks places biggest first, unreported sizes next, then by name", () => {
    const model = toBarsModel(
      BY_JURISDICTION,
      counts([
        ...SEED_BY_JURISDICTION.buckets,
        bucket({ period: "2020-03", jurisdiction: denver, subpoenas: 1 }),
        bucket({ period: "2020-03", jurisdiction: connecticut, subpoenas: 0, unknownCountBatches: 1 }),
      ]),
    );
    expect(model.bars.map((b) => [b.label, b.subpoenas, b.unknownCountBatches, b.batches])).toEqual([
      ["Denver", 5, 0, 2],
      ["Oregon", 5, 0, 1],
      ["New York City", 4, 0, 1],
      ["San Diego County, CA", 4, 0, 1],
      ["Connecticut", 3, 1, 2],
      ["Washington County, OR", 2, 0, 1],
    ]);
    expect(model.bars.every((b) => b.color.kind === "single")).toBe(true);
    expect(model.range).toEqual({ from: "2020-01", to: "2020-03" });
  });

  it("labels states by name and puts what could not be attributed last", () => {
    const model = toBarsModel(
      { ...BY_JURISDICTION, place: "state" },
      counts([
        bucket({ period: "2020-02", state: null, subpoenas: 9 }),
        bucket({ period: "2020-02", state: "OR", subpoenas: 7 }),
      ]),
    );
    expect(model.bars.map((b) => [b.key, b.label])).toEqual([
      ["OR", "Oregon"],
      [UNATTRIBUTED_KEY, "Not attributed"],
    ]);
  });

  it("lists outcomes in canonical order, each in its colour", () => {
    const model = toChartModel(
      OUTCOMES_VIEW,
      counts([
        bucket({ period: "2020-02", outcome: "IN_COURT", subpoenas: 3 }),
        bucket({ period: "2020-01", outcome: "DECLINED", subpoenas: 8 }),
        bucket({ period: "2020-02", outcome: "DECLINED", subpoenas: 1 }),
      ]),
    ) as BarsModel;
    expect(model.dimension).toBe("outcome");
    expect(model.bars.map((b) => [b.label, b.subpoenas])).toEqual([
      ["Declined", 9],
      ["In court", 3],
    ]);
    expect(model.bars[0].color).toEqual({ kind: "outcome", outcome: "DECLINED" });
  });
});

describe("foldBars", () => {
  it("folds the smallest bars into one, keeping the totals", () => {
    const model = toBarsModel(BY_JURISDICTION, SEED_BY_JURISDICTION);
    const folded = foldBars(model.bars, 4);
    expect(folded.map((b) => b.label)).toEqual(["Oregon", "Denver", "New York City", "3 others"]);
    expect(folded[3]).toMatchObject({
      subpoenas: 4 + 3 + 2,
      batches: 3,
      members: [sanDiego.slug, connecticut.slug, washingtonCounty.slug],
    });
    expect(foldBars(model.bars, 10)).toEqual(model.bars);
  });
});

describe("toChartModel", () => {
  it("draws the over-time chart as columns and the others as bars", () => {
    expect((toChartModel(OVER_TIME, SEED_BY_JURISDICTION) as ColumnsModel).kind).toBe("columns");
    expect(toChartModel(BY_JURISDICTION, SEED_BY_JURISDICTION).kind).toBe("bars");
    expect(
      toChartModel(BY_JURISDICTION, counts([bucket({ period: "2020-01", jurisdiction: oregon, subpoenas: 1 })])).kind,
    ).toBe("bars");
  });
});

describe("spanOf: the time frame beside every figure", () => {
  const bucket = (period: string, subpoenas: number) => ({ period, subpoenas, batches: 1, unknownCountBatches: 0 });

  it("reaches from the start of the earliest period with a batch to the end of the latest, coarse ones included", () => {
    expect(spanOf([bucket("2021-03", 4), bucket("2021-05", 0), bucket("2021", 3), bucket("2022", 6)])).toEqual({
      from: "2021",
      to: "2022",
    });
    expect(formatRange({ from: "2021", to: "2022" })).toBe("2021 to 2022");
    expect(spanOf([bucket("2020-01", 8), bucket("2020-02", 14)])).toEqual({ from: "2020-01", to: "2020-02" });
  });

  it("ignores the zero buckets of filled periods and keeps the filter's own bounds", () => {
    const empty = { period: "2019-06", subpoenas: 0, batches: 0, unknownCountBatches: 0 };
    expect(spanOf([empty, bucket("2020-02", 1)])).toEqual({ from: "2020-02", to: "2020-02" });
    expect(spanOf([bucket("2020-02", 1)], { from: "2020", to: "2020" })).toEqual({ from: "2020", to: "2020" });
    expect(spanOf([])).toBeNull();
  });

  it("never says 'from Q1 2020 to Q1 2020'", () => {
    expect(formatRange({ from: "2020-Q1", to: "2020-Q1" })).toBe("Q1 2020");
    expect(formatRange({ from: "2020-01", to: "2020-03" }, "short")).toBe("Jan to Mar 2020");
  });
});
