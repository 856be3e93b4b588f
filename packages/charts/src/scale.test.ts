import { describe, expect, it } from "vitest";
import { linearScale, niceTicks } from "./scale";

describe("niceTicks", () => {
  it("starts at zero and reaches the maximum in whole steps of 1, 2 or 5", () => {
    expect(niceTicks(14)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(230)).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it("never makes fractional ticks for counts", () => {
    expect(niceTicks(2, 10)).toEqual([0, 1, 2]);
  });

  it("gives a unit axis when everything is zero", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("linearScale", () => {
  it("maps zero to the start of the range", () => {
    const x = linearScale(10, 100, 300);
    expect(x(0)).toBe(100);
    expect(x(5)).toBe(200);
    expect(x(10)).toBe(300);
  });
});
