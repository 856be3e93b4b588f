import { render, screen, within } from "@testing-library/react";
import { toChartModel, type ChartView, type CountsLike } from "@subpoena-tracker/charts";
import { describe, expect, it } from "vitest";
import { DataTable } from "./DataTable";

const VIEW: ChartView = {
  chart: "subpoenas-over-time",
  interval: "month",
  stack: "jurisdiction",
  place: "jurisdiction",
};
const COUNTS: CountsLike = {
  buckets: [
    {
      period: "2020-01",
      jurisdiction: { slug: "denver-co", name: "Denver" },
      subpoenas: 4,
      batches: 1,
      unknownCountBatches: 0,
    },
    {
      period: "2020-02",
      jurisdiction: { slug: "wasco", name: "Wasco County" },
      subpoenas: 0,
      batches: 1,
      unknownCountBatches: 1,
    },
  ],
  total: { subpoenas: 4, batches: 2, unknownCountBatches: 1 },
};

describe("DataTable", () => {
  it("gives each period a row with each series, the total and the batches of unreported size", () => {
    render(<DataTable model={toChartModel(VIEW, COUNTS)} caption="Subpoenas per month" />);
    const table = screen.getByRole("table", { name: "Subpoenas per month" });
    const rows = within(table).getAllByRole("row");
    expect(rows.map((row) => row.textContent)).toEqual([
      "PeriodDenverWasco CountyTotalBatches of unreported size",
      "Jan 20204040",
      "Feb 20200001",
    ]);
  });

  it("says 'not reported' for a place whose only batches are of unreported size", () => {
    render(<DataTable model={toChartModel({ ...VIEW, chart: "by-jurisdiction" }, COUNTS)} caption="By place" />);
    const wasco = screen.getByRole("rowheader", { name: "Wasco County" }).closest("tr");
    expect(wasco?.textContent).toBe("Wasco Countynot reported11");
  });
});

describe("DataTable of a map", () => {
  it("lists a state's own jurisdiction by its state agencies, apart from the state's row that adds everything in it", () => {
    const counts: CountsLike = {
      buckets: [
        {
          jurisdiction: { slug: "oregon", name: "Oregon", kind: "state", state: "OR", countyFips: null },
          subpoenas: 5,
          batches: 1,
          unknownCountBatches: 0,
        },
        {
          jurisdiction: { slug: "wasco", name: "Wasco County", kind: "county", state: "OR", countyFips: "41065" },
          subpoenas: 2,
          batches: 1,
          unknownCountBatches: 0,
        },
      ],
      total: { subpoenas: 7, batches: 2, unknownCountBatches: 0 },
    };
    render(<DataTable model={toChartModel({ ...VIEW, chart: "where" }, counts)} caption="Where" />);
    const rows = within(screen.getByRole("table", { name: "Where" })).getAllByRole("row");
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      "Oregon720",
      "Oregon, state agencies510",
      "Wasco County, OR210",
    ]);
  });
});
