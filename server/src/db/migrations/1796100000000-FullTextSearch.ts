import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Full-text search over batches, events, sources, court cases, policies and jurisdictions: a tsvector column on each
 * table, generated from the row's own text, with a GIN index. Generated columns are recomputed by PostgreSQL on every
 * insert and update, so the index is right after an import, an edit or any other write, with no trigger or job to
 * keep in step. 'english' stems ("subpoenas" finds "subpoena"); to_tsvector with a named configuration is immutable,
 * which generated columns require. Works the same on PostgreSQL 15 and on PGlite.
 */
const SEARCHABLE: ReadonlyArray<readonly [table: string, text: string]> = [
  ["batches", "coalesce(subjects_summary, '') || ' ' || coalesce(notes, '')"],
  ["events", "coalesce(note, '')"],
  ["sources", "coalesce(title, '') || ' ' || publisher || ' ' || coalesce(quote, '')"],
  ["court_cases", "caption || ' ' || court || ' ' || coalesce(case_number, '') || ' ' || coalesce(citation, '')"],
  ["policies", "name || ' ' || coalesce(citation, '') || ' ' || coalesce(summary, '')"],
  ["jurisdictions", "name"],
  ["agencies", "name"],
];

export class FullTextSearch1796100000000 implements MigrationInterface {
  name = "FullTextSearch1796100000000";

  async up(q: QueryRunner): Promise<void> {
    for (const [table, text] of SEARCHABLE) {
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', ${text})) STORED`,
      );
      await q.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (search)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of [...SEARCHABLE].reverse()) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN search`);
    }
  }
}
