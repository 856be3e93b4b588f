// Style numbers of the embeddable charts, at scale 1 (a chart about 640 px wide). Every size is multiplied by the
// chart's scale, so that a 1200 px social card reads like a 640 px chart seen closer.
export const LAYOUT = {
  tickFontSize: 12,
  labelFontSize: 13,
  valueFontSize: 12.5,
  legendFontSize: 12.5,
  noteFontSize: 12,
  titleFontSize: 20,
  captionFontSize: 13.5,
  sourceFontSize: 12,
  legendSwatch: 10,
  legendGap: 6,
  legendItemGap: 16,
  legendRowHeight: 20,
  /** Room above the tallest column for its total and the unknown-count marker. */
  columnHeadroom: 34,
  /** Columns are at most this wide, however few periods there are. */
  columnMaxWidth: 64,
  xAxisHeight: 34,
  yAxisGap: 8,
  barRowMin: 18,
  barRowNatural: 34,
  /** Thickest a bar gets when a tall image spreads few rows over its height. */
  barThicknessMax: 30,
  barLabelGap: 8,
  valueAreaMin: 40,
  segmentStrokeWidth: 1,
  markerRadius: 6.5,
  noteHeight: 22,
  framePadding: 20,
  titleGap: 6,
  bodyGap: 12,
} as const;

/** Proportions, which do not scale. */
export const RATIOS = {
  /** Share of its band a column fills. */
  columnFill: 0.72,
  /** Share of its row a bar fills. */
  barFill: 0.62,
  /** The category axis takes at most this share of the width; longer names are shortened. */
  categoryMaxShare: 0.42,
} as const;

export type Layout = { readonly [K in keyof typeof LAYOUT]: number };

export function scaledLayout(scale: number): Layout {
  const scaled = {} as Record<keyof typeof LAYOUT, number>;
  for (const key of Object.keys(LAYOUT) as (keyof typeof LAYOUT)[]) scaled[key] = LAYOUT[key] * scale;
  return scaled;
}

/** The scale of a chart of this size: 1 at 640 px wide, larger for social cards, never below 0.75. */
export function scaleFor(width: number, height: number): number {
  return Math.min(2.4, Math.max(0.75, Math.min(width, height * 1.6) / 640));
}
