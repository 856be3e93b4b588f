import { describe, expect, it } from "vitest";
import { niceScale } from "./svgMarks";

describe("niceScale", () => {
  it("starts at zero, leaves room above the tallest bar and ticks in round steps", () => {
    expect(niceScale(14)).toEqual({ max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(niceScale(22)).toEqual({ max: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(niceScale(5, 1)).toEqual({ max: 5, ticks: [0, 1, 2, 3, 4, 5] });
    expect(niceScale(6, 1)).toEqual({ max: 6, ticks: [0, 2, 4, 6] });
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(480)).toEqual({ max: 600, ticks: [0, 200, 400, 600] });
  });

  it("never ticks in fractions of a subpoena", () => {
    for (let value = 0; value < 200; value += 1) {
      expect(niceScale(value).ticks.every(Number.isInteger)).toBe(true);
    }
  });
});
