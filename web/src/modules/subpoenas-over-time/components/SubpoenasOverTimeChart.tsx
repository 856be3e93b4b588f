// Draws the over-time chart from ready-made series (see utils/toSeries.ts). No fetching, no URL: an embed can use it
// as it is with its own size and theme.
import { useRef } from "react";
import { Bar, BarChart, CartesianGrid, Cell, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { altText, figureText, subpoenasWords, valueTicks } from "@subpoena-tracker/charts";
import { formatPeriodHuman } from "@subpoena-tracker/domain";
import { markButton, markName } from "../../../ui/charts/keyboard";
import { UnknownMarker } from "../../../ui/charts/svgMarks";
import {
  BAR_MAX_WIDTH,
  CHART_MARGIN,
  LIGHT_CHART_THEME,
  SEGMENT_STROKE_WIDTH,
  UNKNOWN_MARKER_RADIUS,
  Y_AXIS_WIDTH,
  type ChartTheme,
} from "../../../ui/theme";
import { chartColumns, seriesDataKey, toChartRows, type OverTimeData } from "../utils/toSeries";

// Above this many bars, totals over each bar would collide; the table and tooltip still give them.
const MAX_BARS_WITH_TOTALS = 14;
// Dimmed segments when one is selected, so the selection reads without a new colour.
const DIMMED_OPACITY = 0.3;
const TOTAL_LABEL_GAP = 6;
// Recharts' default category axis height.
const X_AXIS_HEIGHT = 30;
// A fluid chart's width, for the columns' focus outlines only: the dashboard's wide panel at 1280 px.
const DEFAULT_PLOT_WIDTH = 1100;

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

function OverTimeTooltip({ active, label, data }: { active?: boolean; label?: string | number; data: OverTimeData }) {
  if (!active) return null;
  const row = chartColumns(data).find((r) => r.period === label);
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{row.label}</strong>
      <table>
        <tbody>
          {data.series.map((series, index) =>
            row.values[index] > 0 || row.unknown[index] > 0 ? (
              <tr key={series.key}>
                <th scope="row">
                  <span className="swatch" style={{ background: series.color }} aria-hidden="true" /> {series.label}
                </th>
                <td className="num">
                  {figureText(row.values[index], row.inexact[index])}
                  {row.unknown[index] > 0 ? ` + ${row.unknown[index]} unreported` : ""}
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
    </div>
  );
}

export function SubpoenasOverTimeChart({
  data,
  height,
  width,
  theme = LIGHT_CHART_THEME,
  onSelect,
  selected,
  label,
}: SubpoenasOverTimeChartProps) {
  const rows = toChartRows(data);
  const columns = chartColumns(data);
  // Coarse columns ("2021" in a monthly chart) say on the axis that their month is not known, as in the embeds.
  const labelOf = new Map([
    ...data.rows.map((row): [string, string] => [row.period, row.label]),
    ...data.coarseRows.map((row): [string, string] => [
      row.period,
      `${formatPeriodHuman(row.period)} (no ${data.interval})`,
    ]),
  ]);
  const plotHeight = height - CHART_MARGIN.top - CHART_MARGIN.bottom - X_AXIS_HEIGHT;
  const ticks = valueTicks(Math.max(0, ...columns.map((row) => row.total)), plotHeight, "columns");
  const scale = { max: ticks[ticks.length - 1], ticks };
  const showTotals = columns.length <= MAX_BARS_WITH_TOTALS;
  // Where the axis is, and about how wide a column is (recharts does not tell a reference mark its band).
  const plotBottom = height - CHART_MARGIN.bottom - X_AXIS_HEIGHT;
  const plotWidth = (width ?? DEFAULT_PLOT_WIDTH) - CHART_MARGIN.left - CHART_MARGIN.right - Y_AXIS_WIDTH;
  const columnWidth = Math.min(BAR_MAX_WIDTH, (plotWidth / Math.max(1, columns.length)) * 0.8);
  // The text alternative is the embeds' own, from the same model: chart type, "ICE", the span, every figure.
  const accessibleName = label ?? altText(data.model, { filterLabel: null, from: null, to: null, asOf: "" });
  // A segment's click and the chart's click arrive for the same press; the segment's is the more precise one.
  const segmentClicked = useRef(false);
  const tick = { fill: theme.mutedTextColor, fontSize: theme.smallFontSize, fontFamily: theme.fontFamily };

  const chart = (
    <BarChart
      data={rows}
      margin={CHART_MARGIN}
      accessibilityLayer={false}
      onClick={(state) => {
        if (segmentClicked.current) {
          segmentClicked.current = false;
          return;
        }
        if (onSelect && typeof state.activeLabel === "string") {
          onSelect({ period: state.activeLabel, seriesIndex: null });
        }
      }}
      style={{ cursor: onSelect ? "pointer" : undefined }}
    >
      <CartesianGrid vertical={false} stroke={theme.gridColor} />
      <XAxis
        dataKey="period"
        tickFormatter={(period: string) => labelOf.get(period) ?? period}
        tick={tick}
        tickLine={false}
        axisLine={{ stroke: theme.axisColor }}
        interval="preserveStartEnd"
        minTickGap={12}
      />
      <YAxis
        allowDecimals={false}
        domain={[0, scale.max]}
        ticks={scale.ticks}
        width={Y_AXIS_WIDTH}
        tick={tick}
        tickLine={false}
        axisLine={false}
      />
      <Tooltip
        cursor={{ fill: theme.gridColor, fillOpacity: 0.5 }}
        content={({ active, label }) => <OverTimeTooltip active={active} label={label} data={data} />}
        isAnimationActive={false}
      />
      {data.series.map((series, seriesIndex) => (
        <Bar
          key={series.key}
          dataKey={seriesDataKey(seriesIndex)}
          name={series.label}
          stackId="subpoenas"
          fill={series.color}
          stroke={theme.segmentStroke}
          strokeWidth={SEGMENT_STROKE_WIDTH}
          maxBarSize={BAR_MAX_WIDTH}
          isAnimationActive={false}
          onClick={(_item, index) => {
            const row = columns[index];
            if (!onSelect || !row) return;
            segmentClicked.current = true;
            onSelect({ period: row.period, seriesIndex });
          }}
        >
          {columns.map((row) => (
            <Cell
              key={row.period}
              fillOpacity={isSelected(selected, row.period, seriesIndex) ? 1 : DIMMED_OPACITY}
              data-period={row.period}
              data-series={series.key}
            />
          ))}
        </Bar>
      ))}
      {columns.map((row) =>
        row.total > 0 || row.unknownCountBatches > 0 ? (
          <ReferenceDot
            key={`top-${row.period}`}
            x={row.period}
            y={row.total}
            r={0}
            ifOverflow="visible"
            shape={({ cx = 0, cy = 0 }) => (
              <g
                className="chart-column-top"
                data-period={row.period}
                data-value={figureText(row.total, row.inexactCountBatches)}
                data-unknown={row.unknownCountBatches}
                // The whole column is a button a keyboard reaches, as a click on it is (the map's states are too).
                {...(onSelect
                  ? markButton(
                      markName(
                        labelOf.get(row.period) ?? row.period,
                        figureText(row.total, row.inexactCountBatches),
                        row.unknownCountBatches,
                      ),
                      () => onSelect({ period: row.period, seriesIndex: null }),
                    )
                  : {})}
              >
                {onSelect && (
                  // What the focus ring outlines: the column, from its top to the axis. It takes no clicks; the
                  // segments and the chart do.
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
            )}
          />
        ) : null,
      )}
    </BarChart>
  );

  return (
    <div
      className="chart"
      style={{ height, width }}
      // With onSelect the columns are buttons, so the chart is a named group (an image's parts are not reachable).
      role={onSelect ? "group" : "img"}
      aria-label={accessibleName}
      data-testid="subpoenas-over-time-chart"
    >
      <ResponsiveContainer width={width ?? "100%"} height={height}>
        {chart}
      </ResponsiveContainer>
    </div>
  );
}
