// What the dashboard's map draws, in the shape the map embed's page carries (payload.ts, inlinePayload): its biggest
// places as they are, and for each state the rest of its figures as one bucket, so that every state is shaded as the
// full breakdown shades it. The API gives the biggest places (`top`) and every state's figures (grouped by STATE, the
// state of each batch's jurisdiction); a state's rest is its figures less its places drawn. At 1M batches this is
// about 60 KB of JSON, where every place (about 3,000) was 745 KB.
import { addFigures, MAP_INLINE_PLACES, type CountBucketLike } from "@subpoena-tracker/charts";
import { formatNumber } from "@subpoena-tracker/domain";

/** As many places as the map embed's page draws before the rest arrive. */
export const MAP_TOP_PLACES = MAP_INLINE_PLACES;

export interface MapAnswer {
  buckets: CountBucketLike[];
  /** Jurisdictions given as they are (the biggest). */
  drawnPlaces: number;
  /** Jurisdictions summed into their states' rest, not drawn as their own circles. */
  summedPlaces: number;
}

/**
 * The map's buckets from the `top` places (their `other` bucket left out: it is summed per state instead) and every
 * state's figures. A state's rest is kept only when it holds batches; the figures add up to the states' own.
 */
export function toMapBuckets(
  places: { buckets: readonly CountBucketLike[]; otherSeries: number },
  states: readonly CountBucketLike[],
): MapAnswer {
  const drawn = places.buckets.filter((b) => !b.other && b.jurisdiction);
  const drawnByState = new Map<string | null, CountBucketLike>();
  for (const bucket of drawn) {
    const code = bucket.jurisdiction?.state ?? null;
    const sum = drawnByState.get(code) ?? { subpoenas: 0, batches: 0, unknownCountBatches: 0, inexactCountBatches: 0 };
    addFigures(sum, bucket);
    drawnByState.set(code, sum);
  }
  const rests: CountBucketLike[] = [];
  if (places.otherSeries > 0) {
    for (const state of states) {
      const code = state.state ?? null;
      const shown = drawnByState.get(code);
      const rest: CountBucketLike = {
        jurisdiction: null,
        state: code,
        subpoenas: state.subpoenas - (shown?.subpoenas ?? 0),
        batches: state.batches - (shown?.batches ?? 0),
        unknownCountBatches: state.unknownCountBatches - (shown?.unknownCountBatches ?? 0),
        inexactCountBatches: (state.inexactCountBatches ?? 0) - (shown?.inexactCountBatches ?? 0),
      };
      if (rest.batches > 0) rests.push(rest);
    }
  }
  return { buckets: [...drawn, ...rests], drawnPlaces: drawn.length, summedPlaces: places.otherSeries };
}

/** What the map says about the places it sums into their states. */
export function summedPlacesText(count: number, drawn: number): string {
  const others =
    count === 1 ? "other is counted in its state's" : `other ${formatNumber(count)} are counted in their states'`;
  return `The map shows the ${formatNumber(drawn)} jurisdictions with the most subpoenas on their own; the ${others} shading and figures, and the table lists every one.`;
}
