// Colours and chart style numbers, named once so that every chart (and the embeds built on them) agrees.
import { LIGHT_THEME, MARKER_RADIUS } from "@subpoena-tracker/charts";
import type { Outcome } from "@subpoena-tracker/domain";

// The palette is the embeddable charts' light theme, so that a chart on the dashboard and the same chart embedded
// elsewhere never disagree on a colour: Okabe & Ito's colours, distinguishable with the common colour-vision
// deficiencies, and one fixed colour per outcome.

export const OUTCOME_COLORS: Record<Outcome, string> = LIGHT_THEME.outcomeColors;

export interface ChartTheme {
  fontFamily: string;
  fontSize: number;
  smallFontSize: number;
  textColor: string;
  mutedTextColor: string;
  gridColor: string;
  axisColor: string;
  background: string;
  // Drawn between stacked segments so neighbouring colours never touch.
  segmentStroke: string;
  unknownMarkerColor: string;
  highlightColor: string;
}

export const LIGHT_CHART_THEME: ChartTheme = {
  fontFamily: "'Inter Variable', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  fontSize: 13,
  smallFontSize: 12,
  textColor: "#1A1A1A",
  mutedTextColor: "#545454",
  gridColor: "#E3E3E3",
  axisColor: "#8A8A8A",
  background: "#FFFFFF",
  segmentStroke: "#FFFFFF",
  unknownMarkerColor: "#1A1A1A",
  highlightColor: "#1A1A1A",
};

export const CHART_MARGIN = { top: 28, right: 16, bottom: 4, left: 0 } as const;
export const BAR_CORNER_RADIUS = 0;
export const BAR_MAX_WIDTH = 72;
export const SEGMENT_STROKE_WIDTH = 1;
// Marks left unselected while one is selected are dimmed, so the selection reads without a new colour.
export const DIMMED_OPACITY = 0.3;
export const Y_AXIS_WIDTH = 36;
// Horizontal bar charts: room for place names on a 360 px phone.
export const CATEGORY_AXIS_WIDTH = 132;
export const HORIZONTAL_BAR_SIZE = 22;
export const HORIZONTAL_ROW_HEIGHT = 36;
// The shared chart model's, so the dashboard's markers are the embeds' size.
export const UNKNOWN_MARKER_RADIUS = MARKER_RADIUS;
