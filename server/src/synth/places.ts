import { US_STATE_NAMES, type AgencyKind, type JurisdictionKind } from "@subpoena-tracker/domain";
import type { Random } from "./random";

export interface SynthJurisdiction {
  slug: string;
  name: string;
  kind: JurisdictionKind;
  state: string;
  parentSlug: string | null;
  agencies: SynthAgency[];
}

export interface SynthAgency {
  slug: string;
  name: string;
  kind: AgencyKind;
  jurisdictionSlug: string;
}

export interface Places {
  /** States first, then counties, then cities: parents always come before their children. */
  jurisdictions: SynthJurisdiction[];
  /** Places that receive subpoenas directly, in a fixed shuffled order: early ones receive the most. */
  recipients: SynthJurisdiction[];
  /** Every agency of each state's places, for batches served on several agencies of one state at once. */
  agenciesByState: Map<string, SynthAgency[]>;
}

const PREFIXES = [
  "Oak",
  "Cedar",
  "Pine",
  "River",
  "Lake",
  "Fair",
  "Green",
  "Spring",
  "Clear",
  "Mill",
  "Ash",
  "Elm",
  "Harbor",
  "Wood",
  "Stone",
  "Bridge",
  "Glen",
  "Red",
  "White",
  "Black",
  "North",
  "South",
  "East",
  "West",
  "Maple",
  "Willow",
  "Silver",
  "Rock",
  "Sand",
  "Bay",
  "Hill",
  "Brook",
];
const SUFFIXES = [
  "field",
  "ton",
  "ville",
  "wood",
  "dale",
  "port",
  "burg",
  "ford",
  "view",
  "haven",
  "land",
  "mont",
  "ridge",
  "water",
  "crest",
  "side",
];

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * About 3·√batches places (3,000 at a million), in a state → county → city hierarchy, each with the agencies that
 * receive subpoenas there. Names are made up from word parts; a few repeat across states, as real ones do.
 */
export function generatePlaces(batches: number, random: Random): Places {
  const total = Math.max(12, Math.round(3 * Math.sqrt(batches)));
  const stateCodes = Object.keys(US_STATE_NAMES).sort();
  const stateCount = Math.min(stateCodes.length, Math.max(3, Math.round(total / 60)));
  const taken = new Set<string>();
  const uniqueSlug = (base: string): string => {
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
  const agency = (j: SynthJurisdiction, suffix: string, name: string, kind: AgencyKind): SynthAgency => ({
    slug: `${j.slug}-${suffix}`,
    name,
    kind,
    jurisdictionSlug: j.slug,
  });

  const states = random.sample(stateCodes, stateCount).map((code): SynthJurisdiction => {
    const name = US_STATE_NAMES[code];
    const j: SynthJurisdiction = {
      slug: uniqueSlug(slugify(name)),
      name,
      kind: "state",
      state: code,
      parentSlug: null,
      agencies: [],
    };
    j.agencies = [
      agency(j, "state-police", `${name} State Police`, "state_police"),
      agency(j, "corrections", `${name} Department of Corrections`, "corrections"),
      agency(j, "courts", `${name} Judicial Branch`, "court"),
    ];
    return j;
  });
  const counties: SynthJurisdiction[] = [];
  const cities: SynthJurisdiction[] = [];
  const placeName = () => `${random.pick(PREFIXES)}${random.pick(SUFFIXES)}`;
  const remaining = total - states.length;
  for (let i = 0; i < remaining; i += 1) {
    const r = random.next();
    if (r < 0.55 || counties.length === 0) {
      const state = random.pick(states);
      const name = `${placeName()} County`;
      const j: SynthJurisdiction = {
        slug: uniqueSlug(`${slugify(name)}-${state.state.toLowerCase()}`),
        name,
        kind: "county",
        state: state.state,
        parentSlug: state.slug,
        agencies: [],
      };
      j.agencies = [
        agency(j, "sheriff", `${name} Sheriff's Office`, "sheriff"),
        ...(random.chance(0.3) ? [agency(j, "jail", `${name} Jail`, "corrections")] : []),
      ];
      counties.push(j);
    } else {
      const cityCounty = r > 0.96;
      const parent = cityCounty ? random.pick(states) : random.pick(counties);
      const name = placeName();
      const j: SynthJurisdiction = {
        slug: uniqueSlug(`${slugify(name)}-${parent.state.toLowerCase()}`),
        name,
        kind: cityCounty ? "city_county" : "city",
        state: parent.state,
        parentSlug: parent.slug,
        agencies: [],
      };
      j.agencies = [
        agency(j, "police", `${name} Police Department`, "police"),
        ...(cityCounty ? [agency(j, "sheriff", `${name} Sheriff Department`, "sheriff")] : []),
      ];
      cities.push(j);
    }
  }
  const jurisdictions = [...states, ...counties, ...cities];
  // A fixed shuffle, so that the places receiving the most subpoenas are spread over states and kinds.
  const recipients = [...jurisdictions];
  for (let i = recipients.length - 1; i > 0; i -= 1) {
    const k = Math.floor(random.next() * (i + 1));
    [recipients[i], recipients[k]] = [recipients[k], recipients[i]];
  }
  const agenciesByState = new Map<string, SynthAgency[]>();
  for (const j of jurisdictions) {
    const list = agenciesByState.get(j.state) ?? [];
    list.push(...j.agencies);
    agenciesByState.set(j.state, list);
  }
  return { jurisdictions, recipients, agenciesByState };
}
