// Colours and type for the embeddable charts, in a light and a dark theme. The light palette is the dashboard's
// (web/src/ui/theme.ts): Okabe & Ito's colours, distinguishable with the common colour-vision deficiencies. The dark
// theme keeps every hue and lifts only the few colours that would sink into a dark background (below 3:1, the
// contrast WCAG asks of graphics). Text colours keep at least 4.5:1 against their background (tested).
import type { Outcome } from "@subpoena-tracker/domain";

export type ThemeName = "light" | "dark";
/** "auto" follows the reader's prefers-color-scheme. */
export type ThemeChoice = ThemeName | "auto";
export const THEME_CHOICES: readonly ThemeChoice[] = ["light", "dark", "auto"];

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

/** What a mark is coloured by; each theme resolves it to a colour. */
export type ColorRef =
  { kind: "series"; index: number } | { kind: "outcome"; outcome: Outcome } | { kind: "other" } | { kind: "single" };

export interface ChartTheme {
  name: ThemeName;
  fontFamily: string;
  background: string;
  textColor: string;
  mutedTextColor: string;
  linkColor: string;
  gridColor: string;
  axisColor: string;
  /** Drawn between stacked segments so that neighbouring colours never touch. */
  segmentStroke: string;
  seriesColors: readonly string[];
  otherColor: string;
  singleColor: string;
  outcomeColors: Record<Outcome, string>;
  /** The map: index 0 for a state without a batch, then one shade per class, fewest subpoenas first. */
  mapShades: readonly string[];
  /** The map's county and city circles. */
  mapSymbol: string;
  mapStroke: string;
}

