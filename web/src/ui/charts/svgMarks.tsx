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
        fontSize={theme.smallFontSize - 2}
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

// The smallest "nice" maximum at or above value with headroom for a label: 14 -> 20, 22 -> 25, 0 -> 1.
export function niceCeiling(value: number, headroom = 1.12): number {
  if (value <= 0) return 1;
  const target = value * headroom;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    const candidate = step * magnitude;
    if (candidate >= target) return Math.max(Math.ceil(candidate), Math.ceil(value) + 1);
  }
  return Math.ceil(target);
}
