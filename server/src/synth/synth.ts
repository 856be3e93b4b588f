import fs from "node:fs";
import path from "node:path";
import {
  findOutcomeInputProblems,
  US_STATE_NAMES,
  type DatePrecision,
  type EventStatus,
  type OffenseCategory,
  type OutcomeEventInput,
} from "@subpoena-tracker/domain";
import interchangeFormat from "../import/interchange-format.json";
import { RESOURCE_BY_NAME, type ResourceName } from "../write/resources";
import { CsvSink } from "./csv-sink";
import { generatePlaces, type SynthAgency, type SynthJurisdiction } from "./places";
import { Random } from "./random";

export interface SynthOptions {
  batches: number;
  seed: number;
  /** First and last day batches are issued on (YYYY-MM-DD). The default spans 141 months, as the package. */
  from?: string;
  to?: string;
  onProgress?: (done: number, total: number) => void;
}

export type SynthReport = Record<ResourceName, number>;

const DAY_MS = 86_400_000;
const toDayNumber = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const atPrecision = (day: number, precision: DatePrecision): string => {
  const iso = isoOf(day);
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
};

const OFFENSES: readonly (readonly [OffenseCategory, number])[] = [
  ["drug", 20],
  ["assault", 16],
  ["domestic_violence", 12],
  ["dui", 10],
  ["sexual_offense", 8],
  ["burglary", 7],
  ["robbery", 6],
  ["weapons", 6],
  ["homicide", 3],
  ["immigration", 5],
  ["other", 7],
];
const PUBLISHERS = [
  "Synthetic Gazette",
  "Example Daily News",
  "Sample County Tribune",
  "Placeholder Public Radio",
  "Demo Wire Service",
];
const ROUNDUP_PUBLISHER = "Synthetic Subpoena Roundup";

/** A history step before it becomes an events.csv row. */
interface Step {
  day: number;
  status: EventStatus;
  agency: SynthAgency | null;
  affected: number | null;
  courtCase: string | null;
}

/**
 * Writes a synthetic data package in the interchange format, streaming every file: memory stays flat whatever the
 * number of batches. The same options give the same bytes. Every row passes the importer: events follow the
 * outcome rule (checked with the rule's own `findOutcomeInputProblems`), references point at rows written here.
 */
