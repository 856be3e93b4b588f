import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, type DrillTarget } from "../../dashboard-state/utils/dashboardState";
import {
  describeDrill,
  drillBatchFilter,
  matchesDrill,
  periodRange,
  subpoenasInBatches,
  type DrillableBatch,
} from "./drill";

const feb: DrillTarget = { chart: "over-time", period: "2020-02", dimension: null, values: [] };

function batch(partial: Partial<DrillableBatch>): DrillableBatch {
  return {
    date: "2020-02-14",
    jurisdiction: { slug: "san-diego-county-ca", state: "CA" },
    outcomes: ["COMPLIED"],
    ...partial,
  };
}

describe("periodRange", () => {
  it("turns a period label into partial dates", () => {
    expect(periodRange("2020-02")).toEqual({ from: "2020-02", to: "2020-02" });
    expect(periodRange("2020-Q2")).toEqual({ from: "2020-04", to: "2020-06" });
    expect(periodRange("2020")).toEqual({ from: "2020", to: "2020" });
  });
});

describe("drillBatchFilter", () => {
  it("narrows the dashboard's filters to the clicked period", () => {
    expect(drillBatchFilter(EMPTY_FILTERS, feb)).toEqual({ issuedFrom: "2020-02", issuedTo: "2020-02" });
  });

  it("keeps a narrower date range the reader chose", () => {
    const filters = { ...EMPTY_FILTERS, from: "2020-02-10", to: "2020-06" };
    expect(drillBatchFilter(filters, feb)).toEqual({ issuedFrom: "2020-02-10", issuedTo: "2020-02" });
  });

  it("narrows to the clicked series", () => {
    const filters = { ...EMPTY_FILTERS, jurisdictions: ["oregon"], outcomes: ["DECLINED" as const] };
    const drill: DrillTarget = {
      chart: "by-place",
      period: null,
      dimension: "jurisdiction",
      values: ["washington-county-or"],
    };
    expect(drillBatchFilter(filters, drill)).toEqual({
      jurisdictions: ["washington-county-or"],
      outcomes: ["DECLINED"],
    });
    expect(
      drillBatchFilter(EMPTY_FILTERS, { chart: "outcomes", period: null, dimension: "outcome", values: ["MIXED"] }),
    ).toEqual({ outcomes: ["MIXED"] });
  });
});

describe("matchesDrill", () => {
  it("keeps batches of the clicked period only, at their own precision", () => {
    expect(matchesDrill(batch({ date: "2020-02-14" }), feb, "month")).toBe(true);
    expect(matchesDrill(batch({ date: "2020-02" }), feb, "month")).toBe(true);
    expect(matchesDrill(batch({ date: "2020-01-13" }), feb, "month")).toBe(false);
    // A year-only date is in the "2020" bucket, not in February.
    expect(matchesDrill(batch({ date: "2020" }), feb, "month")).toBe(false);
    const q1: DrillTarget = { ...feb, period: "2020-Q1" };
    expect(matchesDrill(batch({ date: "2020-02" }), q1, "quarter")).toBe(true);
  });

  it("keeps a state's own batches, not its counties', when the bar was the state's", () => {
    const oregon: DrillTarget = { chart: "by-place", period: null, dimension: "jurisdiction", values: ["oregon"] };
    expect(matchesDrill(batch({ jurisdiction: { slug: "oregon", state: "OR" } }), oregon, "month")).toBe(true);
    expect(matchesDrill(batch({ jurisdiction: { slug: "washington-county-or", state: "OR" } }), oregon, "month")).toBe(
      false,
    );
    const orState: DrillTarget = { chart: "by-place", period: null, dimension: "state", values: ["OR"] };
    expect(matchesDrill(batch({ jurisdiction: { slug: "washington-county-or", state: "OR" } }), orState, "month")).toBe(
      true,
    );
  });

  it("keeps batches with the clicked outcome among their parts", () => {
    const declined: DrillTarget = { chart: "outcomes", period: null, dimension: "outcome", values: ["DECLINED"] };
    expect(matchesDrill(batch({ outcomes: ["COURT_ORDERED", "DECLINED"] }), declined, "month")).toBe(true);
    expect(matchesDrill(batch({ outcomes: ["COMPLIED"] }), declined, "month")).toBe(false);
  });
});

describe("describeDrill", () => {
  it("names the period and the series", () => {
    const names: Record<string, string> = { "denver-co": "Denver" };
    const labelOf = (value: string): string | undefined => names[value];
    expect(describeDrill({ ...feb, dimension: "jurisdiction", values: ["denver-co"] }, labelOf)).toBe(
      "Feb 2020 · Denver",
    );
    expect(
      describeDrill({ chart: "outcomes", period: null, dimension: "outcome", values: ["IN_COURT"] }, labelOf),
    ).toBe("In court");
    expect(describeDrill({ chart: "by-place", period: null, dimension: "state", values: ["OR"] }, labelOf)).toBe(
      "Oregon",
    );
  });
});

describe("subpoenasInBatches", () => {
  it("counts both in words, singular and plural", () => {
    expect(subpoenasInBatches(14, 4)).toBe("14 subpoenas in 4 batches");
    expect(subpoenasInBatches(1, 1)).toBe("1 subpoena in 1 batch");
  });
});
