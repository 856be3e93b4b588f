import { describe, expect, it } from "vitest";
import type { CountBucketLike } from "@subpoena-tracker/charts";
import { CHART_TOP_PLACES, describeByPlace, toByPlaceSeries, toChartBars } from "./toSeries";

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

describe("toChartBars", () => {
  const many = Array.from({ length: 20 }, (_, index) =>
    bucket(`place-${String(index).padStart(2, "0")}`, `Place ${String(index).padStart(2, "0")}`, 100 - index, {
      batches: 2,
      ...(index === 19 ? { unknownCountBatches: 1 } : {}),
    }),
  );

  it("draws every place when there are no more than the top", () => {
    const data = toByPlaceSeries(seed, "jurisdiction");
    expect(toChartBars(data)).toEqual(data.bars);
    expect(CHART_TOP_PLACES).toBe(14);
  });

  it("draws the top places and one bar summing the rest, as the embed does", () => {
    const data = toByPlaceSeries(many, "jurisdiction");
    const bars = toChartBars(data);
    expect(bars).toHaveLength(15);
    expect(bars.slice(0, 14).map((bar) => bar.key)).toEqual(data.bars.slice(0, 14).map((bar) => bar.key));
    const other = bars[14];
    expect(other).toMatchObject({
      label: "Other places (6)",
      subpoenas: 86 + 85 + 84 + 83 + 82 + 81,
      batches: 12,
      unknownCountBatches: 1,
      folded: ["place-14", "place-15", "place-16", "place-17", "place-18", "place-19"],
    });
    expect(bars.reduce((sum, bar) => sum + bar.subpoenas, 0)).toBe(data.subpoenas);
  });

  it("names the rest as states when grouped by state", () => {
    const states = Array.from({ length: 16 }, (_, index) => ({
      state: ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS"][index],
      subpoenas: 50 - index,
      batches: 1,
      unknownCountBatches: 0,
    }));
    expect(toChartBars(toByPlaceSeries(states, "state"))[14]?.label).toBe("Other states (2)");
  });
});
