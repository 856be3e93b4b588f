// Ranked horizontal bars with the value written at the end of each bar: the form that stays legible on a 360 px
// phone. Shared by the by-jurisdiction and outcomes charts. Draws only what it is given, as plain SVG (no chart
// library: issue 12's budget for the dashboard's first load), with the shared rules for ticks and text widths.
import { useState } from "react";
import { measureText, valueTicks, wrapText } from "@subpoena-tracker/charts";
import { formatNumber } from "@subpoena-tracker/domain";
import {
  CATEGORY_AXIS_WIDTH,
  HORIZONTAL_BAR_SIZE,
  HORIZONTAL_ROW_HEIGHT,
  LIGHT_CHART_THEME,
  UNKNOWN_MARKER_RADIUS,
  type ChartTheme,
} from "../theme";
import { ChartTooltip, tooltipPosition } from "./ChartTooltip";
import { markButton, markName } from "./keyboard";
import { BaseLine, UnknownMarker } from "./svgMarks";
import { useChartWidth } from "./useChartWidth";

const MARGIN = { top: 4, right: 64, bottom: 4, left: 0 } as const;
const X_AXIS_HEIGHT = 24;
const VALUE_LABEL_GAP = 6;
const DIMMED_OPACITY = 0.3;
// Between a place's name and the axis.
const CATEGORY_GAP = 8;
const TICK_MARGIN = 6;
// A name longer than its room wraps onto a second line, then is shortened.
const MAX_NAME_LINES = 2;
const LINE_HEIGHT = 1.15;

export interface HorizontalBarDatum {
  key: string;
  label: string;
  value: number;
  color: string;
  unknownCountBatches: number;
  // Written after the bar, e.g. "4" or "6 · 27%".
  valueText: string;
  // The subpoenas alone ("4", "at least 6") for the bar's accessible name; valueText where left out.
  figure?: string;
  // Lines for the tooltip.
  details?: string[];
}

export interface HorizontalBarsProps {
  bars: HorizontalBarDatum[];
  width?: number;
  theme?: ChartTheme;
  onSelect?: (key: string) => void;
  selectedKey?: string | null;
  categoryWidth?: number;
  testId?: string;
  // The chart's accessible name. The numbers themselves belong in a text summary and a table beside it.
  label?: string;
}

export function horizontalBarsHeight(count: number): number {
  return count * HORIZONTAL_ROW_HEIGHT + MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT;
}

