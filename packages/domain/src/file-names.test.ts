import { describe, expect, it } from "vitest";
import { countsFileName } from "./file-names";

const name = (query: string, extension: "csv" | "json" = "csv") =>
  countsFileName(new URLSearchParams(query), extension);

describe("countsFileName", () => {
  it("says what the numbers are: grouping, interval, filters and period", () => {
    expect(name("groupBy=PERIOD&interval=MONTH&state=OR&from=2020-01&to=2020-12")).toBe(
      "subpoenas-by-month-oregon-2020.csv",
    );
    expect(name("groupBy=PERIOD,JURISDICTION&interval=QUARTER&from=2020&to=2020")).toBe(
      "subpoenas-by-quarter-and-jurisdiction-2020.csv",
    );
    expect(name("groupBy=OUTCOME", "json")).toBe("subpoenas-by-outcome.json");
    expect(name("groupBy=JURISDICTION&jurisdiction=denver-co&jurisdiction=oregon")).toBe(
      "subpoenas-by-jurisdiction-denver-co-oregon.csv",
    );
    expect(name("groupBy=STATE&outcome=IN_COURT&from=2020-03")).toBe("subpoenas-by-state-in-court-from-2020-03.csv");
    expect(name("groupBy=PERIOD&from=2020&to=2021")).toBe("subpoenas-by-month-2020-to-2021.csv");
    expect(name("")).toBe("subpoenas-total.csv");
  });

  it("keeps a name safe and short whatever the parameters hold", () => {
    const long = name(`groupBy=JURISDICTION&jurisdiction=${"a".repeat(300)}&agency=../../etc"x`);
    expect(long).toMatch(/^[a-z0-9-]+\.csv$/);
    expect(long.length).toBeLessThanOrEqual(124);
  });
});
