// Marks drawn inside chart SVGs, shared by every chart so a reader learns them once.
import type { ChartTheme } from "../theme";
import { UNKNOWN_MARKER_RADIUS } from "../theme";

// A dashed circle with "?", for batches of unreported size, with "+N" beside it when there are several.
export function UnknownMarker({ x, y, count, theme }: { x: number; y: number; count: number; theme: ChartTheme }) {
  return (
    <g className="chart-unknown-marker" data-unknown-count={count}>
      <circle
        cx={x}
        cy={y}
        r={UNKNOWN_MARKER_RADIUS}
        fill={theme.background}
        stroke={theme.unknownMarkerColor}
        strokeWidth={1.5}
        strokeDasharray="2.5 2"
      />
      <text
        x={x}
        y={y}
        dy="0.35em"
        textAnchor="middle"
        fontSize={theme.smallFontSize - 1}
        fontWeight={700}
        fill={theme.unknownMarkerColor}
        fontFamily={theme.fontFamily}
      >
        ?
      </text>
      {count > 1 && (
        <text
          x={x + UNKNOWN_MARKER_RADIUS + 2}
          y={y}
          dy="0.35em"
          fontSize={theme.smallFontSize}
          fill={theme.textColor}
          fontFamily={theme.fontFamily}
        >
          ×{count}
        </text>
      )}
    </g>
  );
}

// A value axis from zero to a round maximum at or above value times headroom (room for the labels beside the bars),
// with whole-number ticks a reader can count: 14 -> 0, 5, 10, 15, 20; 5 -> 0 to 5 by 1; 0 -> 0, 1.
export interface NiceScale {
  max: number;
  ticks: number[];
}

const NICE_STEPS = [1, 2, 2.5, 5];
const MAX_TICK_INTERVALS = 5;

export function niceScale(value: number, headroom = 1.12): NiceScale {
  const target = Math.max(value * headroom, value, 1);
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = NICE_STEPS.map((s) => s * magnitude).find(
      (candidate) => Number.isInteger(candidate) && Math.ceil(target / candidate) <= MAX_TICK_INTERVALS,
    );
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const max = Math.ceil(target / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return { max, ticks };
}
