// Ranked horizontal bars with the value written at the end of each bar, drawn by recharts: the form that stays
// legible on a 360 px phone. Shared by the by-jurisdiction and outcomes charts. Draws only what it is given, with the
// shared chart model's rules (packages/charts) for ticks, text widths and markers, so the dashboard and the embeds
// agree. Loaded on its own, when a panel that draws it nears the viewport (HorizontalBars.tsx): recharts is not part
// of the dashboard's first load (issue 12).
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Rectangle,
  ReferenceDot,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from "recharts";
import { measureText, valueTicks, wrapText } from "@subpoena-tracker/charts";
import { formatNumber } from "@subpoena-tracker/domain";
import {
  CATEGORY_AXIS_WIDTH,
  DIMMED_OPACITY,
  HORIZONTAL_BAR_SIZE,
  LIGHT_CHART_THEME,
  UNKNOWN_MARKER_RADIUS,
  type ChartTheme,
} from "../theme";
import type { HorizontalBarsProps } from "./HorizontalBars";
import {
  HORIZONTAL_BARS_MARGIN as MARGIN,
  HORIZONTAL_BARS_X_AXIS_HEIGHT as X_AXIS_HEIGHT,
  horizontalBarsHeight,
  type HorizontalBarDatum,
} from "./horizontalBarsModel";
import { markButton, markName } from "./keyboard";
import { UnknownMarker } from "./svgMarks";
import { useChartWidth } from "./useChartWidth";

const VALUE_LABEL_GAP = 6;
// Between a place's name and the axis.
const CATEGORY_GAP = 8;
// A name longer than its room wraps onto a second line, then is shortened.
const MAX_NAME_LINES = 2;
const LINE_HEIGHT = 1.15;

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
    <div className="chart-tooltip" aria-hidden="true">
      <strong>{bar.label}</strong>
      <p>{bar.valueText}</p>
      {bar.details?.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

// A place's name beside its bar, wrapped by the shared text rule (as the embeds wrap it) rather than recharts' own.
function CategoryTick({
  x,
  y,
  value: key,
  labelOf,
  width,
  theme,
}: {
  x: number;
  y: number;
  value: string;
  labelOf: Map<string, string>;
  width: number;
  theme: ChartTheme;
}) {
  const lines = wrapText(labelOf.get(key) ?? key, width - CATEGORY_GAP, theme.fontSize, { maxLines: MAX_NAME_LINES });
  // recharts places the tick already clear of the axis (its tick size and margin).
  const right = x;
  const firstLine = y - ((lines.length - 1) * theme.fontSize * LINE_HEIGHT) / 2;
  return (
    <text
      className="chart-category"
      x={right}
      y={firstLine}
      textAnchor="end"
      fontSize={theme.fontSize}
      fill={theme.textColor}
      fontFamily={theme.fontFamily}
    >
      {lines.map((line, index) => (
        <tspan key={index} x={right} dy={index === 0 ? "0.35em" : `${LINE_HEIGHT}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export default function HorizontalBarsChart({
  bars,
  width: fixedWidth,
  theme = LIGHT_CHART_THEME,
  onSelect,
  selectedKey,
  categoryWidth = CATEGORY_AXIS_WIDTH,
  testId,
  label = "Bar chart",
}: HorizontalBarsProps) {
  const [containerRef, width, measured] = useChartWidth(fixedWidth);
  const height = horizontalBarsHeight(bars.length);
  // Its box first, at its height; the bars once its width is known (useChartWidth).
  if (!measured) return <div ref={containerRef} className="chart" style={{ height, width: fixedWidth }} />;
  const labelOf = new Map(bars.map((bar) => [bar.key, bar.label]));
  // No headroom: the value is written to the right of the bar, in the chart's margin. The embeds' tick rule, for the
  // axis as long as the chart is wide, less the names and the values' margin.
  const ticks = valueTicks(Math.max(0, ...bars.map((bar) => bar.value)), width - categoryWidth - MARGIN.right, "bars");
  const tick = { fill: theme.mutedTextColor, fontSize: theme.smallFontSize, fontFamily: theme.fontFamily };
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
      <BarChart
        width={width}
        height={height}
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
          domain={[0, ticks[ticks.length - 1] || 1]}
          ticks={ticks}
          tickFormatter={(value: number) => formatNumber(value)}
          tick={tick}
          tickLine={false}
          axisLine={{ stroke: theme.axisColor }}
          height={X_AXIS_HEIGHT}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={categoryWidth}
          tick={(props: YAxisTickContentProps) => (
            <CategoryTick
              x={Number(props.x)}
              y={Number(props.y)}
              value={String(props.payload?.value ?? "")}
              labelOf={labelOf}
              width={categoryWidth}
              theme={theme}
            />
          )}
          tickLine={false}
          axisLine={false}
          interval={0}
        />
        <Tooltip
          cursor={{ fill: theme.gridColor, fillOpacity: 0.5 }}
          content={({ active, label: key }) => <BarTooltip active={active} label={key} bars={bars} />}
          isAnimationActive={false}
        />
        <Bar
          dataKey="value"
          barSize={HORIZONTAL_BAR_SIZE}
          isAnimationActive={false}
          onClick={(_item, index) => {
            const bar = bars[index];
            if (onSelect && bar && bar.selectable !== false) onSelect(bar.key);
          }}
          // Each bar that opens the drill-down on a click is also a button a keyboard reaches, as on the map.
          shape={(props: BarShapeProps) => {
            const bar = bars[props.index];
            if (!onSelect || !bar) return <Rectangle {...props} />;
            if (bar.selectable === false)
              // Still read out among the buttons, with what it sums; it opens nothing.
              return (
                <g
                  data-key={bar.key}
                  role="img"
                  aria-label={markName(bar.label, bar.figure ?? bar.valueText, bar.unknownCountBatches, false)}
                  style={{ cursor: "default" }}
                >
                  <Rectangle {...props} />
                </g>
              );
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
            shape={({ cx = 0, cy = 0 }: { cx?: number; cy?: number }) => (
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
                    x={
                      cx +
                      VALUE_LABEL_GAP * 2 +
                      measureText(bar.valueText, theme.fontSize, "semibold") +
                      UNKNOWN_MARKER_RADIUS
                    }
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
    </div>
  );
}
