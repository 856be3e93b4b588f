import { describe, expect, it } from "vitest";
import { withPlaceNames } from "./placeNames";

const figures = { subpoenas: 3, batches: 1, unknownCountBatches: 0, inexactCountBatches: 0 };

describe("withPlaceNames", () => {
  it("names each bucket's place from the places drawn, and leaves the other buckets as they are", () => {
    const oregon = { slug: "oregon", name: "Oregon", kind: "STATE", state: "OR" };
    const buckets = [
      { period: "2020-01", jurisdiction: { slug: "oregon" }, ...figures },
      { period: "2020-01", jurisdiction: null, other: true, ...figures },
      { period: "2020-02", jurisdiction: { slug: "oregon" }, ...figures, subpoenas: 0 },
    ];
    expect(withPlaceNames(buckets, [{ jurisdiction: oregon }, { jurisdiction: null }])).toEqual([
      { period: "2020-01", jurisdiction: oregon, ...figures },
      { period: "2020-01", jurisdiction: null, other: true, ...figures },
      { period: "2020-02", jurisdiction: oregon, ...figures, subpoenas: 0 },
    ]);
  });

  it("keeps a place it cannot name under its slug rather than dropping its figures", () => {
    const [bucket] = withPlaceNames([{ period: "2020", jurisdiction: { slug: "atlantis" }, ...figures }], []);
    expect(bucket.jurisdiction).toEqual({ slug: "atlantis", name: "atlantis" });
    expect(bucket.subpoenas).toBe(3);
  });

  it("keeps buckets without a place (by outcome or in total)", () => {
    const buckets = [{ period: "2020", outcome: "PENDING" as const, ...figures }];
    expect(withPlaceNames(buckets, [])).toEqual(buckets);
  });
});