export function HorizontalBars({
  bars,
  width: fixedWidth,
  theme = LIGHT_CHART_THEME,
  onSelect,
  selectedKey,
  categoryWidth = CATEGORY_AXIS_WIDTH,
  testId,
  label = "Bar chart",
}: HorizontalBarsProps) {
  const [containerRef, width] = useChartWidth(fixedWidth);
  const [hovered, setHovered] = useState<number | null>(null);
  const height = horizontalBarsHeight(bars.length);
  const plotLeft = MARGIN.left + categoryWidth;
  const plotRight = Math.max(plotLeft + 1, width - MARGIN.right);
  const plotTop = MARGIN.top;
  const plotBottom = plotTop + bars.length * HORIZONTAL_ROW_HEIGHT;
  // No headroom: the value is written to the right of the bar, in the chart's margin.
  const ticks = valueTicks(Math.max(0, ...bars.map((bar) => bar.value)), plotRight - plotLeft, "bars");
  const xMax = ticks[ticks.length - 1] || 1;
  const x = (value: number): number => plotLeft + (value / xMax) * (plotRight - plotLeft);
  const rowMiddle = (index: number): number => plotTop + HORIZONTAL_ROW_HEIGHT * (index + 0.5);
  const font = { fontFamily: theme.fontFamily };
  const pointer = onSelect ? "pointer" : undefined;
  return (
    // With onSelect the bars are buttons, so the chart is a named group (an image's parts are not reachable).
    <div
      ref={containerRef}
      className="chart"
      style={{ height, width: fixedWidth }}
      role={onSelect ? "group" : "img"}
      aria-label={label}
      data-testid={testId}
    >
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} onPointerLeave={() => setHovered(null)}>
        {ticks.map((tick) => (
          <g key={`tick-${tick}`}>
            <line
              className="chart-gridline"
              x1={x(tick)}
              x2={x(tick)}
              y1={plotTop}
              y2={plotBottom}
              stroke={theme.gridColor}
            />
            <text
              className="chart-tick"
              x={x(tick)}
              y={plotBottom + TICK_MARGIN}
              dy="0.71em"
              textAnchor="middle"
              fontSize={theme.smallFontSize}
              fill={theme.mutedTextColor}
              {...font}
            >
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        <BaseLine x1={plotLeft} x2={plotRight} y={plotBottom} theme={theme} />
        {bars.map((bar, index) => {
          const middle = rowMiddle(index);
          const end = x(bar.value);
          const lines = wrapText(bar.label, categoryWidth - CATEGORY_GAP, theme.fontSize, {
            maxLines: MAX_NAME_LINES,
          });
          const firstLine = middle - ((lines.length - 1) * theme.fontSize * LINE_HEIGHT) / 2;
          const select = onSelect ? () => onSelect(bar.key) : undefined;
          const rect = (
            <rect
              className="chart-bar"
              x={plotLeft}
              y={middle - HORIZONTAL_BAR_SIZE / 2}
              width={Math.max(0, end - plotLeft)}
              height={HORIZONTAL_BAR_SIZE}
              fill={bar.color}
              fillOpacity={!selectedKey || selectedKey === bar.key ? 1 : DIMMED_OPACITY}
              data-key={bar.key}
            />
          );
          return (
            <g key={bar.key} onPointerEnter={() => setHovered(index)}>
              {/* The whole row answers the pointer: a click lists its batches, a hover shows its figures. */}
              <rect
                x={0}
                y={middle - HORIZONTAL_ROW_HEIGHT / 2}
                width={plotRight}
                height={HORIZONTAL_ROW_HEIGHT}
                fill={theme.gridColor}
                fillOpacity={hovered === index ? 0.5 : 0}
                style={{ cursor: pointer }}
                onClick={select}
              />
              <text
                className="chart-category"
                x={plotLeft - CATEGORY_GAP}
                y={firstLine}
                textAnchor="end"
                fontSize={theme.fontSize}
                fill={theme.textColor}
                pointerEvents="none"
                {...font}
              >
                {lines.map((line, lineIndex) => (
                  <tspan
                    key={lineIndex}
                    x={plotLeft - CATEGORY_GAP}
                    dy={lineIndex === 0 ? "0.35em" : `${LINE_HEIGHT}em`}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
              {select ? (
                // Each bar that opens the drill-down on a click is also a button a keyboard reaches, as on the map.
                <g
                  className="chart-mark-button"
                  data-key={bar.key}
                  style={{ cursor: pointer }}
                  onClick={select}
                  {...markButton(markName(bar.label, bar.figure ?? bar.valueText, bar.unknownCountBatches), select)}
                >
                  {rect}
                </g>
              ) : (
                rect
              )}
              <text
                x={end + VALUE_LABEL_GAP}
                y={middle}
                dy="0.35em"
                fontSize={theme.fontSize}
                fontWeight={600}
                fill={theme.textColor}
                pointerEvents="none"
                {...font}
              >
                {bar.valueText}
              </text>
              {bar.unknownCountBatches > 0 && (
                <UnknownMarker
                  x={
                    end +
                    VALUE_LABEL_GAP * 2 +
                    measureText(bar.valueText, theme.fontSize, "semibold") +
                    UNKNOWN_MARKER_RADIUS
                  }
                  y={middle}
                  count={bar.unknownCountBatches}
                  theme={theme}
                />
              )}
            </g>
          );
        })}
      </svg>
      {hovered !== null && bars[hovered] ? (
        <ChartTooltip
          {...tooltipPosition(x(bars[hovered].value), 0, rowMiddle(hovered) + HORIZONTAL_ROW_HEIGHT / 2, width)}
        >
          <strong>{bars[hovered].label}</strong>
          <p>{bars[hovered].valueText}</p>
          {bars[hovered].details?.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </ChartTooltip>
      ) : null}
    </div>
  );
}
