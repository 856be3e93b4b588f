// Draws the over-time chart from ready-made series (see utils/toSeries.ts) as plain SVG: no chart library, so the
// dashboard's first view costs what it draws (issue 12). No fetching, no URL: it takes its size and theme as given.
// The figures, ticks, markers and text alternative come from the shared chart model (packages/charts), as the embeds'
// and images' do.
import { useState, type MouseEvent } from "react";
import { altText, figureText, measureText, subpoenasWords, valueTicks } from "@subpoena-tracker/charts";
import { formatNumber, formatPeriodHuman } from "@subpoena-tracker/domain";
import { markButton, markName } from "../../../ui/charts/keyboard";
import { BaseLine, UnknownMarker } from "../../../ui/charts/svgMarks";
import { ChartTooltip, tooltipPosition } from "../../../ui/charts/ChartTooltip";
import { useChartWidth } from "../../../ui/charts/useChartWidth";
import {
  BAR_MAX_WIDTH,
  CHART_MARGIN,
  DIMMED_OPACITY,
  LIGHT_CHART_THEME,
  SEGMENT_STROKE_WIDTH,
  UNKNOWN_MARKER_RADIUS,
  Y_AXIS_WIDTH,
  type ChartTheme,
} from "../../../ui/theme";
import { chartColumns, type OverTimeData } from "../utils/toSeries";
import { columnAt, columnPaths, segmentAt } from "../utils/columnPaths";

// Above this many bars, totals over each bar would collide; the table and tooltip still give them.
const MAX_BARS_WITH_TOTALS = 14;
const TOTAL_LABEL_GAP = 6;
const X_AXIS_HEIGHT = 30;
// Share of its band a column fills, and the room kept between period labels.
const COLUMN_FILL = 0.8;
const MIN_TICK_GAP = 12;
const TICK_MARGIN = 8;

export interface OverTimeSelection {
  // null: every period (a legend entry).
  period: string | null;
  // Index into data.series; null: every series (the whole bar).
  seriesIndex: number | null;
}

export interface SubpoenasOverTimeChartProps {
  data: OverTimeData;
  height: number;
  // Fixed width in pixels; fills its container when left out.
  width?: number;
  theme?: ChartTheme;
  onSelect?: (selection: OverTimeSelection) => void;
  selected?: OverTimeSelection | null;
  // The chart's accessible name. The numbers themselves belong in a text summary and a table beside it.
  label?: string;
}

function isSelected(selected: OverTimeSelection | null | undefined, period: string, seriesIndex: number): boolean {
  if (!selected) return true;
  return (
    (selected.period === null || selected.period === period) &&
    (selected.seriesIndex === null || selected.seriesIndex === seriesIndex)
  );
}

function OverTimeTooltip({ data, index }: { data: OverTimeData; index: number }) {
  const row = chartColumns(data)[index];
  if (!row) return null;
  return (
    <>
      <strong>{row.label}</strong>
      <table>
        <tbody>
          {data.series.map((series, seriesIndex) =>
            row.values[seriesIndex] > 0 || row.unknown[seriesIndex] > 0 ? (
              <tr key={series.key}>
                <th scope="row">
                  <span className="swatch" style={{ background: series.color }} aria-hidden="true" /> {series.label}
                </th>
                <td className="num">
                  {figureText(row.values[seriesIndex], row.inexact[seriesIndex])}
                  {row.unknown[seriesIndex] > 0 ? ` + ${row.unknown[seriesIndex]} unreported` : ""}
                </td>
              </tr>
            ) : null,
          )}
        </tbody>
        {data.series.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="num">{figureText(row.total, row.inexactCountBatches)}</td>
            </tr>
          </tfoot>
        )}
      </table>
      {row.unknownCountBatches > 0 && (
        <p>
          Plus {row.unknownCountBatches} batch{row.unknownCountBatches === 1 ? "" : "es"} of unreported size
        </p>
      )}
      {row.inexactCountBatches > 0 && (
        <p>
          {subpoenasWords(row.total, row.inexactCountBatches)}: some counts were given as &ldquo;at least&rdquo; or
          &ldquo;about&rdquo; a number
        </p>
      )}
      {row.total === 0 && row.unknownCountBatches === 0 && <p>No subpoenas recorded</p>}
    </>
  );
}

// The pointer's position in the SVG's own units (its viewBox is its size in pixels).
function pointerAt(event: MouseEvent<SVGElement>): { x: number; y: number } {
  const box = (event.currentTarget.ownerSVGElement ?? event.currentTarget).getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}

