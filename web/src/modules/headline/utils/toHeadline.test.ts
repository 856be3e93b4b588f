import { describe, expect, it } from "vitest";
import { describeHeadline, toHeadline } from "./toHeadline";

const seed = {
  total: { subpoenas: 22, batches: 6, unknownCountBatches: 0 },
  byOutcome: [
    { outcome: "PENDING" as const, subpoenas: 3, batches: 1, unknownCountBatches: 0 },
    { outcome: "COMPLIED" as const, subpoenas: 6, batches: 2, unknownCountBatches: 0 },
    { outcome: "MIXED" as const, subpoenas: 5, batches: 1, unknownCountBatches: 0 },
  ],
  byJurisdiction: [
    "connecticut",
    "denver-co",
    "new-york-city-ny",
    "oregon",
    "san-diego-county-ca",
    "washington-county-or",
  ].map((slug) => ({ jurisdiction: { slug }, batches: 1 })),
};

describe("toHeadline", () => {
  it("gives the totals, the places with batches and the outcomes biggest first", () => {
    const figures = toHeadline(seed);
    expect(figures).toMatchObject({ subpoenas: 22, batches: 6, unknownCountBatches: 0, jurisdictions: 6 });
    expect(figures.outcomes.map((bar) => bar.outcome)).toEqual(["COMPLIED", "MIXED", "PENDING"]);
    expect(describeHeadline(figures)).toBe("22 subpoenas, in 6 batches, across 6 jurisdictions.");
  });

  it("says how many batches were of unreported size", () => {
    const figures = toHeadline({ ...seed, total: { subpoenas: 22, batches: 7, unknownCountBatches: 1 } });
    expect(describeHeadline(figures)).toBe(
      "22 subpoenas, plus 1 batch of unreported size, in 7 batches, across 6 jurisdictions.",
    );
  });

  it("says when nothing matches", () => {
    const figures = toHeadline({
      total: { subpoenas: 0, batches: 0, unknownCountBatches: 0 },
      byOutcome: [],
      byJurisdiction: [],
    });
    expect(describeHeadline(figures)).toBe("No batches match these filters.");
  });
});
