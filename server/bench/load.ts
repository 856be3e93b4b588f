import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { recomputeAllOutcomes } from "../src/modules/batches/batch-outcome-sets";
import { rebuildRollups } from "../src/modules/counts/count-rollup";

/** Partial date text ("2020", "2020-02", "2020-02-13") to its first day and its precision. */
const day = (c: string) =>
  `CASE length(${c}) WHEN 4 THEN (${c} || '-01-01')::date WHEN 7 THEN (${c} || '-01')::date ELSE ${c}::date END`;
const precision = (c: string) => `CASE length(${c}) WHEN 4 THEN 'year' WHEN 7 THEN 'month' ELSE 'day' END`;
const nul = (c: string) => `nullif(${c}, '')`;

const STAGING: Record<string, string[]> = {
  jurisdictions: ["slug", "name", "kind", "state", "parent_slug", "county_fips"],
  agencies: ["slug", "name", "kind", "jurisdiction_slug"],
  sources: ["id", "url", "publisher", "title", "published_on", "kind", "reliability", "quote"],
  policies: ["slug", "jurisdiction_slug", "name", "citation", "enacted_on", "effective_on", "summary", "source_ids"],
  court_cases: [
    "slug",
    "court",
    "case_number",
    "caption",
    "filed_on",
    "judge",
    "outcome",
    "decided_on",
    "citation",
    "source_ids",
  ],
  batches: [
    "id",
    "issued_on",
    "jurisdiction_slug",
    "recipient_agency_slugs",
    "issuing_component",
    "subpoena_count",
    "count_precision",
    "offense_categories",
    "subjects_summary",
    "subjects_in_custody",
    "subjects_released",
    "notes",
    "source_ids",
  ],
  events: ["batch_id", "date", "status", "agency_slug", "subpoenas_affected", "court_case_slug", "note", "source_ids"],
};

/** The tables the loader fills. */
const LOADED = [
  "jurisdictions",
  "agencies",
  "sources",
  "policies",
  "policy_sources",
  "court_cases",
  "court_case_sources",
  "batches",
  "batch_agencies",
  "batch_sources",
  "events",
  "event_sources",
];

/** The set-based statements that move staged rows into the tables. */
const MOVES = [
  `INSERT INTO jurisdictions (slug, name, kind, state, parent_slug)
   SELECT slug, name, kind, nullif(state, ''), nullif(parent_slug, '') FROM s_jurisdictions`,
  `INSERT INTO agencies (slug, name, kind, jurisdiction_slug) SELECT slug, name, kind, jurisdiction_slug FROM s_agencies`,
  `INSERT INTO sources (id, url, publisher, title, published_on, published_precision, kind, reliability, quote)
   SELECT id, url, publisher, ${nul("title")}, ${day(nul("published_on"))}, CASE WHEN published_on <> '' THEN ${precision("published_on")} END,
          kind, reliability, ${nul("quote")} FROM s_sources`,
  `INSERT INTO policies (slug, jurisdiction_slug, name, citation, enacted_on, enacted_precision, effective_on,
                         effective_precision, summary)
   SELECT slug, jurisdiction_slug, name, ${nul("citation")}, ${day(nul("enacted_on"))},
          CASE WHEN enacted_on <> '' THEN ${precision("enacted_on")} END, ${day(nul("effective_on"))},
          CASE WHEN effective_on <> '' THEN ${precision("effective_on")} END, ${nul("summary")} FROM s_policies`,
  `INSERT INTO policy_sources (policy_slug, source_id, position)
   SELECT slug, s, n - 1 FROM s_policies, unnest(string_to_array(source_ids, ';')) WITH ORDINALITY AS t(s, n)`,
  `INSERT INTO court_cases (slug, court, case_number, caption, filed_on, filed_precision, judge, outcome, decided_on,
                            decided_precision, citation)
   SELECT slug, court, ${nul("case_number")}, caption, ${day(nul("filed_on"))},
          CASE WHEN filed_on <> '' THEN ${precision("filed_on")} END, ${nul("judge")}, outcome, ${day(nul("decided_on"))},
          CASE WHEN decided_on <> '' THEN ${precision("decided_on")} END, ${nul("citation")} FROM s_court_cases`,
  `INSERT INTO court_case_sources (court_case_slug, source_id, position)
   SELECT slug, s, n - 1 FROM s_court_cases, unnest(string_to_array(source_ids, ';')) WITH ORDINALITY AS t(s, n)`,
  `INSERT INTO batches (id, issued_on, issued_precision, jurisdiction_slug, issuing_component, subpoena_count,
                        count_precision, counted_subpoenas, offense_categories, subjects_summary, subjects_in_custody,
                        subjects_released, notes)
   SELECT id, ${day("issued_on")}, ${precision("issued_on")}, jurisdiction_slug, ${nul("issuing_component")},
          ${nul("subpoena_count")}::int, count_precision, coalesce(${nul("subpoena_count")}::int, 0),
          CASE WHEN offense_categories = '' THEN '{}'::text[] ELSE string_to_array(offense_categories, ';') END,
          ${nul("subjects_summary")}, ${nul("subjects_in_custody")}::int, ${nul("subjects_released")}::int, ${nul("notes")}
     FROM s_batches`,
  `INSERT INTO batch_agencies (batch_id, agency_slug, position)
   SELECT id, s, n - 1 FROM s_batches, unnest(string_to_array(recipient_agency_slugs, ';')) WITH ORDINALITY AS t(s, n)`,
  `INSERT INTO batch_sources (batch_id, source_id, position)
   SELECT id, s, n - 1 FROM s_batches, unnest(string_to_array(source_ids, ';')) WITH ORDINALITY AS t(s, n)`,
  // Each event's id is its line in events.csv (the input order the outcome rule breaks ties by), so its sources need
  // no join back on the natural key.
  `INSERT INTO events (id, batch_id, natural_key, occurred_on, occurred_precision, status, agency_slug,
                       subpoenas_affected, court_case_slug, note) OVERRIDING SYSTEM VALUE
   SELECT line, batch_id, date || '|' || status || '|' || agency_slug || '|' || court_case_slug, ${day("date")},
          ${precision("date")}, status, ${nul("agency_slug")}, ${nul("subpoenas_affected")}::int, ${nul("court_case_slug")},
          ${nul("note")} FROM s_events`,
  `INSERT INTO event_sources (event_id, source_id, position)
   SELECT line, s, n - 1 FROM s_events, unnest(string_to_array(source_ids, ';')) WITH ORDINALITY AS t(s, n)`,
  `SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT max(id) FROM events))`,
];

