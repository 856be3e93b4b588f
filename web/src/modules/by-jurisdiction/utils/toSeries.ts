// Count buckets grouped by jurisdiction (or by state) as ranked bars, from the shared rules (toBars in
// @subpoena-tracker/charts): biggest first, what could not be attributed last, every place that has a batch listed
// even when its count was not reported (drawn with a marker, never as a zero-length bar that reads as "none").
import {
  DEFAULT_VIEW,
  LIGHT_THEME,
  OTHERS_KEY,
  figureWords,
  resolveColor,
  toBars,
  topFor,
  type CountBucketLike,
} from "@subpoena-tracker/charts";

export type PlaceDimension = "jurisdiction" | "state";

export interface PlaceBar {
  key: string;
  label: string;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
  color: string;
}

export interface ByPlaceData {
  dimension: PlaceDimension;
  bars: PlaceBar[];
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
}

export function toByPlaceSeries(buckets: CountBucketLike[], dimension: PlaceDimension): ByPlaceData {
  const bars = toBars(buckets, dimension).map((bar): PlaceBar => ({
    key: bar.key,
    label: bar.label,
    subpoenas: bar.subpoenas,
    batches: bar.batches,
    unknownCountBatches: bar.unknownCountBatches,
    inexactCountBatches: bar.inexactCountBatches,
    color: resolveColor(LIGHT_THEME, bar.color),
  }));
  return {
    dimension,
    bars,
    subpoenas: bars.reduce((sum, bar) => sum + bar.subpoenas, 0),
    batches: bars.reduce((sum, bar) => sum + bar.batches, 0),
    unknownCountBatches: bars.reduce((sum, bar) => sum + bar.unknownCountBatches, 0),
  };
}

/** The places the chart draws by name: as many as the embed of the same chart (the API's `top` for it). */
export const CHART_TOP_PLACES = topFor({ ...DEFAULT_VIEW, chart: "by-jurisdiction" }) ?? Number.POSITIVE_INFINITY;

export interface PlaceChartBar extends PlaceBar {
  // The places summed into this bar beyond the top ones; absent for a place of its own.
  folded?: string[];
}

/**
 * What the chart draws (issue 12): the top places and, when there are more, one "Other places (K)" bar summing the
 * rest, as the embed draws the API's `top` answer. At 3,000 places every bar made a chart 200,000 px tall; the table
 * and the downloads still give every place.
 */
export function toChartBars(data: ByPlaceData, top: number = CHART_TOP_PLACES): PlaceChartBar[] {
  if (data.bars.length <= top) return data.bars;
  const rest = data.bars.slice(top);
  const sum = (field: "subpoenas" | "batches" | "unknownCountBatches" | "inexactCountBatches"): number =>
    rest.reduce((total, bar) => total + bar[field], 0);
  const noun = data.dimension === "state" ? "states" : "places";
  return [
    ...data.bars.slice(0, top),
    {
      key: OTHERS_KEY,
      label: `Other ${noun} (${rest.length})`,
      subpoenas: sum("subpoenas"),
      batches: sum("batches"),
      unknownCountBatches: sum("unknownCountBatches"),
      inexactCountBatches: sum("inexactCountBatches"),
      color: resolveColor(LIGHT_THEME, { kind: "other" }),
      folded: rest.map((bar) => bar.key),
    },
  ];
}

export function describeByPlace(data: ByPlaceData): string {
  if (data.bars.length === 0) return "No subpoenas match these filters.";
  const noun = data.dimension === "state" ? "states" : "jurisdictions";
  const listed = data.bars
    .map((bar) => {
      const unknown = bar.unknownCountBatches > 0 ? ` plus ${bar.unknownCountBatches} of unreported size` : "";
      return bar.subpoenas === 0 && bar.unknownCountBatches > 0
        ? `${bar.label} not reported`
        : `${bar.label} ${figureWords(bar.subpoenas, bar.inexactCountBatches)}${unknown}`;
    })
    .join("; ");
  const top = data.bars[0];
  const tied = data.bars.filter((bar) => bar.subpoenas === top.subpoenas);
  const lead =
    tied.length > 1
      ? `${tied.map((bar) => bar.label).join(", ")} tie for the most, with ${top.subpoenas} each.`
      : `${top.label} has the most, with ${top.subpoenas}.`;
  return `${data.subpoenas} subpoenas across ${data.bars.length} ${noun}. ${lead} ${listed}.`;
}
