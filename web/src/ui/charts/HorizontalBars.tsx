// Ranked horizontal bars with the value written at the end of each bar: the form that stays legible on a 360 px
// phone. Shared by the by-jurisdiction and outcomes charts (and their embeds). Draws only what it is given.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Rectangle,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import {
  CATEGORY_AXIS_WIDTH,
  HORIZONTAL_BAR_SIZE,
  HORIZONTAL_ROW_HEIGHT,
  LIGHT_CHART_THEME,
  UNKNOWN_MARKER_RADIUS,
  type ChartTheme,
} from "../theme";
import { valueTicks } from "@subpoena-tracker/charts";
import { markButton, markName } from "./keyboard";
import { UnknownMarker } from "./svgMarks";

const MARGIN = { top: 4, right: 64, bottom: 4, left: 0 } as const;
const X_AXIS_HEIGHT = 24;
// A fluid chart's axis length, for the tick rule only: the dashboard's half-width panel at 1280 px.
const DEFAULT_AXIS_WIDTH = 560;
const VALUE_LABEL_GAP = 6;
const DIMMED_OPACITY = 0.3;
// Room the value text takes before the unknown marker: about one digit's width per character.
const CHARACTER_WIDTH = 7.5;

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

function BarTooltip({
  active,
  label,
  bars,
}: {
  active?: boolean;
  label?: string | number;
  bars: HorizontalBarDatum[];
}) {
  if (!active) return null;
  const bar = bars.find((b) => b.key === label);
  if (!bar) return null;
  return (
    <div className="chart-tooltip">
      <strong>{bar.label}</strong>
      <p>{bar.valueText}</p>
      {bar.details?.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

export function HorizontalBars({
  bars,
  width,
  theme = LIGHT_CHART_THEME,
  onSelect,
  selectedKey,
  categoryWidth = CATEGORY_AXIS_WIDTH,
  testId,
  label = "Bar chart",
}: HorizontalBarsProps) {
  const height = horizontalBarsHeight(bars.length);
  const labelOf = new Map(bars.map((bar) => [bar.key, bar.label]));
  // No headroom: the value is written to the right of the bar, in the chart's margin.
  // The embeds' tick rule; the axis is about as long as the chart is wide, less the names and the values' margin.
  const axisLength = (width ?? DEFAULT_AXIS_WIDTH) - categoryWidth - MARGIN.right;
  const ticks = valueTicks(Math.max(0, ...bars.map((bar) => bar.value)), axisLength, "bars");
  const scale = { max: ticks[ticks.length - 1], ticks };
  const tick = { fill: theme.mutedTextColor, fontSize: theme.smallFontSize, fontFamily: theme.fontFamily };
  return (
    // With onSelect the bars are buttons, so the chart is a named group (an image's parts are not reachable).
    <div
      className="chart"
      style={{ height, width }}
      role={onSelect ? "group" : "img"}
      aria-label={label}
      data-testid={testId}
    >
      <ResponsiveContainer width={width ?? "100%"} height={height}>
        <BarChart
          data={bars}
          layout="vertical"
          margin={MARGIN}
          accessibilityLayer={false}
          style={{ cursor: onSelect ? "pointer" : undefined }}
        >
          <CartesianGrid horizontal={false} stroke={theme.gridColor} />
          <XAxis
            type="number"
            allowDecimals={false}
            domain={[0, scale.max]}
            ticks={scale.ticks}
            tick={tick}
            tickLine={false}
            axisLine={{ stroke: theme.axisColor }}
            height={X_AXIS_HEIGHT}
          />
          <YAxis
            type="category"
            dataKey="key"
            width={categoryWidth}
            tickFormatter={(key: string) => labelOf.get(key) ?? key}
            tick={{ ...tick, fill: theme.textColor, fontSize: theme.fontSize }}
            tickLine={false}
            axisLine={false}
            interval={0}
          />
          <Tooltip
            cursor={{ fill: theme.gridColor, fillOpacity: 0.5 }}
            content={({ active, label }) => <BarTooltip active={active} label={label} bars={bars} />}
            isAnimationActive={false}
          />
          <Bar
            dataKey="value"
            barSize={HORIZONTAL_BAR_SIZE}
            isAnimationActive={false}
            onClick={(_item, index) => {
              const bar = bars[index];
              if (onSelect && bar) onSelect(bar.key);
            }}
            // Each bar that opens the drill-down on a click is also a button a keyboard reaches, as on the map.
            shape={(props: BarShapeProps) => {
              const bar = bars[props.index];
              if (!onSelect || !bar) return <Rectangle {...props} />;
              return (
                <g
                  className="chart-mark-button"
                  data-key={bar.key}
                  {...markButton(markName(bar.label, bar.figure ?? bar.valueText, bar.unknownCountBatches), () =>
                    onSelect(bar.key),
                  )}
                >
                  <Rectangle {...props} />
                </g>
              );
            }}
          >
            {bars.map((bar) => (
              <Cell
                key={bar.key}
                fill={bar.color}
                fillOpacity={!selectedKey || selectedKey === bar.key ? 1 : DIMMED_OPACITY}
                data-key={bar.key}
              />
            ))}
          </Bar>
          {bars.map((bar) => (
            <ReferenceDot
              key={`value-${bar.key}`}
              x={bar.value}
              y={bar.key}
              r={0}
              ifOverflow="visible"
              shape={({ cx = 0, cy = 0 }) => (
                <g>
                  <text
                    x={cx + VALUE_LABEL_GAP}
                    y={cy}
                    dy="0.35em"
                    fontSize={theme.fontSize}
                    fontWeight={600}
                    fill={theme.textColor}
                    fontFamily={theme.fontFamily}
                  >
                    {bar.valueText}
                  </text>
                  {bar.unknownCountBatches > 0 && (
                    <UnknownMarker
                      x={cx + VALUE_LABEL_GAP * 2 + bar.valueText.length * CHARACTER_WIDTH + UNKNOWN_MARKER_RADIUS}
                      y={cy}
                      count={bar.unknownCountBatches}
                      theme={theme}
                    />
                  )}
                </g>
              )}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
