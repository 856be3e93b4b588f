import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { toOverTimeSeries } from "../utils/toSeries";
import { OverTimeTable } from "./OverTimeTable";

afterEach(cleanup);

const data = toOverTimeSeries(
  [
    {
      period: "2020-01",
      jurisdiction: { slug: "denver-co", name: "Denver" },
      subpoenas: 4,
      batches: 1,
      unknownCountBatches: 0,
    },
    {
      period: "2020-03",
      jurisdiction: { slug: "denver-co", name: "Denver" },
      subpoenas: 0,
      batches: 1,
      unknownCountBatches: 1,
    },
    {
      period: "2020",
      jurisdiction: { slug: "denver-co", name: "Denver" },
      subpoenas: 2,
      batches: 1,
      unknownCountBatches: 0,
    },
  ],
  { interval: "month", stackBy: "jurisdiction" },
);

describe("OverTimeTable", () => {
  it("lists every period, gaps as zero, unknown sizes in words, coarse dates apart", () => {
    render(<OverTimeTable data={data} />);
    const rows = screen.getAllByRole("row").map((row) => row.textContent);
    expect(rows).toEqual([
      "PeriodDenverTotal",
      "Jan 202044",
      "Feb 202000",
      "Mar 20200 + 1 unreported0 + 1 unreported",
      "2020 (month not reported)22",
      "All periods6 + 1 unreported6 + 1 unreported",
    ]);
  });

  it("opens the batches behind a period or a cell from the keyboard", () => {
    const onSelect = vi.fn();
    render(<OverTimeTable data={data} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole("button", { name: "Jan 2020: 4 subpoenas. List the batches" }));
    expect(onSelect).toHaveBeenLastCalledWith({ period: "2020-01", seriesIndex: null });
    const march = screen.getByRole("row", { name: /Mar 2020/ });
    fireEvent.click(
      within(march).getByRole("button", { name: /Denver, Mar 2020: 0 subpoenas plus 1 of unreported size/ }),
    );
    expect(onSelect).toHaveBeenLastCalledWith({ period: "2020-03", seriesIndex: 0 });
    // An empty period has nothing to list.
    expect(screen.queryByRole("button", { name: /^Feb 2020/ })).toBeNull();
  });
});
