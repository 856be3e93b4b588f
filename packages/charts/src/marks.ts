// The rules every renderer of a chart shares, whatever draws it (the dashboard's SVG, the embed's SVG, the
// server's PNG): how a figure is written, which ticks a value axis gets, how big the markers are and which colour a
// place keeps. Renderers take these from here instead of restating them.
import { formatNumber, pluralize } from "@subpoena-tracker/domain";
import { LAYOUT } from "./components/layout";
import { niceTicks } from "./scale";

/**
 * Marks a figure that includes counts given as "at least N" or "about N". The counts service reports how many such
 * batches a figure holds, not which kind, so one mark stands for both and the note under the chart says so.
 */
export const INEXACT_MARK = "*";

export const INEXACT_NOTE = `${INEXACT_MARK} includes counts reported as “at least” or “about” a number`;

/** A figure as drawn on a chart: "4", or "4*" when it holds an "at least 4" or an "about 4". */
export function figureText(value: number, inexactCountBatches: number): string {
  return `${formatNumber(value)}${inexactCountBatches > 0 ? INEXACT_MARK : ""}`;
}

/** A figure as said in words (text alternatives, tooltips): "at least or about 4" when it is not exact. */
export function figureWords(value: number, inexactCountBatches: number): string {
  const digits = formatNumber(value);
  return inexactCountBatches > 0 ? `at least or about ${digits}` : digits;
}

/** "4 subpoenas", "at least or about 4 subpoenas". */
export function subpoenasWords(value: number, inexactCountBatches: number): string {
  const counted = pluralize(value, "subpoena");
  return inexactCountBatches > 0 ? `at least or about ${counted}` : counted;
}

// Below these lengths (at scale 1) a value axis gets three ticks instead of five, so that labels never crowd.
const SHORT_COLUMN_AXIS = 140;
const SHORT_BAR_AXIS = 260;

/** The value axis's ticks, from zero: the same rule for the dashboard and the images. */
export function valueTicks(max: number, axisLength: number, orientation: "columns" | "bars", scale = 1): number[] {
  const short = orientation === "columns" ? SHORT_COLUMN_AXIS : SHORT_BAR_AXIS;
  return niceTicks(Math.max(0, max), axisLength < short * scale ? 3 : 5);
}

/** The radius of the marker for batches of unreported size, at scale 1. */
export const MARKER_RADIUS = LAYOUT.markerRadius;
