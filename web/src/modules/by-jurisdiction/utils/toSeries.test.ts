import { describe, expect, it } from "vitest";
import type { CountBucketLike } from "@subpoena-tracker/charts";
import { describeByPlace, toByPlaceSeries } from "./toSeries";

function bucket(slug: string, name: string, subpoenas: number, extra: Partial<CountBucketLike> = {}): CountBucketLike {
  return { jurisdiction: { slug, name }, subpoenas, batches: 1, unknownCountBatches: 0, ...extra };
}

const seed: CountBucketLike[] = [
  bucket("connecticut", "Connecticut", 3),
  bucket("denver-co", "Denver", 4),
  bucket("new-york-city-ny", "New York City", 4),
  bucket("oregon", "Oregon", 5),
  bucket("san-diego-county-ca", "San Diego County", 4),
  bucket("washington-county-or", "Washington County", 2),
];

describe("toByPlaceSeries", () => {
  it("ranks places biggest first, ties by name", () => {
    const data = toByPlaceSeries(seed, "jurisdiction");
    expect(data.bars.map((bar) => [bar.label, bar.subpoenas])).toEqual([
      ["Oregon", 5],
      ["Denver", 4],
      ["New York City", 4],
      ["San Diego County", 4],
      ["Connecticut", 3],
      ["Washington County", 2],
    ]);
    expect(data.subpoenas).toBe(22);
    expect(data.batches).toBe(6);
  });

  it("keeps a place whose only batch was of unreported size, after the known ones", () => {
    const data = toByPlaceSeries(
      [bucket("wasco-county-or", "Wasco County", 0, { unknownCountBatches: 1 }), bucket("denver-co", "Denver", 4)],
      "jurisdiction",
    );
    expect(data.bars.map((bar) => [bar.key, bar.subpoenas, bar.unknownCountBatches])).toEqual([
      ["denver-co", 4, 0],
      ["wasco-county-or", 0, 1],
    ]);
    expect(data.unknownCountBatches).toBe(1);
    // An unknown count is never read out as a zero.
    expect(describeByPlace(data)).toContain("Wasco County not reported");
    expect(describeByPlace(data)).not.toContain("Wasco County 0");
  });

  it("lists what could not be attributed to a place last, whatever its size", () => {
    const data = toByPlaceSeries(
      [{ subpoenas: 9, batches: 1, unknownCountBatches: 0 }, bucket("denver-co", "Denver", 4)],
      "jurisdiction",
    );
    expect(data.bars.map((bar) => [bar.label, bar.subpoenas])).toEqual([
      ["Denver", 4],
      ["Not attributed", 9],
    ]);
  });

  it("groups by state and names states", () => {
    const data = toByPlaceSeries(
      [
        { state: "OR", subpoenas: 7, batches: 2, unknownCountBatches: 0 },
        { state: "CO", subpoenas: 4, batches: 1, unknownCountBatches: 0 },
      ],
      "state",
    );
    expect(data.bars.map((bar) => bar.label)).toEqual(["Oregon", "Colorado"]);
    expect(describeByPlace(data)).toBe(
      "11 subpoenas across 2 states. Oregon has the most, with 7. Oregon 7; Colorado 4.",
    );
  });

  it("says when places tie for the most", () => {
    const data = toByPlaceSeries([bucket("a", "A", 4), bucket("b", "B", 4)], "jurisdiction");
    expect(describeByPlace(data)).toContain("A, B tie for the most, with 4 each.");
  });
});
