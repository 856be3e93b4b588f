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
  // The places named: every place, or the top ones when the API summed the rest (`others`).
  bars: PlaceBar[];
  // What the API summed beyond the places it was asked for (its `top`), and how many places that is; null when none.
  others: PlaceFigures | null;
  // Everything, the named places and the others: how many places, and what they add up to.
  places: number;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
}

export interface PlaceFigures {
  places: number;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
}

/**
 * The places of a counts answer, ranked. With `top`, the answer holds the top places and an `other` bucket summing
 * the rest, and `otherSeries` says how many places that bucket stands for.
 */
export function toByPlaceSeries(
  buckets: CountBucketLike[],
  dimension: PlaceDimension,
  otherSeries: number = 0,
): ByPlaceData {
  const all = toBars(buckets, dimension);
  const rest = all.find((bar) => bar.key === OTHERS_KEY);
  const bars = all
    .filter((bar) => bar.key !== OTHERS_KEY)
    .map((bar): PlaceBar => ({
      key: bar.key,
      label: bar.label,
      subpoenas: bar.subpoenas,
      batches: bar.batches,
      unknownCountBatches: bar.unknownCountBatches,
      inexactCountBatches: bar.inexactCountBatches,
      color: resolveColor(LIGHT_THEME, bar.color),
    }));
  const others: PlaceFigures | null = rest
    ? {
        places: otherSeries,
        subpoenas: rest.subpoenas,
        batches: rest.batches,
        unknownCountBatches: rest.unknownCountBatches,
        inexactCountBatches: rest.inexactCountBatches,
      }
    : null;
  const everything = others ? [...bars, others] : bars;
  return {
    dimension,
    bars,
    others,
    places: bars.length + (others?.places ?? 0),
    subpoenas: everything.reduce((sum, bar) => sum + bar.subpoenas, 0),
    batches: everything.reduce((sum, bar) => sum + bar.batches, 0),
    unknownCountBatches: everything.reduce((sum, bar) => sum + bar.unknownCountBatches, 0),
  };
}

/** The places the chart draws by name: as many as the embed of the same chart (the API's `top` for it). */
export const CHART_TOP_PLACES = topFor({ ...DEFAULT_VIEW, chart: "by-jurisdiction" }) ?? Number.POSITIVE_INFINITY;

export interface PlaceChartBar extends PlaceBar {
  // How many places this bar sums beyond the top ones; absent for a place of its own.
  folded?: number;
}

/**
 * What the chart draws (issue 12): the top places and, when there are more, one "Other places (K)" bar summing the
 * rest. The panel asks the API for just that (`top`); the table and the downloads still give every place.
 */
export function toChartBars(data: ByPlaceData): PlaceChartBar[] {
  if (!data.others) return data.bars;
  const noun = data.dimension === "state" ? "states" : "places";
  return [
    ...data.bars,
    {
      key: OTHERS_KEY,
      label: `Other ${noun} (${data.others.places})`,
      subpoenas: data.others.subpoenas,
      batches: data.others.batches,
      unknownCountBatches: data.others.unknownCountBatches,
      inexactCountBatches: data.others.inexactCountBatches,
      color: resolveColor(LIGHT_THEME, { kind: "other" }),
      folded: data.others.places,
    },
  ];
}

/** A place's figure in words; an unknown count is never read out as a zero. */
function placeWords(label: string, figures: Omit<PlaceFigures, "places">): string {
  const unknown = figures.unknownCountBatches > 0 ? ` plus ${figures.unknownCountBatches} of unreported size` : "";
  return figures.subpoenas === 0 && figures.unknownCountBatches > 0
    ? `${label} not reported`
    : `${label} ${figureWords(figures.subpoenas, figures.inexactCountBatches)}${unknown}`;
}

/**
 * The chart in words: how many places, which has the most, and each place drawn by name with its figure; the places
 * summed into "other" are counted and summed, not listed (at 1M that list was 3,000 places long).
 */
export function describeByPlace(data: ByPlaceData): string {
  if (data.bars.length === 0 && !data.others) return "No subpoenas match these filters.";
  const noun = data.dimension === "state" ? "states" : "jurisdictions";
  const listed = data.bars.map((bar) => placeWords(bar.label, bar));
  if (data.others) {
    const otherNoun = data.others.places === 1 ? noun.replace(/s$/, "") : noun;
    listed.push(placeWords(`${data.others.places} other ${otherNoun} together`, data.others));
  }
  const top = data.bars[0];
  if (!top) return `${data.subpoenas} subpoenas across ${data.places} ${noun}. ${listed.join("; ")}.`;
  const tied = data.bars.filter((bar) => bar.subpoenas === top.subpoenas);
  // When every place named ties, places summed into "other" may tie too: they are not named, but not denied either.
  const more = data.others && tied.length === data.bars.length ? " (and perhaps others)" : "";
  const lead =
    tied.length > 1
      ? `${tied.map((bar) => bar.label).join(", ")}${more} tie for the most, with ${top.subpoenas} each.`
      : `${top.label} has the most, with ${top.subpoenas}.`;
  return `${data.subpoenas} subpoenas across ${data.places} ${noun}. ${lead} ${listed.join("; ")}.`;
}
