import { describe, expect, it } from "vitest";
import { describeHeadline, toHeadline } from "./toHeadline";

const seed = {
  total: { subpoenas: 22, batches: 6, unknownCountBatches: 0 },
  byOutcome: [
    { outcome: "PENDING" as const, subpoenas: 3, batches: 1, unknownCountBatches: 0 },
    { outcome: "COMPLIED" as const, subpoenas: 6, batches: 2, unknownCountBatches: 0 },
    { outcome: "MIXED" as const, subpoenas: 5, batches: 1, unknownCountBatches: 0 },
  ],
  // As the API answers `top: 1` over six places: the first, the other five summed, and their number.
  byJurisdiction: {
    buckets: [
      { jurisdiction: { slug: "connecticut" }, batches: 1 },
      { jurisdiction: null, batches: 5 },
    ],
    otherSeries: 5,
  },
};

describe("toHeadline", () => {
  it("gives the totals, the places with batches and the outcomes biggest first", () => {
    const figures = toHeadline(seed);
    expect(figures).toMatchObject({ subpoenas: 22, batches: 6, unknownCountBatches: 0, jurisdictions: 6 });
    expect(figures.outcomes.map((bar) => bar.outcome)).toEqual(["COMPLIED", "MIXED", "PENDING"]);
    expect(describeHeadline(figures)).toBe("22 subpoenas, in 6 batches, across 6 jurisdictions.");
  });

  it("counts one place when no other is folded, and none for a place without batches", () => {
    const one = { buckets: [{ jurisdiction: { slug: "oregon" }, batches: 2 }], otherSeries: 0 };
    expect(toHeadline({ ...seed, byJurisdiction: one }).jurisdictions).toBe(1);
    const empty = { buckets: [{ jurisdiction: { slug: "oregon" }, batches: 0 }], otherSeries: 0 };
    expect(toHeadline({ ...seed, byJurisdiction: empty }).jurisdictions).toBe(0);
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
      byJurisdiction: { buckets: [], otherSeries: 0 },
    });
    expect(describeHeadline(figures)).toBe("No batches match these filters.");
  });
});
