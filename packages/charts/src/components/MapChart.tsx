// The "Where" map: states shaded by subpoenas (a sequential scale, with a legend of its classes), counties and cities
// as circles sized by area. Shapes come in as `geography` (map/geography.ts), so this component, like the others,
// only draws: the server passes the shapes it read from us-atlas, the browser the ones it loaded where the map is.
// With `onSelect`, every state and circle that holds a batch is a button a keyboard reaches.
import type { KeyboardEvent, ReactElement } from "react";
import { figureText } from "../marks";
import { MAP_CLASSES, mapNoteLines, symbolRadius, type MapGeography, type MapModel } from "../map/model";
import { px } from "../scale";
import { wrapText } from "../text";
import type { ChartTheme } from "../theme";
import { scaledLayout } from "./layout";
import { fillOf } from "./paint";
import { CAP_CENTER, Note, UnknownMarker } from "./parts";

export interface MapSelection {
  dimension: "state" | "jurisdiction";
  key: string;
}

export interface MapChartProps {
  model: MapModel;
  geography: MapGeography;
  width: number;
  height: number;
  theme: ChartTheme;
  scale: number;
  onSelect?: (selection: MapSelection) => void;
  selectedKey?: string | null;
}

const LEGEND_SWATCH = 14;
const DIMMED = 0.35;

function activate(onSelect: (() => void) | undefined) {
  if (!onSelect) return {};
  return {
    tabIndex: 0,
    role: "button",
    onClick: onSelect,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onSelect();
      }
    },
    style: { cursor: "pointer" },
  };
}

