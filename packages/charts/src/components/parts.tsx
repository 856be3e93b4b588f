// Pieces every chart shares: the marker for batches of unreported size, the legend and the note under the plot.
import type { ReactElement } from "react";
import { px } from "../scale";
import { measureText, truncateText } from "../text";
import type { ChartTheme, ColorRef } from "../theme";
import { scaledLayout, type Layout } from "./layout";
import { fillOf, markOf } from "./paint";

// Vertical offset that centres Inter's digits and capitals on a line, as a share of the font size.
export const CAP_CENTER = 0.35;

/** A ring with a question mark: "batches whose number of subpoenas was not reported". Never a bar, never a zero. */
export function UnknownMarker(props: { cx: number; cy: number; theme: ChartTheme; scale: number }): ReactElement {
  const { cx, cy, theme, scale } = props;
  const r = scaledLayout(scale).markerRadius;
  const fontSize = r * 1.45;
  return (
    <g aria-hidden="true">
      <circle
        cx={px(cx)}
        cy={px(cy)}
        r={px(r)}
        className="st-marker"
        fill={theme.background}
        stroke={theme.textColor}
        strokeWidth={px(1.2 * scale)}
      />
      <text
        x={px(cx)}
        y={px(cy + fontSize * CAP_CENTER)}
        textAnchor="middle"
        fontSize={px(fontSize)}
        fontWeight={600}
        {...fillOf(theme, "text")}
      >
        ?
      </text>
    </g>
  );
}

export interface LegendItem {
  label: string;
  color: ColorRef;
}

export interface LegendLayout {
  height: number;
  items: { item: LegendItem; x: number; y: number; label: string }[];
}

/** Lays legend entries out in rows that wrap at the width. */
export function layoutLegend(items: LegendItem[], width: number, L: Layout): LegendLayout {
  if (items.length === 0) return { height: 0, items: [] };
  const placed: LegendLayout["items"] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const label = truncateText(item.label, width - L.legendSwatch - L.legendGap, L.legendFontSize);
    const itemWidth = L.legendSwatch + L.legendGap + measureText(label, L.legendFontSize);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    placed.push({ item, label, x, y: row * L.legendRowHeight });
    x += itemWidth + L.legendItemGap;
  }
  return { height: (row + 1) * L.legendRowHeight + L.legendGap, items: placed };
}

export function Legend(props: { layout: LegendLayout; theme: ChartTheme; L: Layout }): ReactElement | null {
  const { layout, theme, L } = props;
  if (layout.items.length === 0) return null;
  const middle = L.legendRowHeight / 2;
  return (
    <g>
      {layout.items.map(({ item, x, y, label }) => (
        <g key={`${label}-${x}-${y}`}>
          <rect
            x={px(x)}
            y={px(y + middle - L.legendSwatch / 2)}
            width={px(L.legendSwatch)}
            height={px(L.legendSwatch)}
            {...markOf(theme, item.color)}
          />
          <text
            x={px(x + L.legendSwatch + L.legendGap)}
            y={px(y + middle + L.legendFontSize * CAP_CENTER)}
            fontSize={px(L.legendFontSize)}
            {...fillOf(theme, "text")}
          >
            {label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** One line under the plot that explains the marker and anything drawn apart. */
export function Note(props: {
  y: number;
  width: number;
  text: string;
  withMarker: boolean;
  theme: ChartTheme;
  scale: number;
  L: Layout;
}): ReactElement {
  const { y, width, text, withMarker, theme, scale, L } = props;
  const middle = y + L.noteHeight / 2;
  const textX = withMarker ? L.markerRadius * 2 + 6 * scale : 0;
  return (
    <g>
      {withMarker ? <UnknownMarker cx={L.markerRadius} cy={middle} theme={theme} scale={scale} /> : null}
      <text
        x={px(textX)}
        y={px(middle + L.noteFontSize * CAP_CENTER)}
        fontSize={px(L.noteFontSize)}
        {...fillOf(theme, "muted")}
      >
        {truncateText(text, width - textX, L.noteFontSize)}
      </text>
    </g>
  );
}

export function EmptyMessage(props: {
  width: number;
  height: number;
  theme: ChartTheme;
  L: Layout;
  text?: string;
}): ReactElement {
  const { width, height, theme, L, text = "No subpoenas match these filters." } = props;
  return (
    <text
      x={px(width / 2)}
      y={px(height / 2)}
      textAnchor="middle"
      fontSize={px(L.labelFontSize)}
      {...fillOf(theme, "muted")}
    >
      {text}
    </text>
  );
}
