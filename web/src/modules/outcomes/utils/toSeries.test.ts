import { describe, expect, it } from "vitest";
import type { CountBucketLike } from "@subpoena-tracker/charts";
import { OUTCOME_COLORS } from "../../../ui/theme";
import { describeOutcomes, formatPercent, toOutcomeSeries } from "./toSeries";

function bucket(outcome: CountBucketLike["outcome"], subpoenas: number, extra: Partial<CountBucketLike> = {}) {
  return { outcome, subpoenas, batches: 1, unknownCountBatches: 0, ...extra };
}

// The seed's outcomes: Denver 3 court-ordered + 1 declined, New York 2 in court + 2 no response, Connecticut 3
// pending, San Diego 4 and Washington County 2 complied, Oregon's four agencies 5 mixed.
const seed: CountBucketLike[] = [
  bucket("MIXED", 5),
  bucket("COMPLIED", 6, { batches: 2 }),
  bucket("PENDING", 3),
  bucket("DECLINED", 1),
  bucket("COURT_ORDERED", 3),
  bucket("IN_COURT", 2),
  bucket("NO_RESPONSE", 2),
];

describe("toOutcomeSeries", () => {
  it("lists outcomes in canonical order with colours and shares", () => {
    const data = toOutcomeSeries(seed);
    expect(data.bars.map((bar) => bar.outcome)).toEqual([
      "PENDING",
      "COMPLIED",
      "DECLINED",
      "NO_RESPONSE",
      "IN_COURT",
      "COURT_ORDERED",
      "MIXED",
    ]);
    expect(data.subpoenas).toBe(22);
    const complied = data.bars[1];
    expect(complied).toMatchObject({ label: "Complied", subpoenas: 6, batches: 2, color: OUTCOME_COLORS.COMPLIED });
    expect(complied.share).toBeCloseTo(6 / 22);
    expect(data.bars.reduce((sum, bar) => sum + bar.share, 0)).toBeCloseTo(1);
  });

  it("keeps an outcome whose only batch is of unreported size, with no share of the known total", () => {
    const data = toOutcomeSeries([bucket("COMPLIED", 4), bucket("PENDING", 0, { unknownCountBatches: 1 })]);
    expect(data.bars.map((bar) => [bar.outcome, bar.subpoenas, bar.unknownCountBatches, bar.share])).toEqual([
      ["PENDING", 0, 1, 0],
      ["COMPLIED", 4, 0, 1],
    ]);
    expect(describeOutcomes(data)).toContain("Not counted: 1 pending batch of unreported size.");
  });

  it("ignores buckets without an outcome and empty outcomes", () => {
    const data = toOutcomeSeries([bucket(null, 3), bucket("QUASHED", 0, { batches: 0 })]);
    expect(data.bars).toEqual([]);
    expect(describeOutcomes(data)).toBe("No subpoenas match these filters.");
  });
});

describe("formatPercent", () => {
  it("rounds, and never shows a small share as 0%", () => {
    expect(formatPercent(6 / 22)).toBe("27%");
    expect(formatPercent(0.004)).toBe("<1%");
    expect(formatPercent(0)).toBe("0%");
  });
});

describe("describeOutcomes", () => {
  it("leads with the most common outcome", () => {
    const text = describeOutcomes(toOutcomeSeries(seed));
    expect(text).toMatch(/^Of 22 subpoenas, 6 stand as "complied", the most common outcome\./);
    expect(text).toContain("Mixed 5 (23%)");
  });
});
