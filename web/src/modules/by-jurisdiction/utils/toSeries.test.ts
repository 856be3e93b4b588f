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

/** An answer with `top`: the top places as they are, and one `other` bucket summing `rest` more places. */
function folded(top: number, rest: number): { buckets: CountBucketLike[]; otherSeries: number } {
  const named = Array.from({ length: top }, (_, index) =>
    bucket(`place-${String(index).padStart(2, "0")}`, `Place ${String(index).padStart(2, "0")}`, 100 - index, {
      batches: 2,
    }),
  );
  const other: CountBucketLike = {
    other: true,
    subpoenas: 86 + 85 + 84 + 83 + 82 + 81,
    batches: 12,
    unknownCountBatches: 1,
    inexactCountBatches: 2,
  };
  return { buckets: [other, ...named], otherSeries: rest };
}

describe("toChartBars", () => {
  it("draws every place when the answer summed none", () => {
    const data = toByPlaceSeries(seed, "jurisdiction");
    expect(data.others).toBeNull();
    expect(toChartBars(data)).toEqual(data.bars);
    expect(CHART_TOP_PLACES).toBe(14);
  });

  it("draws the top places the API named and one bar for the rest it summed, as the embed does", () => {
    const { buckets, otherSeries } = folded(14, 6);
    const data = toByPlaceSeries(buckets, "jurisdiction", otherSeries);
    expect(data.bars).toHaveLength(14);
    expect(data.places).toBe(20);
    const bars = toChartBars(data);
    expect(bars).toHaveLength(15);
    expect(bars.slice(0, 14).map((bar) => bar.key)).toEqual(data.bars.map((bar) => bar.key));
    expect(bars[14]).toMatchObject({
      key: "__others",
      label: "Other places (6)",
      subpoenas: 86 + 85 + 84 + 83 + 82 + 81,
      batches: 12,
      unknownCountBatches: 1,
      inexactCountBatches: 2,
      folded: 6,
    });
    expect(bars.reduce((sum, bar) => sum + bar.subpoenas, 0)).toBe(data.subpoenas);
    expect(data.batches).toBe(14 * 2 + 12);
    expect(data.unknownCountBatches).toBe(1);
  });

  it("names the rest as states when grouped by state", () => {
    const states: CountBucketLike[] = [
      ...["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN"].map((state, index) => ({
        state,
        subpoenas: 50 - index,
        batches: 1,
        unknownCountBatches: 0,
      })),
      { other: true, subpoenas: 3, batches: 2, unknownCountBatches: 0 },
    ];
    expect(toChartBars(toByPlaceSeries(states, "state", 2))[14]?.label).toBe("Other states (2)");
  });
});

describe("describeByPlace with places summed as other", () => {
  it("names the top places and says how many others there are and what they add up to, not each of them", () => {
    const { buckets } = folded(14, 2986);
    const text = describeByPlace(toByPlaceSeries(buckets, "jurisdiction", 2986));
    const named = Array.from({ length: 14 }, (_, index) => `Place ${String(index).padStart(2, "0")} ${100 - index}`);
    expect(text).toBe(
      `${[...Array(14).keys()].reduce((sum, index) => sum + 100 - index, 0) + 501} subpoenas across 3000 jurisdictions. ` +
        `Place 00 has the most, with 100. ${named.join("; ")}; ` +
        "2986 other jurisdictions together at least or about 501 plus 1 of unreported size.",
    );
  });

  it("says one other place in the singular, and an unreported sum as not reported", () => {
    const { buckets } = folded(14, 1);
    const unreported = buckets.map((b) =>
      b.other ? { ...b, subpoenas: 0, inexactCountBatches: 0, unknownCountBatches: 3 } : b,
    );
    const text = describeByPlace(toByPlaceSeries(unreported, "jurisdiction", 1));
    expect(text).toContain("across 15 jurisdictions.");
    expect(text).toMatch(/; 1 other jurisdiction together not reported\.$/);
  });

  it("does not deny that places summed into other may tie with a top that every named place ties with", () => {
    const tied: CountBucketLike[] = [
      ...Array.from({ length: 14 }, (_, index) => bucket(`p-${index}`, `P${String(index).padStart(2, "0")}`, 5)),
      { other: true, subpoenas: 10, batches: 2, unknownCountBatches: 0 },
    ];
    expect(describeByPlace(toByPlaceSeries(tied, "jurisdiction", 2))).toContain(
      "P13 (and perhaps others) tie for the most, with 5 each.",
    );
  });
});
