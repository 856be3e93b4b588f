// Subpoenas over time: one column per period, stacked by series. The axis starts at zero, every period of the range
// has a column (an empty one is labelled 0), batches of unreported size get a marker instead of a height, and batches
// dated more coarsely than the interval stand apart at the right, behind a dashed rule.
import type { ReactElement } from "react";
import { formatNumber, formatPeriodHuman, pluralize } from "@subpoena-tracker/domain";
import { periodTick, unreportedNote } from "../describe";
import type { ColumnsModel, PeriodColumn } from "../model";
import { INEXACT_NOTE, figureText, valueTicks } from "../marks";
import { linearScale, px } from "../scale";
import { measureText } from "../text";
import type { ChartTheme } from "../theme";
import { RATIOS, scaledLayout, type Layout } from "./layout";
import { fillOf, markOf, strokeOf } from "./paint";
import { CAP_CENTER, EmptyMessage, Legend, Note, UnknownMarker, layoutLegend } from "./parts";

export interface ColumnsChartProps {
  model: ColumnsModel;
  width: number;
  height: number;
  theme: ChartTheme;
  scale: number;
}

const COARSE_GAP_BANDS = 0.6;
// Room for the y-axis tick labels: at least this many digits wide, so that "5" and "10" axes line up alike.
const MIN_TICK_DIGITS = 2;

function legendItems(model: ColumnsModel) {
  return model.stack === "none" ? [] : model.series.map((s) => ({ label: s.label, color: s.color }));
}

