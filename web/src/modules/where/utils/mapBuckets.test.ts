import { describe, expect, it } from "vitest";
import { toMapModel, type CountBucketLike } from "@subpoena-tracker/charts";
import { summedPlacesText, toMapBuckets } from "./mapBuckets";

const place = (
  slug: string,
  state: string | null,
  subpoenas: number,
  batches: number,
  extra = {},
): CountBucketLike => ({
  jurisdiction: { slug, name: slug, kind: "county", state, countyFips: null },
  subpoenas,
  batches,
  unknownCountBatches: 0,
  inexactCountBatches: 0,
  ...extra,
});
const stateBucket = (state: string | null, subpoenas: number, batches: number, unknown = 0, inexact = 0) => ({
  state,
  subpoenas,
  batches,
  unknownCountBatches: unknown,
  inexactCountBatches: inexact,
});

describe("toMapBuckets", () => {
  const every = [
    place("a", "OR", 50, 5),
    place("b", "OR", 10, 2, { unknownCountBatches: 1 }),
    place("c", "WA", 30, 3),
    place("d", "WA", 5, 1, { inexactCountBatches: 1 }),
    place("e", "ID", 2, 1),
    place("f", null, 4, 1),
  ];
  const states = [
    stateBucket("ID", 2, 1),
    stateBucket("OR", 60, 7, 1),
    stateBucket("WA", 35, 4, 0, 1),
    stateBucket(null, 4, 1),
  ];
  const top = {
    buckets: [
      every[0],
      every[2],
      { jurisdiction: null, subpoenas: 21, batches: 5, unknownCountBatches: 1, inexactCountBatches: 1, other: true },
    ],
    otherSeries: 4,
  };

  it("keeps the biggest places and sums each state's rest, so the states are shaded as every place shades them", () => {
    const answer = toMapBuckets(top, states);
    expect(answer.drawnPlaces).toBe(2);
    expect(answer.summedPlaces).toBe(4);
    expect(answer.buckets.some((b) => b.other)).toBe(false);
    const full = toMapModel(every);
    const drawn = toMapModel(answer.buckets);
    expect(drawn.states).toEqual(full.states);
    expect(drawn.totals).toEqual(full.totals);
    expect(drawn.symbols.map((s) => s.key)).toEqual(["a", "c"]);
    // The rest of a place without a state is not lost from the totals.
    expect(answer.buckets).toContainEqual({
      jurisdiction: null,
      state: null,
      subpoenas: 4,
      batches: 1,
      unknownCountBatches: 0,
      inexactCountBatches: 0,
    });
  });

  it("adds nothing when every place is in the answer", () => {
    const answer = toMapBuckets({ buckets: every, otherSeries: 0 }, states);
    expect(answer.buckets).toEqual(every);
    expect(answer.summedPlaces).toBe(0);
  });

  it("leaves out a state whose places are all drawn", () => {
    const answer = toMapBuckets({ buckets: [every[4], ...top.buckets], otherSeries: 3 }, states);
    expect(answer.buckets.filter((b) => b.jurisdiction === null).map((b) => b.state)).toEqual(["OR", "WA", null]);
  });
});

describe("summedPlacesText", () => {
  it("says how many are drawn and where the rest are counted", () => {
    expect(summedPlacesText(2812, 200)).toBe(
      "The map shows the 200 jurisdictions with the most subpoenas on their own; the other 2,812 are counted in their states' shading and figures, and the table lists every one.",
    );
    expect(summedPlacesText(1, 200)).toContain("the other is counted in its state's shading");
  });
});
