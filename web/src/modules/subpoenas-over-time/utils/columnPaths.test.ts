import { describe, expect, it } from "vitest";
import { columnAt, columnPaths, segmentAt } from "./columnPaths";

// Two columns in bands of 20 px from x = 10, columns 10 px wide; 1 subpoena is 10 px, the axis at y = 100.
const geometry = { plotLeft: 10, band: 20, columnWidth: 10, y: (value: number) => 100 - value * 10 };

describe("columnPaths", () => {
  it("draws each series' segments, stacked bottom to top, as one path per series", () => {
    const paths = columnPaths(
      [
        [2, 3],
        [0, 1],
      ],
      2,
      geometry,
      () => true,
    );
    expect(paths).toEqual([
      // Series 0: only the first column (the second's 0 draws nothing), from the axis up 2.
      { seriesIndex: 0, selected: true, d: "M15,80h10v20h-10Z" },
      // Series 1: on top of series 0 in the first column, from the axis in the second.
      { seriesIndex: 1, selected: true, d: "M15,50h10v30h-10ZM35,90h10v10h-10Z" },
    ]);
  });

  it("puts the segments a selection leaves out in a path of their own, to be dimmed", () => {
    const paths = columnPaths([[1], [1]], 1, geometry, (column) => column === 1);
    expect(paths.map(({ selected, d }) => [selected, d])).toEqual([
      [false, "M15,90h10v10h-10Z"],
      [true, "M35,90h10v10h-10Z"],
    ]);
  });
});

describe("columnAt and segmentAt", () => {
  it("find the column under an x position", () => {
    expect(columnAt(9, geometry, 2)).toBeNull();
    expect(columnAt(10, geometry, 2)).toBe(0);
    expect(columnAt(35, geometry, 2)).toBe(1);
    expect(columnAt(50, geometry, 2)).toBeNull();
  });

  it("find the series whose segment holds a height, skipping empty series, none above the stack", () => {
    expect(segmentAt([2, 0, 3], 1)).toBe(0);
    expect(segmentAt([2, 0, 3], 2.5)).toBe(2);
    expect(segmentAt([2, 0, 3], 5.5)).toBeNull();
    expect(segmentAt([0, 0], 0)).toBeNull();
  });
});
