// Census FIPS codes of the states, by USPS code: the ids the map's geometry (us-atlas) uses, and the first two digits
// of every county FIPS code in that state, which lets the importer check that a county code lies in its state.
export const US_STATE_FIPS: Readonly<Record<string, string>> = {
  AL: "01",
  AK: "02",
  AZ: "04",
  AR: "05",
  CA: "06",
  CO: "08",
  CT: "09",
  DE: "10",
  DC: "11",
  FL: "12",
  GA: "13",
  HI: "15",
  ID: "16",
  IL: "17",
  IN: "18",
  IA: "19",
  KS: "20",
  KY: "21",
  LA: "22",
  ME: "23",
  MD: "24",
  MA: "25",
  MI: "26",
  MN: "27",
  MS: "28",
  MO: "29",
  MT: "30",
  NE: "31",
  NV: "32",
  NH: "33",
  NJ: "34",
  NM: "35",
  NY: "36",
  NC: "37",
  ND: "38",
  OH: "39",
  OK: "40",
  OR: "41",
  PA: "42",
  RI: "44",
  SC: "45",
  SD: "46",
  TN: "47",
  TX: "48",
  UT: "49",
  VT: "50",
  VA: "51",
  WA: "53",
  WV: "54",
  WI: "55",
  WY: "56",
  PR: "72",
};

export const COUNTY_FIPS_PATTERN = /^\d{5}$/;

/**
 * Why a county FIPS code cannot stand for a jurisdiction, or null when it can: five digits, on a county, city-county
 * or city (a state is placed by its own code), and inside the jurisdiction's state.
 */
export function countyFipsProblem(fips: string, kind: string, state: string | null): string | null {
  if (!COUNTY_FIPS_PATTERN.test(fips)) return `"${fips}" is not a five-digit county FIPS code such as 41065`;
  if (kind === "state") return "a state is placed by its state code: leave county_fips empty";
  const stateFips = state ? US_STATE_FIPS[state] : undefined;
  if (stateFips && !fips.startsWith(stateFips)) {
    return `"${fips}" is not a county of ${state}: its counties' codes start with ${stateFips}`;
  }
  return null;
}
