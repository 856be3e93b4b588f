import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "../../dashboard-state/utils/dashboardState";
import { batchesUrl, countsUrl } from "./apiLinks";

describe("countsUrl", () => {
  it("asks the CSV twin for what the over-time chart shows", () => {
    const url = countsUrl("csv", {
      groupBy: ["PERIOD", "JURISDICTION"],
      interval: "quarter",
      fillEmptyPeriods: true,
      filters: { ...EMPTY_FILTERS, jurisdictions: ["oregon"], from: "2020-01", to: "2020-03" },
    });
    const parsed = new URL(url, "http://x");
    expect(parsed.pathname).toBe("/api/v1/counts.csv");
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      groupBy: "PERIOD,JURISDICTION",
      interval: "QUARTER",
      fillEmptyPeriods: "true",
      jurisdiction: "oregon",
      from: "2020-01",
      to: "2020-03",
    });
  });

  it("leaves the interval out when not grouping by period, and repeats multiple values", () => {
    const url = countsUrl("json", {
      groupBy: ["OUTCOME"],
      filters: { ...EMPTY_FILTERS, outcomes: ["DECLINED", "IN_COURT"] },
    });
    expect(url).toBe("/api/v1/counts.json?groupBy=OUTCOME&outcome=DECLINED&outcome=IN_COURT");
  });
});

describe("batchesUrl", () => {
  it("carries the filters", () => {
    expect(batchesUrl("csv", EMPTY_FILTERS)).toBe("/api/v1/batches.csv");
    expect(batchesUrl("json", { ...EMPTY_FILTERS, states: ["CO"] })).toBe("/api/v1/batches.json?state=CO");
  });
});
