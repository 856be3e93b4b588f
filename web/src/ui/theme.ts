// Colours and chart style numbers, named once so that every chart (and the embeds built on them) agrees.
import type { Outcome } from "@subpoena-tracker/domain";

// Okabe & Ito's palette: distinguishable with the common colour-vision deficiencies.
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

// Categorical series (jurisdictions, states) take these in order. Yellow comes last: it is the hardest to see on white.
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.reddishPurple,
  "#6E6E6E",
  OKABE_ITO.yellow,
];

// Everything past the palette is folded into one "other" series in this neutral grey.
export const OTHER_SERIES_COLOR = "#A3A3A3";

// One colour for a chart with a single series.
export const SINGLE_SERIES_COLOR = OKABE_ITO.blue;

// Outcomes keep the same colour everywhere. Greens for compliance, vermillion for refusal, blues for the courts,
// greys for "nothing known yet": the meaning reads before the legend does, and every pair stays apart for
// colour-blind readers because the hues also differ in lightness.
export const OUTCOME_COLORS: Record<Outcome, string> = {
  PENDING: "#8C8C8C",
  COMPLIED: OKABE_ITO.bluishGreen,
  PARTIALLY_COMPLIED: "#7FCDBB",
  DECLINED: OKABE_ITO.vermillion,
  NO_RESPONSE: OKABE_ITO.orange,
  IN_COURT: OKABE_ITO.blue,
  COURT_ORDERED: OKABE_ITO.skyBlue,
  COMPLIED_AFTER_ORDER: "#005A41",
  QUASHED: OKABE_ITO.reddishPurple,
  WITHDRAWN: OKABE_ITO.yellow,
  MIXED: "#4D4D4D",
};

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
export const Y_AXIS_WIDTH = 36;
// Horizontal bar charts: room for place names on a 360 px phone.
export const CATEGORY_AXIS_WIDTH = 132;
export const HORIZONTAL_BAR_SIZE = 22;
export const HORIZONTAL_ROW_HEIGHT = 36;
export const UNKNOWN_MARKER_RADIUS = 8;
