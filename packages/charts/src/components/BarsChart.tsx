// Horizontal bars: subpoenas by jurisdiction or state (one colour: length carries the meaning), or by outcome (each
// outcome its fixed colour, in canonical order). The axis starts at zero; a bar whose batches were all of unreported
// size has no length and says "not reported" beside a marker, rather than showing a zero.
import type { ReactElement } from "react";
import { formatNumber, pluralize } from "@subpoena-tracker/domain";
import { unreportedNote } from "../describe";
import type { BarItem, BarsModel } from "../model";
import { INEXACT_NOTE, figureText, valueTicks } from "../marks";
import { linearScale, px } from "../scale";
import { MAX_BARS, foldBars } from "../series";
import { measureText, truncateText } from "../text";
import type { ChartTheme } from "../theme";
import { RATIOS, scaledLayout, type Layout } from "./layout";
import { fillOf, markOf, strokeOf } from "./paint";
import { CAP_CENTER, EmptyMessage, Note, UnknownMarker } from "./parts";

export interface BarsChartProps {
  model: BarsModel;
  width: number;
  height: number;
  theme: ChartTheme;
  scale: number;
}

/** Most bars shown at once; the smallest beyond are folded into one "others" bar. */
const NOT_REPORTED = "not reported";

function noteText(model: BarsModel): string | null {
  const parts: string[] = [];
  if (model.totals.unknownCountBatches > 0) {
    parts.push(
      `${pluralize(model.totals.unknownCountBatches, "batch", "batches")} of unreported size, not counted in the bars`,
    );
  }
  if (model.totals.inexactCountBatches > 0) parts.push(INEXACT_NOTE);
  return parts.length > 0 ? parts.join(" · ") : null;
}

function valueLabel(bar: BarItem): string {
  return bar.subpoenas === 0 && bar.unknownCountBatches > 0
    ? NOT_REPORTED
    : figureText(bar.subpoenas, bar.inexactCountBatches);
}

/** The height the chart would like at this width: a comfortable row per bar, the axis and the note. */
export function barsNaturalHeight(model: BarsModel, _width: number, scale: number): number {
  const L = scaledLayout(scale);
  const rows = Math.max(1, Math.min(model.bars.length, MAX_BARS));
  return Math.ceil(rows * L.barRowNatural + L.xAxisHeight * 0.75 + (noteText(model) ? L.noteHeight : 0));
}

export function BarsChart({ model, width, height, theme, scale }: BarsChartProps): ReactElement {
  const L: Layout = scaledLayout(scale);
  const note = noteText(model);
  const noteHeight = note ? L.noteHeight : 0;
  const axisHeight = L.xAxisHeight * 0.75;
  if (model.bars.length === 0) return <EmptyMessage width={width} height={height} theme={theme} L={L} />;

  const rowsHeight = Math.max(L.barRowMin, height - axisHeight - noteHeight);
  const fits = Math.max(1, Math.floor(rowsHeight / L.barRowMin));
  const bars = foldBars(model.bars, Math.min(MAX_BARS, fits));
  // Rows share the height they are given (a tall image spreads them out); bars stop thickening past a point.
  const rowHeight = rowsHeight / bars.length;
  const barHeight = Math.min(rowHeight * RATIOS.barFill, L.barThicknessMax);

  const labelWidth = Math.min(
    width * RATIOS.categoryMaxShare,
    Math.max(...bars.map((b) => measureText(b.label, L.labelFontSize))),
  );
  const markerRoom = model.totals.unknownCountBatches > 0 ? L.markerRadius * 2 + 4 * scale : 0;
  const valueWidth = Math.max(
    L.valueAreaMin,
    ...bars.map((b) => measureText(valueLabel(b), L.valueFontSize, "semibold") + markerRoom),
  );
  const plotLeft = labelWidth + L.barLabelGap;
  const plotRight = Math.max(plotLeft + 20 * scale, width - valueWidth - L.barLabelGap);
  const ticks = valueTicks(Math.max(0, ...bars.map((b) => b.subpoenas)), plotRight - plotLeft, "bars", scale);
  const x = linearScale(ticks[ticks.length - 1], plotLeft, plotRight);
  const axisY = bars.length * rowHeight;

  return (
    <g>
      {ticks.map((tick) => (
        <g key={`tick-${tick}`}>
          <line
            x1={px(x(tick))}
            x2={px(x(tick))}
            y1={0}
            y2={px(axisY)}
            strokeWidth={px(scale)}
            {...strokeOf(theme, tick === 0 ? "axis" : "grid")}
          />
          <text
            x={px(x(tick))}
            y={px(axisY + L.tickFontSize + 4 * scale)}
            textAnchor="middle"
            fontSize={px(L.tickFontSize)}
            {...fillOf(theme, "muted")}
          >
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const middle = index * rowHeight + rowHeight / 2;
        const end = x(bar.subpoenas);
        const label = valueLabel(bar);
        const labelX = end + L.barLabelGap;
        const onlyUnknown = label === NOT_REPORTED;
        const labelEnd = labelX + measureText(label, L.valueFontSize, onlyUnknown ? "regular" : "semibold");
        return (
          <g key={bar.key} data-key={bar.key} data-value={label} data-unknown={bar.unknownCountBatches}>
            <title>
              {`${bar.label}: ${onlyUnknown ? "number of subpoenas not reported" : pluralize(bar.subpoenas, "subpoena")} in ${pluralize(bar.batches, "batch", "batches")}${
                bar.unknownCountBatches > 0 && !onlyUnknown ? `, ${unreportedNote(bar.unknownCountBatches)}` : ""
              }`}
            </title>
            <text
              x={px(plotLeft - L.barLabelGap)}
              y={px(middle + L.labelFontSize * CAP_CENTER)}
              textAnchor="end"
              fontSize={px(L.labelFontSize)}
              {...fillOf(theme, "text")}
            >
              {truncateText(bar.label, labelWidth, L.labelFontSize)}
            </text>
            {bar.subpoenas > 0 ? (
              <rect
                x={px(plotLeft)}
                y={px(middle - barHeight / 2)}
                width={px(end - plotLeft)}
                height={px(barHeight)}
                {...markOf(theme, bar.color)}
              />
            ) : null}
            <text
              x={px(labelX)}
              y={px(middle + L.valueFontSize * CAP_CENTER)}
              fontSize={px(L.valueFontSize)}
              fontWeight={onlyUnknown ? 400 : 600}
              {...fillOf(theme, onlyUnknown ? "muted" : "text")}
            >
              {label}
            </text>
            {bar.unknownCountBatches > 0 ? (
              <UnknownMarker cx={labelEnd + 4 * scale + L.markerRadius} cy={middle} theme={theme} scale={scale} />
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
