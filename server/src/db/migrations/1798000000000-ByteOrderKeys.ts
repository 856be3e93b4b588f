import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Keys in byte order, and two indexes fewer (issue 12's import target).
 *
 * Ids, slugs and natural keys are ASCII codes (`^[a-z0-9][a-z0-9-]*$` for most), compared for equality, joined on,
 * and sorted only where the code already asks for byte order (`COLLATE "C"` in every keyset order, facet and embed).
 * Under a libc locale such as the servers' C.UTF-8 every sort of them (each index build, each merge join) went
 * through strcoll without abbreviated keys; under "C" it is memcmp. The import rebuilds these indexes on a first
 * import, so that was most of its index time. Names and other display text keep the database's collation.
 *
 * With `jurisdiction_slug` in byte order, batches_jurisdiction_keyset_idx (jurisdiction_slug, issued_on, id) serves
 * every search batches_jurisdiction_idx (jurisdiction_slug, issued_on) served (as an index-only scan, where the old
 * one needed the heap), and the foreign key's cascades. events_batch_idx (batch_id, occurred_on) is covered for every
 * lookup by batch by the unique (batch_id, natural_key) index: nothing reads a batch's events in date order through
 * it (a batch has a few events, sorted after the lookup). batches_issued_idx (issued_on, id) stays: the dataset's
 * first and last batch (`ORDER BY issued_on, id LIMIT 1`) read one entry of it, and without it the ties on the first
 * day (hundreds of year-only dates) are fetched and sorted.
 */
export class ByteOrderKeys1798000000000 implements MigrationInterface {
  name = "ByteOrderKeys1798000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX batches_jurisdiction_idx`);
    await q.query(`DROP INDEX events_batch_idx`);
    for (const [table, columns] of KEY_COLUMNS) await setCollation(q, table, columns, `COLLATE "C"`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, columns] of [...KEY_COLUMNS].reverse()) await setCollation(q, table, columns, "");
    await q.query(`CREATE INDEX events_batch_idx ON events (batch_id, occurred_on)`);
    await q.query(`CREATE INDEX batches_jurisdiction_idx ON batches (jurisdiction_slug, issued_on)`);
  }
}

/** Referenced keys first, then the columns that refer to them. */
const KEY_COLUMNS: [string, string[]][] = [
  ["jurisdictions", ["slug", "parent_slug"]],
  ["agencies", ["slug", "jurisdiction_slug"]],
  ["sources", ["id"]],
  ["policies", ["slug", "jurisdiction_slug"]],
  ["court_cases", ["slug"]],
  ["batches", ["id", "jurisdiction_slug"]],
  ["batch_agencies", ["batch_id", "agency_slug"]],
  ["batch_sources", ["batch_id", "source_id"]],
  ["batch_outcomes", ["batch_id"]],
  ["events", ["batch_id", "natural_key", "agency_slug", "court_case_slug"]],
  ["event_sources", ["source_id"]],
  ["policy_sources", ["policy_slug", "source_id"]],
  ["court_case_sources", ["court_case_slug", "source_id"]],
  ["revisions", ["record_type", "record_id", "parent_id"]],
  ["count_rollup_batches", ["jurisdiction_slug"]],
  ["count_rollup_parts", ["jurisdiction_slug"]],
];

async function setCollation(q: QueryRunner, table: string, columns: string[], collate: string): Promise<void> {
  await q.query(`ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} TYPE text ${collate}`).join(", ")}`);
}