/** Which period labels fit: the first and the last always, the others where they do not crowd their neighbours. */
function visibleTicks(centers: number[], labels: string[], fontSize: number): boolean[] {
  const shown = centers.map(() => false);
  if (centers.length === 0) return shown;
  const half = labels.map((label) => measureText(label, fontSize) / 2);
  const last = centers.length - 1;
  shown[0] = true;
  shown[last] = true;
  let right = centers[0] + half[0];
  const lastLeft = centers[last] - half[last];
  for (let i = 1; i < last; i += 1) {
    const left = centers[i] - half[i];
    if (left >= right + MIN_TICK_GAP && centers[i] + half[i] + MIN_TICK_GAP <= lastLeft) {
      shown[i] = true;
      right = centers[i] + half[i];
    }
  }
  if (last > 0 && lastLeft < centers[0] + half[0] + MIN_TICK_GAP) shown[last] = false;
  return shown;
}

export function SubpoenasOverTimeChart({
  data,
  height,
  width: fixedWidth,
  theme = LIGHT_CHART_THEME,
  onSelect,
  selected,
  label,
}: SubpoenasOverTimeChartProps) {
  const [containerRef, width, measured] = useChartWidth(fixedWidth);
  const [hovered, setHovered] = useState<number | null>(null);
  // Its box first, at its height; the columns once its width is known (useChartWidth).
  if (!measured) return <div ref={containerRef} className="chart" style={{ height, width: fixedWidth }} />;
  const columns = chartColumns(data);
  // Coarse columns ("2021" in a monthly chart) say on the axis that their month is not known, as in the embeds.
  const labelOf = new Map([
    ...data.rows.map((row): [string, string] => [row.period, row.label]),
    ...data.coarseRows.map((row): [string, string] => [
      row.period,
      `${formatPeriodHuman(row.period)} (no ${data.interval})`,
    ]),
  ]);
  const plotTop = CHART_MARGIN.top;
  const plotBottom = height - CHART_MARGIN.bottom - X_AXIS_HEIGHT;
  const plotLeft = CHART_MARGIN.left + Y_AXIS_WIDTH;
  const plotRight = Math.max(plotLeft + 1, width - CHART_MARGIN.right);
  const ticks = valueTicks(Math.max(0, ...columns.map((row) => row.total)), plotBottom - plotTop, "columns");
  const yMax = ticks[ticks.length - 1] || 1;
  const y = (value: number): number => plotBottom - (value / yMax) * (plotBottom - plotTop);
  const band = (plotRight - plotLeft) / Math.max(1, columns.length);
  const columnWidth = Math.min(BAR_MAX_WIDTH, band * COLUMN_FILL);
  const centerOf = (index: number): number => plotLeft + band * (index + 0.5);
  const periodLabels = columns.map((row) => labelOf.get(row.period) ?? row.period);
  const tickShown = visibleTicks(
    columns.map((_, index) => centerOf(index)),
    periodLabels,
    theme.smallFontSize,
  );
  const showTotals = columns.length <= MAX_BARS_WITH_TOTALS;
  const geometry = { plotLeft, band, columnWidth, y };
  const paths = columnPaths(
    columns.map((row) => row.values),
    data.series.length,
    geometry,
    (column, seriesIndex) => isSelected(selected, columns[column].period, seriesIndex),
  );
  // The text alternative is the embeds' own, from the same model: chart type, "ICE", the span, every figure.
  const accessibleName = label ?? altText(data.model, { filterLabel: null, from: null, to: null, asOf: "" });
  const text = { fontFamily: theme.fontFamily, fontSize: theme.smallFontSize, fill: theme.mutedTextColor };
  const pointer = onSelect ? "pointer" : undefined;

  return (
    <div
      ref={containerRef}
      className="chart"
      style={{ height, width: fixedWidth }}
      // With onSelect the columns are buttons, so the chart is a named group (an image's parts are not reachable).
      role={onSelect ? "group" : "img"}
      aria-label={accessibleName}
      data-testid="subpoenas-over-time-chart"
    >
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} onPointerLeave={() => setHovered(null)}>
        {ticks.map((tick) => (
          <g key={`tick-${tick}`}>
            {tick > 0 && (
              <line
                className="chart-gridline"
                x1={plotLeft}
                x2={plotRight}
                y1={y(tick)}
                y2={y(tick)}
                stroke={theme.gridColor}
              />
            )}
            <text className="chart-tick" x={plotLeft - TICK_MARGIN} y={y(tick)} dy="0.35em" textAnchor="end" {...text}>
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {hovered !== null && (
          <rect
            className="chart-hover-band"
            x={centerOf(hovered) - band / 2}
            y={plotTop}
            width={band}
            height={plotBottom - plotTop}
            fill={theme.gridColor}
            fillOpacity={0.5}
            pointerEvents="none"
          />
        )}
        {paths.map(({ seriesIndex, selected: full, d }) => (
          <path
            key={`${data.series[seriesIndex].key}-${full ? "full" : "dimmed"}`}
            className="chart-series"
            d={d}
            fill={data.series[seriesIndex].color}
            fillOpacity={full ? 1 : DIMMED_OPACITY}
            stroke={theme.segmentStroke}
            strokeWidth={SEGMENT_STROKE_WIDTH}
            pointerEvents="none"
            data-series={data.series[seriesIndex].key}
          />
        ))}
        {/* One surface answers the pointer for every column: a hover shows the period's figures, a click on a segment
            lists that series' batches for the period, a click above the stack the whole period's. */}
        <rect
          className="chart-pointer-surface"
          x={plotLeft}
          y={plotTop}
          width={plotRight - plotLeft}
          height={plotBottom - plotTop}
          fill="transparent"
          style={{ cursor: pointer }}
          onPointerMove={(event) => {
            const index = columnAt(pointerAt(event).x, geometry, columns.length);
            if (index !== hovered) setHovered(index);
          }}
          onClick={
            onSelect
              ? (event) => {
                  const point = pointerAt(event);
                  const index = columnAt(point.x, geometry, columns.length);
                  if (index === null) return;
                  const row = columns[index];
                  const value = ((plotBottom - point.y) / (plotBottom - plotTop)) * yMax;
                  onSelect({ period: row.period, seriesIndex: segmentAt(row.values, value) });
                }
              : undefined
          }
        />
        <BaseLine x1={plotLeft} x2={plotRight} y={plotBottom} theme={theme} />
        {columns.map((row, index) =>
          tickShown[index] ? (
            <text
              key={`label-${row.period}`}
              className="chart-tick"
              x={centerOf(index)}
              y={plotBottom + TICK_MARGIN}
              dy="0.71em"
              textAnchor="middle"
              {...text}
            >
              {periodLabels[index]}
            </text>
          ) : null,
        )}
        {columns.map((row, index) => {
          if (row.total <= 0 && row.unknownCountBatches <= 0) return null;
          const cx = centerOf(index);
          const cy = y(row.total);
          return (
            <g
              key={`top-${row.period}`}
              className="chart-column-top"
              data-period={row.period}
              data-value={figureText(row.total, row.inexactCountBatches)}
              data-unknown={row.unknownCountBatches}
              // The whole column is a button a keyboard reaches, as a click on it is (the map's states are too).
              {...(onSelect
                ? markButton(
                    markName(
                      periodLabels[index],
                      figureText(row.total, row.inexactCountBatches),
                      row.unknownCountBatches,
                    ),
                    () => onSelect({ period: row.period, seriesIndex: null }),
                  )
                : {})}
            >
              {onSelect && (
                // What the focus ring outlines: the column, from its top to the axis. It takes no clicks; the segments
                // and the band do.
                <rect
                  x={cx - columnWidth / 2}
                  y={cy - TOTAL_LABEL_GAP}
                  width={columnWidth}
                  height={Math.max(0, plotBottom - cy + TOTAL_LABEL_GAP)}
                  fill="none"
                  pointerEvents="none"
                />
              )}
              {showTotals && row.total > 0 && (
                <text
                  x={cx}
                  y={cy - TOTAL_LABEL_GAP}
                  textAnchor="middle"
                  fontSize={theme.fontSize}
                  fontWeight={600}
                  fill={theme.textColor}
                  fontFamily={theme.fontFamily}
                  pointerEvents="none"
                >
                  {figureText(row.total, row.inexactCountBatches)}
                </text>
              )}
              {row.unknownCountBatches > 0 && (
                <UnknownMarker
                  x={cx}
                  y={
                    cy -
                    (showTotals && row.total > 0 ? theme.fontSize + TOTAL_LABEL_GAP * 2 : 0) -
                    UNKNOWN_MARKER_RADIUS -
                    2
                  }
                  count={row.unknownCountBatches}
                  theme={theme}
                />
              )}
            </g>
          );
        })}
      </svg>
      {hovered !== null && columns[hovered] ? (
        <ChartTooltip {...tooltipPosition(centerOf(hovered), band / 2, plotTop, width)}>
          <OverTimeTooltip data={data} index={hovered} />
        </ChartTooltip>
      ) : null}
    </div>
  );
}
