import { describe, expect, it } from "vitest";
import { niceCeiling } from "./svgMarks";

describe("niceCeiling", () => {
  it("leaves room above the tallest bar and lands on a round number", () => {
    expect(niceCeiling(14)).toBe(20);
    expect(niceCeiling(22)).toBe(25);
    expect(niceCeiling(5)).toBe(6);
    expect(niceCeiling(1)).toBe(2);
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(480)).toBe(600);
  });
});
