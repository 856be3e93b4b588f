import type { DataSource } from "typeorm";
import { recomputeOutcomes } from "../../src/modules/batches/batch-outcome.service";
import { adjustRollups } from "../../src/modules/counts/count-rollup";

export interface GeneratedBatch {
  id: string;
  issuedOn: string;
  precision: "year" | "month" | "day";
  jurisdiction: string;
  count: number | null;
}

/** Seed agencies with their jurisdictions, so generated batches reference real rows. */
const AGENCIES: [agency: string, jurisdiction: string][] = [
  ["denver-sheriff", "denver-co"],
  ["nyc-doc", "new-york-city-ny"],
  ["ct-judicial-cssd", "connecticut"],
  ["san-diego-county-sheriff", "san-diego-county-ca"],
  ["washington-county-or-sheriff", "washington-county-or"],
  ["hillsboro-police", "hillsboro-or"],
  ["oregon-state-police", "oregon"],
];
const SOURCES = ["townhall-2020-02-15", "ap-2020-01-denver", "ice-2020-02-13-ct", "ijpr-2020-03-08"];
const COURT_CASES = ["ice-v-gomez-2020", "edny-nyc-doc-2020"];

/** A small deterministic generator (mulberry32), so failures reproduce. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Inserts `n` generated batches with agencies, events (some in court), sources and derived outcomes. Dates cluster
 * on few days and mix precisions, and counts repeat, so that every order has ties for the id to break.
 */
export async function insertGeneratedBatches(dataSource: DataSource, n: number, seed = 42): Promise<GeneratedBatch[]> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const batches: GeneratedBatch[] = [];
  const links: [string, string, number][] = [];
  const events: [string, string, string, string, string | null, string | null, number | null][] = [];
  const sources: [string, string, number][] = [];
  for (let i = 0; i < n; i += 1) {
    const id = `gen-${String(i).padStart(4, "0")}-${pick(["a", "b", "z"])}`;
    const year = pick([2019, 2020, 2021]);
    const month = 1 + Math.floor(rand() * 3);
    const day = 1 + Math.floor(rand() * 3);
    const r = rand();
    const precision = r < 0.1 ? "year" : r < 0.3 ? "month" : "day";
    const issuedOn = `${year}-${String(precision === "year" ? 1 : month).padStart(2, "0")}-${String(precision === "day" ? day : 1).padStart(2, "0")}`;
    const [agency, jurisdiction] = pick(AGENCIES);
    const count = rand() < 0.15 ? null : 1 + Math.floor(rand() * 4);
    batches.push({ id, issuedOn, precision, jurisdiction, count });
    links.push([id, agency, 0]);
    sources.push([id, pick(SOURCES), 0]);
    const dated = precision === "year" ? String(year) : precision === "month" ? issuedOn.slice(0, 7) : issuedOn;
    events.push([id, `issued|${dated}`, issuedOn, precision, "issued", null, null]);
    if (rand() < 0.5) {
      events.push([id, `declined|${year + 1}`, `${year + 1}-01-01`, "year", "declined", agency, null]);
      if (count !== null && count >= 2 && rand() < 0.5) {
        events.push([
          id,
          `petition|${year + 1}`,
          `${year + 1}-06-01`,
          "month",
          "enforcement_petition_filed",
          agency,
          1,
        ]);
      }
    }
  }
  await dataSource.transaction(async (m) => {
    await m.query(
      `INSERT INTO batches (id, issued_on, issued_precision, jurisdiction_slug, issuing_component, subpoena_count,
                            count_precision, offense_categories)
       SELECT id, issued_on::date, precision, jurisdiction, 'ERO', count,
              CASE WHEN count IS NULL THEN 'unknown' ELSE 'exact' END, ARRAY['drug']::text[]
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS t(id, issued_on, precision, jurisdiction, count)`,
      [
        batches.map((b) => b.id),
        batches.map((b) => b.issuedOn),
        batches.map((b) => b.precision),
        batches.map((b) => b.jurisdiction),
        batches.map((b) => b.count),
      ],
    );
    await m.query(
      `INSERT INTO batch_agencies (batch_id, agency_slug, position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
      [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
    );
    await m.query(
      `INSERT INTO batch_sources (batch_id, source_id, position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
      [sources.map((l) => l[0]), sources.map((l) => l[1]), sources.map((l) => l[2])],
    );
    const inserted: { id: number; status: string }[] = await m.query(
      `INSERT INTO events (batch_id, natural_key, occurred_on, occurred_precision, status, agency_slug, subpoenas_affected,
                           court_case_slug)
       SELECT batch_id, natural_key, occurred_on::date, precision, status, agency, affected,
              CASE WHEN status = 'enforcement_petition_filed' THEN $8::text END
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
           AS t(batch_id, natural_key, occurred_on, precision, status, agency, affected)
       RETURNING id, status`,
      [
        events.map((e) => e[0]),
        events.map((e) => e[1]),
        events.map((e) => e[2]),
        events.map((e) => e[3]),
        events.map((e) => e[4]),
        events.map((e) => e[5]),
        events.map((e) => e[6]),
        pick(COURT_CASES),
      ],
    );
    await m.query(
      `INSERT INTO event_sources (event_id, source_id, position) SELECT id, $2, 0 FROM unnest($1::int[]) AS t(id)`,
      [inserted.map((e) => e.id), SOURCES[0]],
    );
    await recomputeOutcomes(
      m,
      batches.map((b) => b.id),
    );
    await adjustRollups(
      m,
      batches.map((b) => b.id),
      1,
    );
    await m.query(`UPDATE dataset SET version = version + 1, updated_at = now()`);
  });
  return batches;
}
