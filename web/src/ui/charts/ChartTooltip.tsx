// The figures of the mark under the pointer, in a box beside it. For pointers only: the same figures are in each
// chart's text summary, its table and its marks' names, which keyboards and screen readers reach.
import type { ReactNode } from "react";

const OFFSET = 8;

export interface TooltipPosition {
  left?: number;
  right?: number;
  top: number;
}

/** Beside a mark centred at x (half as wide as given), on the side with more room. */
export function tooltipPosition(x: number, halfWidth: number, top: number, chartWidth: number): TooltipPosition {
  return x < chartWidth / 2
    ? { left: x + halfWidth + OFFSET, top }
    : { right: chartWidth - (x - halfWidth - OFFSET), top };
}

export function ChartTooltip({ left, right, top, children }: TooltipPosition & { children: ReactNode }) {
  return (
    <div className="chart-tooltip chart-tooltip--floating" style={{ left, right, top }} aria-hidden="true">
      {children}
    </div>
  );
}
