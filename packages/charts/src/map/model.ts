// The "Where" map: each state shaded by the subpoenas served in it (its own agencies and every place inside it), and
// each county or city that has a county FIPS code drawn as a symbol sized by its subpoenas. Built from count buckets
// grouped by JURISDICTION, so the map and its table add up to the same total as every other chart. Batches of
// unreported size are never shaded as zero: they are said in words and marked with the "?" ring.
import { compareText, formatNumber, placeName, stateName } from "@subpoena-tracker/domain";
import { niceTicks } from "../scale";
import { addFigures, type ChartId, type CountBucketLike, type PeriodRange, type Totals } from "../model";
import { toTotals } from "../series";

export interface MapStateShape {
  /** USPS code. */
  code: string;
  name: string;
  /** SVG path in the map's plane. */
  path: string;
  /** Where a marker for the state goes: the centroid of its largest polygon. */
  center: [number, number];
}

export interface MapGeography {
  width: number;
  height: number;
  states: MapStateShape[];
  /** Five-digit county FIPS code to its point in the map's plane. */
  countyCentroids: Record<string, [number, number]>;
}

export interface MapFigure {
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
}

export interface MapStateValue extends MapFigure {
  code: string;
  label: string;
  /** 0 for a state without a batch; 1..MAP_CLASSES by subpoenas. */
  shade: number;
}

export interface MapSymbol extends MapFigure {
  key: string;
  label: string;
  state: string | null;
  countyFips: string | null;
}

export interface MapModel {
  kind: "map";
  chart: ChartId;
  /** The time frame the numbers cover (spanOf), when the buckets were grouped by period too. */
  range: PeriodRange | null;
  states: MapStateValue[];
  /** Counties and cities, biggest first; those without a county FIPS code are listed but not drawn. */
  symbols: MapSymbol[];
  /**
   * Jurisdictions that are a whole state (batches filed under the state, served on its own agencies), biggest first:
   * in their state's shading and figures, and not drawn as circles, since no one point of a state stands for them.
   * With `symbols` they are every jurisdiction the API lists for the same filter.
   */
  statewide: MapSymbol[];
  /** Upper bounds of the shading classes: a state with up to breaks[i] subpoenas gets shade i + 1. */
  breaks: number[];
  /** The largest symbol's subpoenas: symbols are scaled by area against it. */
  symbolMax: number;
  totals: Totals;
  /**
   * Counties and cities left out of the buckets (CountsLike.omittedPlaces: a map's embed page draws its biggest places
   * first and the rest when they arrive): not in `symbols`, but in the states' figures and the totals.
   */
  omittedSymbols?: number;
}

/** Biggest first, then the larger number of batches of unreported size, then by name: the map's symbol order. */
export function compareSymbols(
  a: { subpoenas: number; unknownCountBatches: number; label: string },
  b: { subpoenas: number; unknownCountBatches: number; label: string },
): number {
  return b.subpoenas - a.subpoenas || b.unknownCountBatches - a.unknownCountBatches || compareText(a.label, b.label);
}

export const MAP_CLASSES = 4;

/** Count buckets grouped by JURISDICTION, with each jurisdiction's kind, state and county FIPS code. */
export type MapBucket = CountBucketLike;

function emptyFigure(): MapFigure {
  return { subpoenas: 0, batches: 0, unknownCountBatches: 0, inexactCountBatches: 0 };
}

export function toMapModel(buckets: readonly MapBucket[], total?: CountBucketLike, omittedSymbols = 0): MapModel {
  const states = new Map<string, MapFigure>();
  const symbols = new Map<string, MapSymbol>();
  const statewide = new Map<string, MapSymbol>();
  for (const bucket of buckets) {
    if (bucket.batches === 0 && bucket.subpoenas === 0) continue;
    const place = bucket.jurisdiction;
    const code = place?.state ?? bucket.state ?? null;
    if (code) {
      const figure = states.get(code) ?? emptyFigure();
      addFigures(figure, bucket);
      states.set(code, figure);
    }
    if (place) {
      // The API's GraphQL enum says STATE, its JSON twins "state".
      const list = place.kind?.toLowerCase() === "state" ? statewide : symbols;
      const symbol = list.get(place.slug) ?? {
        key: place.slug,
        label: placeName(place),
        state: place.state ?? null,
        countyFips: place.countyFips ?? null,
        ...emptyFigure(),
      };
      addFigures(symbol, bucket);
      list.set(place.slug, symbol);
    }
  }
  const stateMax = Math.max(0, ...[...states.values()].map((s) => s.subpoenas));
  const ticks = niceTicks(stateMax, MAP_CLASSES);
  const step = ticks[1] ?? 1;
  const breaks = Array.from({ length: MAP_CLASSES }, (_, i) => step * (i + 1));
  const shadeOf = (subpoenas: number): number =>
    subpoenas <= 0 ? 0 : Math.min(MAP_CLASSES, Math.max(1, Math.ceil(subpoenas / step)));
  const stateValues = [...states.entries()]
    .map(([code, figure]) => ({ code, label: stateName(code), shade: shadeOf(figure.subpoenas), ...figure }))
    .sort((a, b) => b.subpoenas - a.subpoenas || compareText(a.label, b.label));
  const symbolValues = [...symbols.values()].sort(compareSymbols);
  const sum = (pick: (b: CountBucketLike) => number) => buckets.reduce((acc, b) => acc + pick(b), 0);
  return {
    kind: "map",
    chart: "where",
    range: null,
    states: stateValues,
    symbols: symbolValues,
    statewide: [...statewide.values()].sort(compareSymbols),
    breaks,
    symbolMax: Math.max(0, ...symbolValues.map((s) => s.subpoenas)),
    totals: toTotals(
      total ?? {
        subpoenas: sum((b) => b.subpoenas),
        batches: sum((b) => b.batches),
        unknownCountBatches: sum((b) => b.unknownCountBatches),
        inexactCountBatches: sum((b) => b.inexactCountBatches ?? 0),
      },
    ),
    ...(omittedSymbols > 0 ? { omittedSymbols } : {}),
  };
}