// Inter is shipped in the repository (server/assets/fonts) for the server's PNGs; the browser uses Inter Variable from
// @fontsource, and the rest of the stack only if neither loaded.
export const FONT_FAMILY = "Inter, 'Inter Variable', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * Places (jurisdictions and states) are coloured from Paul Tol's "muted" palette, built to stay distinguishable with
 * the common colour-vision deficiencies, and disjoint from the outcome colours (Okabe & Ito's), so that no place ever
 * looks like an outcome. A place keeps its colour across filters: see placeColorIndices.
 */
export const TOL_MUTED: readonly string[] = [
  "#CC6677",
  "#332288",
  "#DDCC77",
  "#117733",
  "#88CCEE",
  "#882255",
  "#44AA99",
  "#999933",
  "#AA4499",
];

const DARK_PLACE_LIFTS: Readonly<Record<string, string>> = { "#332288": "#8F83E0", "#882255": "#D0689A" };

// FNV-1a: a small, stable hash, the same in every browser and on the server.
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Every place of the data set in a fixed order that filters do not change (the data set's jurisdictions by slug, or
 * the state codes): the whole list, or only the positions in it of the places a chart draws ({ slug: position }), which
 * colours them the same (an embed sends those few rather than thousands of slugs).
 */
export type PlaceOrder = readonly string[] | Readonly<Record<string, number>>;

function positionIn(order: PlaceOrder | undefined, key: string): number {
  if (!order) return -1;
  if (Array.isArray(order)) return (order as readonly string[]).indexOf(key);
  const positions = order as Readonly<Record<string, number>>;
  return Object.prototype.hasOwnProperty.call(positions, key) ? positions[key] : -1;
}

/** The positions in `order` of the given places: all placeColorIndices needs to colour them as `order` would. */
export function placePositions(keys: Iterable<string>, order: readonly string[]): Record<string, number> {
  const index = new Map(order.map((key, position) => [key, position]));
  const positions: Record<string, number> = {};
  for (const key of keys) {
    const position = index.get(key);
    if (position !== undefined) positions[key] = position;
  }
  return positions;
}

/**
 * The palette slot a place prefers: its position in `order` modulo the palette, so that neighbours in that order
 * never share a colour. A place missing from `order` falls back to a hash of its key.
 */
export function placeColorSlot(key: string, order?: PlaceOrder, paletteSize = TOL_MUTED.length): number {
  const position = positionIn(order, key);
  return (position >= 0 ? position : hashKey(key)) % paletteSize;
}

/**
 * Palette slots for the places drawn together. Each place takes the slot it prefers (placeColorSlot); only when two
 * places drawn together prefer the same one does the later (in `order`, never in the order of the bars, which
 * changes with the filter) take the next free slot.
 */
export function placeColorIndices(
  keys: readonly string[],
  order?: PlaceOrder,
  paletteSize = TOL_MUTED.length,
): Map<string, number> {
  const rank = (key: string): number => {
    const position = positionIn(order, key);
    return position >= 0 ? position : Number.MAX_SAFE_INTEGER;
  };
  const sorted = [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const taken = new Set<number>();
  const slots = new Map<string, number>();
  for (const key of sorted) {
    let slot = placeColorSlot(key, order, paletteSize);
    for (let step = 0; step < paletteSize && taken.has(slot); step += 1) slot = (slot + 1) % paletteSize;
    taken.add(slot);
    slots.set(key, slot);
  }
  return slots;
}

const LIGHT_OUTCOMES: Record<Outcome, string> = {
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

export const LIGHT_THEME: ChartTheme = {
  name: "light",
  fontFamily: FONT_FAMILY,
  background: "#FFFFFF",
  textColor: "#1A1A1A",
  mutedTextColor: "#545454",
  linkColor: "#005A8C",
  gridColor: "#E3E3E3",
  axisColor: "#8A8A8A",
  segmentStroke: "#FFFFFF",
  seriesColors: TOL_MUTED,
  otherColor: "#A3A3A3",
  singleColor: OKABE_ITO.blue,
  outcomeColors: LIGHT_OUTCOMES,
  // ColorBrewer's sequential Blues: one hue, lightness carries the amount.
  mapShades: ["#F2F2F2", "#C6DBEF", "#6BAED6", "#2171B5", "#08306B"],
  mapSymbol: "#1A1A1A",
  mapStroke: "#FFFFFF",
};

export const DARK_THEME: ChartTheme = {
  name: "dark",
  fontFamily: FONT_FAMILY,
  background: "#15181C",
  textColor: "#F2F2F2",
  mutedTextColor: "#B8BCC2",
  linkColor: "#8CCBF2",
  gridColor: "#30353C",
  axisColor: "#7D838B",
  segmentStroke: "#15181C",
  // Indigo and wine would sink into the dark background (below 3:1): lighter shades of the same hues.
  seriesColors: TOL_MUTED.map((color) => DARK_PLACE_LIFTS[color] ?? color),
  otherColor: "#6F757C",
  singleColor: OKABE_ITO.skyBlue,
  mapShades: ["#262B31", "#2D4F6E", "#3E7CB1", "#6BAED6", "#C6DBEF"],
  mapSymbol: "#F2F2F2",
  mapStroke: "#15181C",
  outcomeColors: {
    ...LIGHT_OUTCOMES,
    // The two colours that sink into the dark background. Lightness still orders the three greens, inverted.
    COMPLIED_AFTER_ORDER: "#CFF5E7",
    MIXED: "#C9C9C9",
  },
};

export const THEMES: Record<ThemeName, ChartTheme> = { light: LIGHT_THEME, dark: DARK_THEME };

export function resolveColor(theme: ChartTheme, ref: ColorRef): string {
  switch (ref.kind) {
    case "series":
      return theme.seriesColors[ref.index] ?? theme.otherColor;
    case "outcome":
      return theme.outcomeColors[ref.outcome];
    case "other":
      return theme.otherColor;
    case "single":
      return theme.singleColor;
  }
}

/** A class name per colour reference, so that an "auto" SVG can switch every mark to the dark theme in CSS. */
export function colorClass(ref: ColorRef): string {
  switch (ref.kind) {
    case "series":
      return `st-s${ref.index}`;
    case "outcome":
      return `st-o-${ref.outcome.toLowerCase()}`;
    case "other":
      return "st-other";
    case "single":
      return "st-single";
  }
}

// ---- Contrast (WCAG 2.x relative luminance) ----

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour as #RRGGBB, got "${hex}"`);
  const [r, g, b] = [match[1], match[2], match[3]].map((h) => channel(parseInt(h, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