export function MapChart(props: MapChartProps): ReactElement {
  const { model, geography, width, height, theme, scale, onSelect, selectedKey } = props;
  const L = scaledLayout(scale);
  const legendHeight = L.legendRowHeight + L.legendGap;
  const notes = wrappedNotes(model, geography.countyCentroids, width, L);
  const notesHeight = notes.length * L.noteHeight;
  const fit = Math.max(
    0.01,
    Math.min(width / geography.width, (height - legendHeight - notesHeight) / geography.height),
  );
  const offsetX = (width - geography.width * fit) / 2;
  const byCode = new Map(model.states.map((s) => [s.code, s]));
  const dim = (key: string) => (selectedKey && selectedKey !== key ? DIMMED : 1);
  const legend = [0, ...model.breaks];
  return (
    <g>
      <g aria-hidden={onSelect ? undefined : "true"}>
        {legend.slice(1).map((upper, index) => {
          const lower = legend[index] + 1;
          const x = index * 74 * scale;
          return (
            <g key={upper}>
              <rect
                x={px(x)}
                y={px((L.legendRowHeight - LEGEND_SWATCH * scale) / 2)}
                width={px(LEGEND_SWATCH * scale)}
                height={px(LEGEND_SWATCH * scale)}
                fill={theme.mapShades[index + 1]}
                stroke={theme.axisColor}
                strokeWidth={px(0.5 * scale)}
              />
              <text
                x={px(x + (LEGEND_SWATCH + 5) * scale)}
                y={px(L.legendRowHeight / 2 + L.legendFontSize * CAP_CENTER)}
                fontSize={px(L.legendFontSize)}
                {...fillOf(theme, "text")}
              >
                {index === MAP_CLASSES - 1 ? `${lower}+` : lower === upper ? `${upper}` : `${lower}–${upper}`}
              </text>
            </g>
          );
        })}
      </g>
      <g transform={`translate(${px(offsetX)} ${px(legendHeight)}) scale(${fit.toFixed(4)})`}>
        {geography.states.map((shape) => {
          const value = byCode.get(shape.code);
          const select = value && onSelect ? () => onSelect({ dimension: "state", key: shape.code }) : undefined;
          return (
            <path
              key={shape.code}
              d={shape.path}
              fill={theme.mapShades[value?.shade ?? 0]}
              fillOpacity={value ? dim(shape.code) : 1}
              stroke={theme.mapStroke}
              strokeWidth={px(0.75 / fit)}
              strokeLinejoin="round"
              data-state={shape.code}
              data-value={value ? figureText(value.subpoenas, value.inexactCountBatches) : undefined}
              data-unknown={value ? value.unknownCountBatches : undefined}
              aria-label={
                select && value
                  ? `${value.label}: ${figureText(value.subpoenas, value.inexactCountBatches)} subpoenas${value.unknownCountBatches > 0 ? ` plus ${value.unknownCountBatches} of unreported size` : ""}. List the batches`
                  : undefined
              }
              {...activate(select)}
            >
              {value ? (
                <title>{`${value.label}: ${figureText(value.subpoenas, value.inexactCountBatches)}`}</title>
              ) : null}
            </path>
          );
        })}
        {geography.states.map((shape) => {
          const value = byCode.get(shape.code);
          if (!value || value.unknownCountBatches === 0 || value.subpoenas > 0) return null;
          return (
            <UnknownMarker
              key={`u-${shape.code}`}
              cx={shape.center[0]}
              cy={shape.center[1]}
              theme={theme}
              scale={1 / fit}
            />
          );
        })}
        {model.symbols.map((symbol) => {
          const point = symbol.countyFips ? geography.countyCentroids[symbol.countyFips] : undefined;
          if (!point) return null;
          const r = symbolRadius(symbol.subpoenas, model.symbolMax) / Math.max(fit, 0.4);
          const select = onSelect ? () => onSelect({ dimension: "jurisdiction", key: symbol.key }) : undefined;
          return (
            <g
              key={symbol.key}
              data-jurisdiction={symbol.key}
              data-value={figureText(symbol.subpoenas, symbol.inexactCountBatches)}
            >
              {/* A halo in the background colour keeps the circle readable on the darkest states. */}
              <circle
                cx={point[0]}
                cy={point[1]}
                r={px(r)}
                fill="none"
                stroke={theme.mapStroke}
                strokeWidth={px(3.2 / fit)}
                aria-hidden="true"
              />
              <circle
                cx={point[0]}
                cy={point[1]}
                r={px(r)}
                fill={theme.mapSymbol}
                fillOpacity={0.3 * dim(symbol.key)}
                stroke={theme.mapSymbol}
                strokeWidth={px(1.2 / fit)}
                strokeDasharray={symbol.subpoenas === 0 ? `${px(2 / fit)} ${px(2 / fit)}` : undefined}
                aria-label={
                  select
                    ? `${symbol.label}: ${symbol.subpoenas === 0 && symbol.unknownCountBatches > 0 ? "number not reported" : `${figureText(symbol.subpoenas, symbol.inexactCountBatches)} subpoenas`}. List the batches`
                    : undefined
                }
                {...activate(select)}
              >
                <title>{`${symbol.label}: ${symbol.subpoenas === 0 && symbol.unknownCountBatches > 0 ? "not reported" : figureText(symbol.subpoenas, symbol.inexactCountBatches)}`}</title>
              </circle>
            </g>
          );
        })}
      </g>
      {notes.map((note, index) => (
        <Note
          key={note}
          y={height - notesHeight + index * L.noteHeight}
          width={width}
          text={note}
          withMarker={false}
          theme={theme}
          scale={scale}
          L={L}
        />
      ))}
    </g>
  );
}

/** The notes under the map, each wrapped to the width: on a phone-wide embed one line cut most of a note off. */
function wrappedNotes(
  model: MapModel,
  countyCentroids: MapGeography["countyCentroids"] | undefined,
  width: number,
  L: ReturnType<typeof scaledLayout>,
): string[] {
  return mapNoteLines(model, countyCentroids).flatMap((note) => wrapText(note, width, L.noteFontSize, { maxLines: 3 }));
}

/**
 * The height a map wants at this width: the plane's proportions plus its legend, and the lines under it that say
 * which places have no circle (with the model; the county points of `geography` when it has them).
 */
export function mapNaturalHeight(
  geography: { width: number; height: number; countyCentroids?: MapGeography["countyCentroids"] },
  width: number,
  scale: number,
  model?: MapModel,
): number {
  const L = scaledLayout(scale);
  const notes = model ? wrappedNotes(model, geography.countyCentroids, width, L).length : 0;
  return Math.ceil(
    (width * geography.height) / geography.width + L.legendRowHeight + L.legendGap + notes * L.noteHeight,
  );
}