/** Every foreign key of the loaded tables, checked with one anti-join each; throws naming the first rows that break one. */
async function checkForeignKeys(client: Client): Promise<void> {
  const { rows: keys } = await client.query<{ child: string; parent: string; column: string; key: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
            (SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = c.conkey[1]) AS column,
            (SELECT attname FROM pg_attribute WHERE attrelid = c.confrelid AND attnum = c.confkey[1]) AS key
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1) AND cardinality(c.conkey) = 1`,
    [LOADED],
  );
  for (const k of keys) {
    const { rows } = await client.query<{ value: string }>(
      `SELECT c.${k.column}::text AS value FROM ${k.child} c
        WHERE c.${k.column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${k.parent} p WHERE p.${k.key} = c.${k.column})
        LIMIT 5`,
    );
    if (rows.length > 0) {
      throw new Error(
        `${k.child}.${k.column} names ${k.parent} that do not exist: ${rows.map((r) => r.value).join(", ")}`,
      );
    }
  }
}

/**
 * Loads a generated package into an empty, migrated PostgreSQL database as fast as the database takes it, for
 * benchmarks only: psql's \copy into unlogged staging tables, one set-based INSERT per table (secondary indexes built
 * afterwards, foreign keys checked set-based), outcomes derived
 * set-based by the domain rule (recomputeAllOutcomes), rollups rebuilt, then VACUUM ANALYZE. It trusts its input (the generator's packages pass
 * the importer: test/synth.test.ts); data for people goes through `pnpm data:import`.
 */
export async function bulkLoad(
  databaseUrl: string,
  dataSource: DataSource,
  folder: string,
  log: (message: string) => void,
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  const step = (name: string) => log(`${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  try {
    for (const [name, columns] of Object.entries(STAGING)) {
      const file = path.join(folder, `${name}.csv`);
      const header = fs.readFileSync(file, "utf8").slice(0, 2000).split("\n")[0].split(",");
      await client.query(`DROP TABLE IF EXISTS s_${name}`);
      // line: the row's place in the file (COPY fills it in file order).
      await client.query(
        `CREATE UNLOGGED TABLE s_${name} (${header.map((c) => `${c} text NOT NULL`).join(", ")},
                                          line bigint GENERATED ALWAYS AS IDENTITY)`,
      );
      if (header.some((c) => !columns.includes(c))) throw new Error(`${name}.csv has columns the loader does not know`);
      execFileSync("psql", [
        databaseUrl,
        "-v",
        "ON_ERROR_STOP=1",
        "-qc",
        `\\copy s_${name} (${header.join(", ")}) FROM '${file}' WITH (FORMAT csv, HEADER, FORCE_NOT_NULL (${header.join(", ")}))`,
      ]);
      step(`copied ${name}.csv`);
    }
    await client.query("BEGIN");
    // Indexes that back no constraint are dropped while the rows go in and built once afterwards: a sort per index
    // instead of a million scattered inserts into each. Constraints (keys, foreign keys) are checked as usual.
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    const { rows: deferred } = await client.query<{ name: string; definition: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
         FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = current_schema() AND t.relname = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      [LOADED],
    );
    for (const index of deferred) await client.query(`DROP INDEX ${index.name}`);
    // Foreign keys are checked once per constraint, set-based, instead of by a trigger per row (which needs a
    // superuser to switch off; otherwise the triggers check them as usual).
    const [{ superuser }] = (
      await client.query<{ superuser: boolean }>(
        `SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
      )
    ).rows;
    if (superuser) await client.query("SET LOCAL session_replication_role = replica");
    for (const sql of MOVES) {
      await client.query(sql);
      step(sql.trim().split(/\s+/).slice(0, 3).join(" "));
    }
    if (superuser) {
      await client.query("SET LOCAL session_replication_role = origin");
      await checkForeignKeys(client);
      step("checked foreign keys");
    }
    for (const index of deferred) await client.query(index.definition);
    step(`built ${deferred.length} indexes`);
    // Outcomes by the domain rule, set-based (batch-outcome-sets.ts), in the transaction that wrote the events, planned
    // with statistics of the rows just written.
    await client.query("ANALYZE batches, batch_agencies, events");
    await recomputeAllOutcomes(
      { query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T },
      (m) => step(m),
    );
    await client.query(`INSERT INTO dataset (name, title, version) VALUES ('synthetic', 'Synthetic benchmark data', 1)
                        ON CONFLICT (id) DO UPDATE SET version = dataset.version + 1`);
    await client.query("COMMIT");
    for (const name of Object.keys(STAGING)) await client.query(`DROP TABLE s_${name}`);
  } finally {
    await client.end();
  }
  await dataSource.transaction((m) => rebuildRollups(m));
  step("rebuilt rollups");
  await dataSource.query("VACUUM ANALYZE");
  step("VACUUM ANALYZE");
}