export async function synthesizePackage(folder: string, options: SynthOptions): Promise<SynthReport> {
  const random = new Random(options.seed);
  const n = options.batches;
  const firstDay = toDayNumber(options.from ?? "2015-01-01");
  const lastDay = toDayNumber(options.to ?? "2026-09-30");
  // Nothing happens after the last day plus the time a story needs to play out.
  const horizon = lastDay + 120;
  fs.mkdirSync(folder, { recursive: true });
  const sink = (name: ResourceName) =>
    new CsvSink(
      path.join(folder, RESOURCE_BY_NAME[name].file),
      RESOURCE_BY_NAME[name].fields.map((f) => f.name),
    );
  const files = {
    jurisdictions: sink("jurisdictions"),
    agencies: sink("agencies"),
    sources: sink("sources"),
    policies: sink("policies"),
    court_cases: sink("court_cases"),
    batches: sink("batches"),
    events: sink("events"),
  };

  const places = generatePlaces(n, random);
  for (const j of places.jurisdictions) {
    files.jurisdictions.write({ slug: j.slug, name: j.name, kind: j.kind, state: j.state, parent_slug: j.parentSlug });
    for (const a of j.agencies)
      files.agencies.write({ slug: a.slug, name: a.name, kind: a.kind, jurisdiction_slug: a.jurisdictionSlug });
  }
  for (const j of places.jurisdictions.filter((p) => p.kind === "state")) {
    const source = `${j.slug}-statute`;
    files.sources.write({
      id: source,
      url: `https://example.org/synthetic/statutes/${j.slug}`,
      publisher: `${j.name} Legislature`,
      title: `${j.name} sanctuary statute`,
      published_on: "2017",
      kind: "government",
      reliability: "primary",
    });
    files.policies.write({
      slug: `${j.slug}-sanctuary-law`,
      jurisdiction_slug: j.slug,
      name: `${j.name} Values Act`,
      enacted_on: "2017",
      effective_on: "2018-01-01",
      summary: "Limits cooperation with federal immigration enforcement.",
      source_ids: source,
    });
  }

  let newsSource = -1;
  const roundups = new Set<string>();
  let courtCases = 0;
  const sourceRow = (id: string, kind: string, publisher: string, title: string, published: string) =>
    files.sources.write({
      id: id,
      url: `https://example.org/synthetic/${id}`,
      publisher: publisher,
      title: title,
      published_on: published,
      kind: kind,
      reliability: kind === "aggregator" ? "aggregator" : "secondary",
    });

  for (let i = 0; i < n; i += 1) {
    // Issue days rise with i, so a month's batches sit together and their shared sources come out with them.
    const day = firstDay + Math.floor(((i + random.next()) * (lastDay - firstDay + 1)) / n);
    const precision = random.weighted<DatePrecision>([
      ["day", 80],
      ["month", 14],
      ["year", 6],
    ]);
    const issued = atPrecision(day, precision);
    const multi = random.chance(0.08);
    let place: SynthJurisdiction;
    let agencies: SynthAgency[];
    if (multi) {
      // Several agencies of one state served together, like the Oregon batch of the seed: filed under the state.
      const state = random.pick(places.recipients).state;
      place = places.jurisdictions.find((j) => j.kind === "state" && j.state === state)!;
      agencies = random.sample(places.agenciesByState.get(place.state)!, random.int(2, 4));
    } else {
      // Skewed: a few places receive most subpoenas.
      place = places.recipients[Math.floor(places.recipients.length * random.next() ** 2.5)];
      agencies = [random.pick(place.agencies)];
    }
    const countPrecision = random.weighted([
      ["exact", 85],
      ["at_least", 6],
      ["approximate", 4],
      ["unknown", 5],
    ] as const);
    const count = countPrecision === "unknown" ? null : 1 + Math.floor(-Math.log(1 - random.next()) * 2.5);
    const id = `${issued}-${place.slug}-${i.toString(36)}`;

    // Sources: a news story every few batches, a monthly roundup for some.
    if (i % 3 === 0) {
      newsSource += 1;
      sourceRow(
        `news-${newsSource}`,
        "news",
        random.pick(PUBLISHERS),
        `ICE subpoenas to local agencies, story ${newsSource}`,
        atPrecision(day, "day"),
      );
    }
    const sources = [`news-${newsSource}`];
    if (random.chance(0.3)) {
      const month = isoOf(day).slice(0, 7);
      const roundup = `roundup-${month}`;
      if (!roundups.has(roundup)) {
        roundups.add(roundup);
        sourceRow(roundup, "aggregator", ROUNDUP_PUBLISHER, `Subpoena roundup, ${month}`, month);
      }
      sources.push(roundup);
    }

    const offenses = [...new Set(Array.from({ length: random.int(0, 3) }, () => random.weighted(OFFENSES)))];
    const inCustody = count !== null && random.chance(0.2) ? random.int(0, count) : null;
    files.batches.write({
      id: id,
      issued_on: issued,
      jurisdiction_slug: place.slug,
      recipient_agency_slugs: agencies.map((a) => a.slug).join(";"),
      issuing_component: random.weighted([
        ["ERO", 85],
        ["HSI", 10],
        ["", 5],
      ] as const),
      subpoena_count: count,
      count_precision: countPrecision,
      offense_categories: offenses.join(";"),
      subjects_in_custody: inCustody,
      subjects_released: inCustody === null ? null : count! - inCustody,
      source_ids: sources.join(";"),
    });

    let steps = history(random, day, agencies, count, () => `case-${courtCases}`).filter((s) => s.day <= horizon);
    const asInput = (list: Step[]): OutcomeEventInput[] =>
      list.map((s) => ({
        date: isoOf(s.day),
        status: s.status,
        agencySlug: s.agency?.slug ?? null,
        subpoenasAffected: s.affected,
        courtCaseSlug: s.courtCase,
      }));
    const input = { subpoenaCount: count, recipientAgencySlugs: agencies.map((a) => a.slug) };
    if (findOutcomeInputProblems({ ...input, events: asInput(steps) }).length > 0) steps = [];
    files.events.write({ batch_id: id, date: issued, status: "issued", source_ids: sources[0] });
    const caseUsed = steps.some((s) => s.courtCase !== null);
    if (caseUsed) {
      const slug = `case-${courtCases}`;
      const petition = steps.find((s) => s.courtCase !== null)!;
      const ordered = steps.find((s) => s.status === "court_ordered_compliance");
      const quashed = steps.find((s) => s.status === "quashed");
      const decided = ordered ?? quashed;
      const record = `court-record-${courtCases}`;
      sourceRow(
        record,
        "court_record",
        `U.S. District Court for the District of ${US_STATE_NAMES[place.state]}`,
        `Docket of ${slug}`,
        isoOf(petition.day),
      );
      files.court_cases.write({
        slug: slug,
        court: `U.S. District Court for the District of ${US_STATE_NAMES[place.state]}`,
        case_number: `${isoOf(petition.day).slice(2, 4)}-mc-${String(courtCases % 100000).padStart(5, "0")}`,
        caption: `Petition to enforce ICE subpoenas to ${petition.agency?.name ?? agencies[0].name}`,
        filed_on: isoOf(petition.day),
        outcome: ordered ? "enforced" : quashed ? "quashed" : "pending",
        decided_on: decided ? isoOf(decided.day) : null,
        source_ids: record,
      });
      courtCases += 1;
    }
    for (const s of steps) {
      // Some sources give only the month or the year of a step.
      const p = random.weighted<DatePrecision>([
        ["day", 88],
        ["month", 9],
        ["year", 3],
      ]);
      files.events.write({
        batch_id: id,
        date: atPrecision(s.day, p),
        status: s.status,
        agency_slug: s.agency?.slug ?? null,
        subpoenas_affected: s.affected,
        court_case_slug: s.courtCase,
        source_ids: s.courtCase ? `court-record-${courtCases - 1}` : sources[0],
      });
    }

    if (Object.values(files).some((f) => f.full)) await Promise.all(Object.values(files).map((f) => f.drain()));
    if ((i + 1) % 10_000 === 0 || i + 1 === n) options.onProgress?.(i + 1, n);
  }

  await Promise.all(Object.values(files).map((f) => f.close()));
  writeDescriptor(folder, options);
  return Object.fromEntries(Object.entries(files).map(([name, f]) => [name, f.rows])) as SynthReport;
}

