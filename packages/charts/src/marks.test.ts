import { OUTCOMES } from "@subpoena-tracker/domain";
import { describe, expect, it } from "vitest";
import { figureText, figureWords, valueTicks } from "./marks";
import { toColumnsModel } from "./series";
import { OVER_TIME, SEED_BY_JURISDICTION, counts as countsOf } from "./test-fixtures";
import type { CountBucketLike } from "./model";

// Every jurisdiction of the data set, as the dashboard and the embeds hand it to the model.
const PLACE_ORDER = [
  "california",
  "colorado",
  "connecticut",
  "denver-co",
  "new-york",
  "new-york-city-ny",
  "oregon",
  "san-diego-county-ca",
  "washington-county-or",
];
const counts = (buckets: CountBucketLike[]) => ({ ...countsOf(buckets), placeOrder: PLACE_ORDER });
import { DARK_THEME, LIGHT_THEME, contrastRatio, resolveColor, type ColorRef } from "./theme";

const colorOf = (model: ReturnType<typeof toColumnsModel>, key: string): ColorRef | undefined =>
  model.series.find((s) => s.key === key)?.color;

describe("place colours", () => {
  it("keep each jurisdiction's colour when a filter leaves others out", () => {
    const all = toColumnsModel(OVER_TIME, counts(SEED_BY_JURISDICTION.buckets));
    for (const keep of [["oregon"], ["oregon", "denver-co"], ["washington-county-or", "connecticut"]]) {
      const filtered = toColumnsModel(
        OVER_TIME,
        counts(SEED_BY_JURISDICTION.buckets.filter((b) => keep.includes(b.jurisdiction?.slug ?? ""))),
      );
      for (const key of keep) expect(colorOf(filtered, key)).toEqual(colorOf(all, key));
    }
  });

  it("never use an outcome's colour, in either theme", () => {
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      const outcomeColors = new Set(OUTCOMES.map((o) => theme.outcomeColors[o].toUpperCase()));
      for (const color of theme.seriesColors) expect(outcomeColors.has(color.toUpperCase())).toBe(false);
      // Oregon, whatever its slot, is not "In court".
      const model = toColumnsModel(OVER_TIME, SEED_BY_JURISDICTION);
      const oregon = colorOf(model, "oregon");
      expect(oregon && resolveColor(theme, oregon)).not.toBe(theme.outcomeColors.IN_COURT);
    }
  });

  it("stay visible on the dark background (3:1)", () => {
    for (const color of DARK_THEME.seriesColors) {
      expect(contrastRatio(color, DARK_THEME.background)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("figures and ticks", () => {
  it("marks a figure that holds an 'at least' or 'about' count", () => {
    expect(figureText(4, 0)).toBe("4");
    expect(figureText(4, 1)).toBe("4*");
    expect(figureText(1234, 0)).toBe("1,234");
    expect(figureWords(4, 1)).toBe("at least or about 4");
  });

  it("gives one tick rule for every renderer", () => {
    expect(valueTicks(14, 300, "columns")).toEqual([0, 5, 10, 15]);
    expect(valueTicks(14, 100, "columns")).toEqual([0, 5, 10, 15]);
    expect(valueTicks(5, 300, "columns")).toEqual([0, 1, 2, 3, 4, 5]);
    expect(valueTicks(5, 100, "bars")).toEqual([0, 2, 4, 6]);
    expect(valueTicks(0, 300, "bars")).toEqual([0, 1]);
  });
});
