// Marks drawn inside chart SVGs, shared by every chart so a reader learns them once. The marker is the embeds' and
// images' own (a ring with "?", its radius from the shared chart model), so the dashboard and an embed of the same
// view show the same marks.
import { MARKER_RADIUS } from "@subpoena-tracker/charts";
import type { ChartTheme } from "../theme";

// The question mark's size against the ring and its stroke, as the embeds draw it (packages/charts parts.tsx).
const MARK_FONT_RATIO = 1.45;
const RING_STROKE = 1.2;

// A ring with "?", for batches of unreported size. The count is in the tooltip, the table and the text alternative.
export function UnknownMarker({ x, y, count, theme }: { x: number; y: number; count: number; theme: ChartTheme }) {
  return (
    <g className="chart-unknown-marker" data-unknown-count={count} aria-hidden="true">
      <circle
        cx={x}
        cy={y}
        r={MARKER_RADIUS}
        fill={theme.background}
        stroke={theme.unknownMarkerColor}
        strokeWidth={RING_STROKE}
      />
      <text
        x={x}
        y={y}
        dy="0.35em"
        textAnchor="middle"
        fontSize={MARKER_RADIUS * MARK_FONT_RATIO}
        fontWeight={600}
        fill={theme.unknownMarkerColor}
        fontFamily={theme.fontFamily}
      >
        ?
      </text>
    </g>
  );
}

// The value axis's zero line, from which every bar and column starts.
export function BaseLine({ x1, x2, y, theme }: { x1: number; x2: number; y: number; theme: ChartTheme }) {
  return <line className="chart-axis" x1={x1} x2={x2} y1={y} y2={y} stroke={theme.axisColor} />;
}
