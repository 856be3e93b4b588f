import { describe, expect, it } from "vitest";
import { measureText, truncateText, wrapText } from "./text";

describe("measureText", () => {
  it("uses Inter's advance widths, with a little slack", () => {
    // "0" is 0.631 em in Inter Regular.
    expect(measureText("0", 1000)).toBeCloseTo(631 * 1.04, 5);
    expect(measureText("Denver", 12, "semibold")).toBeGreaterThan(measureText("Denver", 12));
    expect(measureText("", 12)).toBe(0);
  });
});

describe("truncateText", () => {
  it("leaves text that fits and shortens text that does not, with an ellipsis", () => {
    expect(truncateText("Denver", 200, 12)).toBe("Denver");
    const short = truncateText("San Diego County Sheriff's Department", 80, 12);
    expect(short.endsWith("…")).toBe(true);
    expect(measureText(short, 12)).toBeLessThanOrEqual(80);
  });
});

describe("wrapText", () => {
  it("breaks at spaces and truncates the last allowed line", () => {
    expect(wrapText("one two three", 1000, 12)).toEqual(["one two three"]);
    const lines = wrapText("Subpoenas served per month in Oregon and its counties and cities", 120, 12, {
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(120);
  });
});
