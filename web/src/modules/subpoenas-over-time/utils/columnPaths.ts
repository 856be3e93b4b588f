// The over-time chart's stacked columns as one SVG path per series (and per emphasis), instead of one <rect> per
// segment: at 1M batches the monthly chart has 153 columns of 8 series, and 1,224 rectangles cost a phone more in
// style, layout and paint than the path data that draws the same shapes (issue 12). Which segment a point falls in
// is found from the same stacking (segmentAt), so a click still picks one series of one period.

export interface ColumnGeometry {
  // Left edge of the plot and the width of one column's band (the column is centred in it).
  plotLeft: number;
  band: number;
  columnWidth: number;
  // Value to y, for the stack's edges.
  y: (value: number) => number;
}

export interface SeriesPath {
  seriesIndex: number;
  // Drawn at full strength, or dimmed because a selection leaves it out.
  selected: boolean;
  d: string;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Every series' segments, bottom to top in the order of the series, as path data: one path per series and emphasis
 * that has any segment. `values[column][series]`; a value of 0 or less draws nothing.
 */
export function columnPaths(
  values: readonly (readonly number[])[],
  seriesCount: number,
  geometry: ColumnGeometry,
  isSelected: (column: number, seriesIndex: number) => boolean,
): SeriesPath[] {
  const parts = new Map<string, string[]>();
  const { plotLeft, band, columnWidth, y } = geometry;
  values.forEach((row, column) => {
    const left = round(plotLeft + band * (column + 0.5) - columnWidth / 2);
    let stackTop = 0;
    for (let seriesIndex = 0; seriesIndex < seriesCount; seriesIndex += 1) {
      const value = row[seriesIndex] ?? 0;
      if (value <= 0) continue;
      const bottom = y(stackTop);
      stackTop += value;
      const top = y(stackTop);
      const key = `${seriesIndex}:${isSelected(column, seriesIndex) ? 1 : 0}`;
      const segment = `M${left},${round(top)}h${round(columnWidth)}v${round(Math.max(0, bottom - top))}h${round(-columnWidth)}Z`;
      const list = parts.get(key);
      if (list) list.push(segment);
      else parts.set(key, [segment]);
    }
  });
  const paths: SeriesPath[] = [];
  for (let seriesIndex = 0; seriesIndex < seriesCount; seriesIndex += 1) {
    for (const selected of [false, true]) {
      const list = parts.get(`${seriesIndex}:${selected ? 1 : 0}`);
      if (list) paths.push({ seriesIndex, selected, d: list.join("") });
    }
  }
  return paths;
}

/** The column under an x position, or null outside the plot. */
export function columnAt(
  x: number,
  geometry: Pick<ColumnGeometry, "plotLeft" | "band">,
  columns: number,
): number | null {
  const index = Math.floor((x - geometry.plotLeft) / geometry.band);
  return index >= 0 && index < columns ? index : null;
}

/** The series whose segment holds `value` (a height on the value axis) in a column, or null above the stack. */
export function segmentAt(row: readonly number[], value: number): number | null {
  let stackTop = 0;
  for (let seriesIndex = 0; seriesIndex < row.length; seriesIndex += 1) {
    const part = row[seriesIndex] ?? 0;
    if (part <= 0) continue;
    stackTop += part;
    if (value <= stackTop) return seriesIndex;
  }
  return null;
}