export const MAP_LEAD = "Map of ICE subpoenas served by state, with counties and cities as circles";

/** "Bar chart…"'s counterpart for the map: what a screen reader is told, from the same model. */
export function describeMap(model: MapModel, lead = MAP_LEAD): string {
  if (model.totals.batches === 0) return `${lead}: no subpoenas match these filters.`;
  const figure = (f: MapFigure & { label: string }) =>
    f.subpoenas === 0 && f.unknownCountBatches > 0
      ? `${f.label} not reported`
      : `${f.label} ${f.inexactCountBatches > 0 ? "at least or about " : ""}${formatNumber(f.subpoenas)}`;
  const sentences = [
    `${lead}: ${formatNumber(model.totals.subpoenas)} in total; ${model.states.map(figure).join(", ")}.`,
  ];
  if (model.symbols.length > 0) sentences.push(`Counties and cities: ${model.symbols.map(figure).join(", ")}.`);
  if (model.statewide.length > 0) {
    sentences.push(`${STATEWIDE_LEAD}: ${model.statewide.map(figure).join(", ")}.`);
  }
  if (model.omittedSymbols) sentences.push(omittedSymbolsText(model.omittedSymbols));
  if (model.totals.unknownCountBatches > 0) {
    sentences.push(
      `Not counted: ${model.totals.unknownCountBatches} batch${model.totals.unknownCountBatches === 1 ? "" : "es"} whose number of subpoenas was not reported.`,
    );
  }
  return sentences.join(" ");
}

/** How the text alternative introduces the states' own jurisdictions, which have no circle. */
export const STATEWIDE_LEAD = "Served on state agencies, in their states' figures, without a circle";

/** The words a statewide jurisdiction's row goes by in a table of places: "Oregon, state agencies". */
export function statewideLabel(label: string): string {
  return `${label}, state agencies`;
}

/**
 * Whether a county or city has a point on the map. Without the map's shapes (sizing a map before they load), only a
 * missing county code is known to leave a place undrawn.
 */
function placed(symbol: MapSymbol, countyCentroids?: Record<string, [number, number]>): boolean {
  if (!symbol.countyFips) return false;
  return countyCentroids ? countyCentroids[symbol.countyFips] !== undefined : true;
}

/** The counties and cities listed but not drawn, for want of a point on the map (MapChart draws the others). */
export function unplacedSymbols(model: MapModel, countyCentroids?: Record<string, [number, number]>): number {
  return model.symbols.filter((symbol) => !placed(symbol, countyCentroids)).length;
}

/** Up to this many states are named in the line under the map; more are counted (the text alternative names all). */
const NAMED_STATEWIDE = 3;

/**
 * The lines under the map that say which of the API's jurisdictions have no circle, and why, so that a reader who
 * counts the circles, or holds the map against the counts by jurisdiction, is not misled: the states' own
 * jurisdictions are in their states' shading, and places without a point on the map are in the table only.
 */
export function mapNoteLines(model: MapModel, countyCentroids?: Record<string, [number, number]>): string[] {
  const lines: string[] = [];
  const statewide = model.statewide.length;
  if (statewide === 1) {
    lines.push(`${model.statewide[0].label}'s state agencies: in the state's shading, with no circle`);
  } else if (statewide > 1) {
    const labels = model.statewide.map((s) => s.label);
    const whose =
      statewide <= NAMED_STATEWIDE
        ? `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`
        : `${formatNumber(statewide)} states`;
    lines.push(`State agencies of ${whose}: in their states' shading, with no circle`);
  }
  const unplaced = unplacedSymbols(model, countyCentroids);
  if (unplaced > 0) {
    lines.push(
      `${formatNumber(unplaced)} ${unplaced === 1 ? "county or city has" : "counties and cities have"} no point on the map: listed in the table, not drawn`,
    );
  }
  return lines;
}

/** What a map drawn before all its places arrived says about the rest. */
export function omittedSymbolsText(count: number): string {
  return `${formatNumber(count)} smaller ${count === 1 ? "county or city is" : "counties and cities are"} still loading.`;
}

/** A symbol's radius: its area proportional to its subpoenas; one of unreported size only gets the smallest. */
export function symbolRadius(subpoenas: number, max: number, scale = 1): number {
  const MIN = 3.5;
  const MAX = 16;
  if (max <= 0 || subpoenas <= 0) return MIN * scale;
  return (MIN + (MAX - MIN) * Math.sqrt(subpoenas / max)) * scale;
}
