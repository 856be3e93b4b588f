import { describe, expect, it } from "vitest";
import { monthOptions, stateOptions } from "./options";

const jurisdictions = [
  { slug: "oregon", name: "Oregon", kind: "STATE", state: "OR", parent: null },
  { slug: "washington-county-or", name: "Washington County", kind: "COUNTY", state: "OR", parent: { slug: "oregon" } },
  { slug: "connecticut", name: "Connecticut", kind: "STATE", state: "CT", parent: null },
];

describe("filter options", () => {
  it("lists each state once, by name", () => {
    expect(stateOptions(jurisdictions)).toEqual([
      { value: "CT", label: "Connecticut" },
      { value: "OR", label: "Oregon" },
    ]);
  });

  it("offers every month of the years covered, plus a value from the address", () => {
    const options = monthOptions("2020-01-13", "2020-02-21", ["2020-02-10", null]);
    expect(options).toHaveLength(13);
    expect(options[0]).toEqual({ value: "2020-01", label: "Jan 2020" });
    expect(options.find((o) => o.value === "2020-02-10")?.label).toBe("10 Feb 2020");
    expect(monthOptions(null, null, [])).toEqual([]);
  });
});
