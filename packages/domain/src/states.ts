// Two-letter codes as the data package stores them, to names readers know, for the dashboard and the embeds alike.
// Complete, so a new state in the data never shows up as a bare code.
export const US_STATE_NAMES: Readonly<Record<string, string>> = {
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  DC: "District of Columbia",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  PR: "Puerto Rico",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
};

export function stateName(code: string): string {
  return US_STATE_NAMES[code.toUpperCase()] ?? code;
}

/** Every code the data may use, in alphabetical order. */
export const US_STATE_CODES: readonly string[] = Object.keys(US_STATE_NAMES).sort();

/** Whether a code (any case) is a U.S. state, D.C. or Puerto Rico. */
export function isUsStateCode(code: string): boolean {
  return Object.hasOwn(US_STATE_NAMES, code.toUpperCase());
}

/** Why a state code was refused, naming every valid one: a typo must never read as "no subpoenas there". */
export function unknownStateMessage(code: string): string {
  return `"${code}" is not a U.S. state code. Use a two-letter USPS code: ${US_STATE_CODES.join(", ")}.`;
}

/** A jurisdiction as far as its name goes: what the counts and the charts carry. */
export interface PlaceNameParts {
  name: string;
  kind?: string | null;
  state?: string | null;
}

// County names repeat across states (Washington County is in thirty of them), so a county alone is ambiguous; a
// state is not, and the cities and city-counties in the data are known by their own name.
const AMBIGUOUS_ALONE = /\b(County|Parish|Borough)$/;

/**
 * The name a place is shown by wherever it stands alone (a chart's label or legend, a table, a text alternative):
 * "Washington County, OR", but "Oregon" and "Denver".
 */
export function placeName(place: PlaceNameParts): string {
  const ambiguous = place.kind === "county" || AMBIGUOUS_ALONE.test(place.name);
  if (!ambiguous || place.kind === "state" || !place.state) return place.name;
  const code = place.state.toUpperCase();
  return place.name.endsWith(`, ${code}`) ? place.name : `${place.name}, ${code}`;
}