/**
 * What happened after a batch was issued, as a real record tends to read: most batches get one answer, some go to
 * court, multi-agency batches get an answer per agency. The outcome rule is checked by the caller.
 */
function history(
  random: Random,
  issuedDay: number,
  agencies: SynthAgency[],
  count: number | null,
  courtCase: () => string,
): Step[] {
  const steps: Step[] = [];
  let day = issuedDay;
  const later = (min: number, max: number) => (day += random.int(min, max));
  if (agencies.length > 1) {
    for (const agency of agencies) {
      if (random.chance(0.35)) continue;
      const status = random.weighted<EventStatus>([
        ["declined", 55],
        ["complied", 30],
        ["no_response", 15],
      ]);
      steps.push({ day: issuedDay + random.int(3, 60), status, agency, affected: null, courtCase: null });
    }
    return steps.sort((a, b) => a.day - b.day);
  }
  const [agency] = agencies;
  if (random.chance(0.6)) steps.push({ day: later(1, 5), status: "served", agency, affected: null, courtCase: null });
  const answer = random.weighted<EventStatus | "none">([
    ["none", 22],
    ["under_review", 8],
    ["complied", 22],
    ["partially_complied", 5],
    ["declined", 28],
    ["no_response", 10],
    ["withdrawn", 5],
  ]);
  if (answer === "none") return steps;
  steps.push({
    day: later(3, 40),
    status: answer,
    agency: random.chance(0.7) ? agency : null,
    affected: null,
    courtCase: null,
  });
  if ((answer === "declined" || answer === "no_response") && random.chance(0.3)) {
    // A petition about some of the subpoenas; when the batch's size is unknown, the petition is the only figure.
    const affected = count === null ? random.int(1, 3) : random.chance(0.5) ? count : random.int(1, count);
    const slug = courtCase();
    steps.push({ day: later(10, 90), status: "enforcement_petition_filed", agency, affected, courtCase: slug });
    const decision = random.weighted<EventStatus | "none">([
      ["court_ordered_compliance", 55],
      ["quashed", 15],
      ["none", 30],
    ]);
    if (decision === "none") return steps;
    steps.push({ day: later(30, 200), status: decision, agency, affected, courtCase: slug });
    if (decision === "court_ordered_compliance" && random.chance(0.5)) {
      steps.push({ day: later(5, 60), status: "complied_after_order", agency, affected, courtCase: slug });
    }
  }
  return steps;
}

function writeDescriptor(folder: string, options: SynthOptions): void {
  const descriptor = {
    ...interchangeFormat,
    name: `synthetic-${options.batches}-seed-${options.seed}`,
    title: `SYNTHETIC test data: ${options.batches} made-up batches (seed ${options.seed})`,
    description:
      "Generated by `pnpm data:synth` for load and correctness tests. Every place, agency, source, court case and figure is made up; none of it describes real subpoenas.",
  };
  fs.writeFileSync(path.join(folder, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
}
