// What the horizontal bars are given and how tall they draw, apart from the recharts component that draws them
// (HorizontalBarsChart.tsx): the dashboard's first load imports this, and its placeholder takes the chart's exact
// height from here, while recharts itself arrives only with the chart.
import { HORIZONTAL_ROW_HEIGHT } from "../theme";

export const HORIZONTAL_BARS_MARGIN = { top: 4, right: 64, bottom: 4, left: 0 } as const;
export const HORIZONTAL_BARS_X_AXIS_HEIGHT = 24;

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
  // A bar that lists no batches of its own (e.g. the places summed as "other"): named, but not a button.
  selectable?: boolean;
}

export function horizontalBarsHeight(count: number): number {
  return (
    count * HORIZONTAL_ROW_HEIGHT +
    HORIZONTAL_BARS_MARGIN.top +
    HORIZONTAL_BARS_MARGIN.bottom +
    HORIZONTAL_BARS_X_AXIS_HEIGHT
  );
}
