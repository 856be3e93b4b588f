// What the server hands the embed page (inlined in the HTML, or from /embed/<chart>.json): the counts and their context,
// from which the page builds the same chart document the server's images are built from.
import { placeName, type Outcome } from "@subpoena-tracker/domain";
import { compareSymbols } from "./map/model";
import {
  addFigures,
  type ChartContext,
  type ChartId,
  type ChartView,
  type CountBucketLike,
  type CountsLike,
} from "./model";
import type { ThemeChoice } from "./theme";

export interface EmbedLinks {
  /** The dashboard view the chart comes from, with the same filters. */
  dashboard: string;
  /** The chart's numbers as CSV (the API's twin, with the chart's grouping). */
  csv: string;
  svg: string;
  png: string;
  /** This embed page. */
  page: string;
}

export interface EmbedPayload {
  chart: ChartId;
  view: ChartView;
  theme: ThemeChoice;
  showTitle: boolean;
  counts: CountsLike;
  context: ChartContext;
  dataset: { version: number; updatedAt: string };
  links: EmbedLinks;
}

/** Where the server inlines the payload in the embed page. */
export const EMBED_PAYLOAD_ELEMENT_ID = "embed-payload";

/**
 * A bucket as the embed page carries it inline: [period, place, state, outcome, subpoenas, batches,
 * unknownCountBatches, inexactCountBatches, other?], the first four as indices into PackedCounts' lists (each period,
 * place, state and outcome is written once, not once per bucket), null where the bucket has none.
 */
export type PackedBucket = [
  period: number | null,
  place: number | null,
  state: number | null,
  outcome: number | null,
  subpoenas: number,
  batches: number,
  unknownCountBatches: number,
  inexactCountBatches: number,
  other?: 1,
];

/** A place written once: [slug, name, kind, state, countyFips]. */
export type PackedPlace = [
  slug: string,
  name: string,
  kind: string | null,
  state: string | null,
  countyFips: string | null,
];

/** CountsLike in the page's compact form: the same numbers in about a sixth of the bytes (packCounts, unpackCounts). */
export interface PackedCounts extends Omit<CountsLike, "buckets"> {
  periods: string[];
  places: PackedPlace[];
  states: string[];
  outcomes: Outcome[];
  buckets: PackedBucket[];
}

/**
 * What the server inlines in the embed page: the payload with its counts packed. A map of more places than a page
 * carries (MAP_INLINE_PLACES) is sent its biggest places and, per state, the rest summed, so that every state is
 * shaded as in the full chart; the rest (packed.omittedPlaces) come after the first paint, from the chart's JSON.
 */
export interface InlinePayload extends Omit<EmbedPayload, "counts"> {
  packed: PackedCounts;
}

/** Each distinct value once, in the order first met: index(value) is its position in values. */
class Dictionary<T> {
  readonly values: T[] = [];
  private readonly positions = new Map<string, number>();

  index(key: string, value: T): number {
    let position = this.positions.get(key);
    if (position === undefined) {
      position = this.values.push(value) - 1;
      this.positions.set(key, position);
    }
    return position;
  }
}

export function packCounts({ buckets, ...rest }: CountsLike): PackedCounts {
  const periods = new Dictionary<string>();
  const places = new Dictionary<PackedPlace>();
  const states = new Dictionary<string>();
  const outcomes = new Dictionary<Outcome>();
  const packed = buckets.map((b): PackedBucket => {
    const place = b.jurisdiction;
    const row: PackedBucket = [
      b.period ? periods.index(b.period, b.period) : null,
      place
        ? places.index(place.slug, [
            place.slug,
            place.name,
            place.kind ?? null,
            place.state ?? null,
            place.countyFips ?? null,
          ])
        : null,
      b.state ? states.index(b.state, b.state) : null,
      b.outcome ? outcomes.index(b.outcome, b.outcome) : null,
      b.subpoenas,
      b.batches,
      b.unknownCountBatches,
      b.inexactCountBatches ?? 0,
    ];
    if (b.other) row.push(1);
    return row;
  });
  return {
    ...rest,
    periods: periods.values,
    places: places.values,
    states: states.values,
    outcomes: outcomes.values,
    buckets: packed,
  };
}

export function unpackCounts({ periods, places, states, outcomes, buckets, ...rest }: PackedCounts): CountsLike {
  const jurisdictions = places.map(([slug, name, kind, state, countyFips]) => ({
    slug,
    name,
    kind,
    state,
    countyFips,
  }));
  return {
    ...rest,
    buckets: buckets.map(([period, place, state, outcome, subpoenas, batches, unknown, inexact, other]) => ({
      period: period === null ? null : periods[period],
      jurisdiction: place === null ? null : jurisdictions[place],
      state: state === null ? null : states[state],
      outcome: outcome === null ? null : outcomes[outcome],
      subpoenas,
      batches,
      unknownCountBatches: unknown,
      inexactCountBatches: inexact,
      ...(other ? { other: true } : {}),
    })),
  };
}

/** The most places a map's page carries inline; the rest follow from its JSON (InlinePayload.omittedPlaces). */
export const MAP_INLINE_PLACES = 200;

/**
 * The payload as the page inlines it: counts packed, and a map of many places cut to its biggest ones (the order its
 * symbols and table list them in) plus one bucket per state for the rest, which shade each state as all of them do.
 */
export function inlinePayload({ counts, ...rest }: EmbedPayload, maxPlaces = MAP_INLINE_PLACES): InlinePayload {
  if (rest.chart !== "where") return { ...rest, packed: packCounts(counts) };
  // The places toMapModel draws as symbols.
  const isPlace = (b: CountBucketLike) =>
    b.jurisdiction != null && b.jurisdiction.kind !== "state" && (b.batches > 0 || b.subpoenas > 0);
  const places = counts.buckets.filter(isPlace);
  if (places.length <= maxPlaces) return { ...rest, packed: packCounts(counts) };
  const ranked = places
    .map((bucket) => ({ bucket, label: placeName(bucket.jurisdiction!), ...bucket }))
    .sort(compareSymbols)
    .map(({ bucket }) => bucket);
  const kept = new Set(ranked.slice(0, maxPlaces));
  const others = new Map<string | null, CountBucketLike>();
  for (const bucket of ranked.slice(maxPlaces)) {
    const state = bucket.jurisdiction?.state ?? null;
    const sum = others.get(state) ?? {
      period: null,
      jurisdiction: null,
      state,
      outcome: null,
      subpoenas: 0,
      batches: 0,
      unknownCountBatches: 0,
      inexactCountBatches: 0,
    };
    addFigures(sum, bucket);
    others.set(state, sum);
  }
  const buckets = [...counts.buckets.filter((b) => !isPlace(b) || kept.has(b)), ...others.values()];
  return { ...rest, packed: packCounts({ ...counts, buckets, omittedPlaces: places.length - maxPlaces }) };
}

/** The payload the page draws from what the server inlined (inlinePayload's inverse, less the map's left-out places). */
export function unpackInlinePayload({ packed, ...rest }: InlinePayload): EmbedPayload {
  return { ...rest, counts: unpackCounts(packed) };
}