function noteText(model: ColumnsModel): string | null {
  const parts: string[] = [];
  if (model.totals.unknownCountBatches > 0) {
    parts.push(
      `${pluralize(model.totals.unknownCountBatches, "batch", "batches")} of unreported size, not counted in the columns`,
    );
  }
  for (const column of model.coarse) {
    parts.push(`${formatPeriodHuman(column.period)}: dated only to the year, not to a ${model.interval}`);
  }
  if (model.totals.inexactCountBatches > 0) parts.push(INEXACT_NOTE);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** The height the chart would like at this width: a comfortable plot plus its legend, axis and note. */
export function columnsNaturalHeight(model: ColumnsModel, width: number, scale: number): number {
  const L = scaledLayout(scale);
  const legend = layoutLegend(legendItems(model), width, L);
  const plot = Math.min(320 * scale, Math.max(160 * scale, width * 0.42));
  return Math.ceil(legend.height + L.columnHeadroom + plot + L.xAxisHeight + (noteText(model) ? L.noteHeight : 0));
}

function columnTitle(model: ColumnsModel, column: PeriodColumn): string {
  const head = `${formatPeriodHuman(column.period)}: ${pluralize(column.total, "subpoena")}`;
  const unknown = column.unknownCountBatches > 0 ? `, ${unreportedNote(column.unknownCountBatches)}` : "";
  if (model.stack === "none") return `${head}${unknown}`;
  const parts = model.series
    .map((s, i) => ({ s, value: column.values[i], unknown: column.unknown[i] }))
    .filter((p) => p.value > 0 || p.unknown > 0)
    .map((p) => `${p.s.label} ${p.value}${p.unknown > 0 ? " + ?" : ""}`);
  return parts.length > 0 ? `${head}${unknown} (${parts.join(", ")})` : `${head}${unknown}`;
}

export function ColumnsChart({ model, width, height, theme, scale }: ColumnsChartProps): ReactElement {
  const L: Layout = scaledLayout(scale);
  const all = [...model.columns, ...model.coarse];
  const legend = layoutLegend(legendItems(model), width, L);
  const note = noteText(model);
  const noteHeight = note ? L.noteHeight : 0;
  if (all.length === 0 || (model.totals.batches === 0 && model.totals.subpoenas === 0)) {
    return <EmptyMessage width={width} height={height} theme={theme} L={L} />;
  }

  const plotTop = legend.height + L.columnHeadroom;
  const plotBottom = Math.max(plotTop + 20 * scale, height - L.xAxisHeight - noteHeight);
  const plotHeight = plotBottom - plotTop;
  const ticks = valueTicks(Math.max(0, ...all.map((c) => c.total)), plotHeight, "columns", scale);
  const yMax = ticks[ticks.length - 1];
  const y = linearScale(yMax, plotBottom, plotTop);
  const tickDigits = Math.max(MIN_TICK_DIGITS, String(yMax).length);
  const plotLeft = measureText("0".repeat(tickDigits), L.tickFontSize) + L.yAxisGap;
  const plotRight = width - 2 * scale;

  const gapBands = model.coarse.length > 0 ? COARSE_GAP_BANDS : 0;
  const band = (plotRight - plotLeft) / (all.length + gapBands);
  const barWidth = Math.min(band * RATIOS.columnFill, L.columnMaxWidth);
  const xOf = (index: number) => plotLeft + band * (index + (index >= model.columns.length ? gapBands : 0)) + band / 2;

  // Show every k-th period label when they would collide.
  const widest = Math.max(...model.columns.map((c) => measureText(periodTick(c.period, null).main, L.tickFontSize)));
  const every = Math.max(1, Math.ceil((widest + 6 * scale) / band));

  return (
    <g>
      <Legend layout={legend} theme={theme} L={L} />
      {ticks.map((tick) => (
        <g key={`tick-${tick}`}>
          <line
            x1={px(plotLeft)}
            x2={px(plotRight)}
            y1={px(y(tick))}
            y2={px(y(tick))}
            strokeWidth={px(scale)}
            {...strokeOf(theme, tick === 0 ? "axis" : "grid")}
          />
          <text
            x={px(plotLeft - L.yAxisGap)}
            y={px(y(tick) + L.tickFontSize * CAP_CENTER)}
            textAnchor="end"
            fontSize={px(L.tickFontSize)}
            {...fillOf(theme, "muted")}
          >
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {model.coarse.length > 0 ? (
        <line
          x1={px(plotLeft + band * (model.columns.length + gapBands / 2))}
          x2={px(plotLeft + band * (model.columns.length + gapBands / 2))}
          y1={px(plotTop - L.columnHeadroom / 2)}
          y2={px(plotBottom + L.xAxisHeight * 0.9)}
          strokeDasharray={`${px(3 * scale)} ${px(3 * scale)}`}
          strokeWidth={px(scale)}
          {...strokeOf(theme, "axis")}
        />
      ) : null}
      {all.map((column, index) => {
        const cx = xOf(index);
        const isCoarse = index >= model.columns.length;
        let stackTop = plotBottom;
        const segments = column.values.map((value, s) => {
          if (value <= 0) return null;
          const top = y(column.values.slice(0, s + 1).reduce((sum, v) => sum + v, 0));
          const mark = markOf(theme, model.series[s].color);
          const segment = (
            <rect
              key={model.series[s].key}
              x={px(cx - barWidth / 2)}
              y={px(top)}
              width={px(barWidth)}
              height={px(stackTop - top)}
              fill={mark.fill}
              stroke={theme.segmentStroke}
              strokeWidth={px(L.segmentStrokeWidth)}
              className={`${mark.className} st-seg`}
            />
          );
          stackTop = top;
          return segment;
        });
        const showTotal = column.total > 0 || column.unknownCountBatches === 0;
        const labelY = stackTop - 6 * scale;
        const tick = isCoarse
          ? { main: formatPeriodHuman(column.period), sub: `no ${model.interval}` }
          : periodTick(column.period, null);
        const previous = index > 0 && !isCoarse ? model.columns[index - every] : undefined;
        const showTick = isCoarse || index % every === 0;
        const sub = isCoarse ? tick.sub : periodTick(column.period, previous ? previous.period : null).sub;
        return (
          <g
            key={column.period}
            data-period={column.period}
            data-value={figureText(column.total, column.inexactCountBatches)}
            data-unknown={column.unknownCountBatches}
          >
            <title>{columnTitle(model, column)}</title>
            {segments}
            {showTotal ? (
              <text
                x={px(cx)}
                y={px(labelY)}
                textAnchor="middle"
                fontSize={px(L.valueFontSize)}
                fontWeight={column.total > 0 ? 600 : 400}
                {...fillOf(theme, column.total > 0 ? "text" : "muted")}
              >
                {figureText(column.total, column.inexactCountBatches)}
              </text>
            ) : null}
            {column.unknownCountBatches > 0 ? (
              <UnknownMarker
                cx={cx}
                cy={showTotal ? labelY - L.valueFontSize - L.markerRadius : labelY - L.markerRadius + 2 * scale}
                theme={theme}
                scale={scale}
              />
            ) : null}
            {showTick ? (
              <text
                x={px(cx)}
                y={px(plotBottom + L.tickFontSize + 4 * scale)}
                textAnchor="middle"
                fontSize={px(L.tickFontSize)}
                {...fillOf(theme, "muted")}
              >
                {tick.main}
              </text>
            ) : null}
            {showTick && sub ? (
              <text
                x={px(cx)}
                y={px(plotBottom + L.tickFontSize * 2 + 7 * scale)}
                textAnchor="middle"
                fontSize={px(L.tickFontSize)}
                {...fillOf(theme, "muted")}
              >
                {sub}
              </text>
            ) : null}
          </g>
        );
      })}
      {note ? (
        <Note
          y={height - noteHeight}
          width={width}
          text={note}
          withMarker={model.totals.unknownCountBatches > 0}
          theme={theme}
          scale={scale}
          L={L}
        />
      ) : null}
    </g>
  );
}
