import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The one write path's bookkeeping: every change to the record is kept.
 *
 * - Each editable record gets a `version` that moves with every change to it, so that an edit made against an
 *   older version is refused (optimistic concurrency) instead of silently overwriting someone else's fix.
 * - `changesets` are the units of publication: a data package import, or a reviewed set of edits. A published
 *   changeset carries a public note and the dataset version it produced.
 * - `revisions` keep every row's values before and after each published change, in the interchange format's own
 *   field names, so that a record's history can be shown and any published version of the dataset rebuilt exactly.
 *   Nothing is ever deleted from it.
 */
export class RecordRevisions1795960000000 implements MigrationInterface {
  name = "RecordRevisions1795960000000";

  async up(q: QueryRunner): Promise<void> {
    for (const table of RECORD_TABLES) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1)`);
    }

    await q.query(`
      CREATE TABLE changesets (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('import', 'edit')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'discarded')),
        -- The public note published with the changeset ("Added Marion County's August 2025 subpoenas").
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        -- The dataset version this changeset produced; one changeset per version.
        dataset_version integer UNIQUE,
        CHECK ((status = 'published') = (published_at IS NOT NULL)),
        CHECK ((status = 'published') = (dataset_version IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX changesets_status_idx ON changesets (status, id)`);

    await q.query(`
      CREATE TABLE revisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        changeset_id integer NOT NULL REFERENCES changesets (id),
        dataset_version integer NOT NULL,
        record_type text NOT NULL CHECK (record_type IN ('dataset', 'jurisdictions', 'agencies', 'sources',
          'policies', 'court_cases', 'batches', 'events')),
        -- The record's stable id (an event's is its numeric id); the batch for an event, so a batch's history
        -- can list its events' changes too.
        record_id text NOT NULL,
        parent_id text,
        -- The record's own version after this change.
        record_version integer NOT NULL CHECK (record_version >= 1),
        action text NOT NULL CHECK (action IN ('create', 'update', 'withdraw')),
        -- Field values as the interchange format writes them (field name -> text or null); null before a create.
        before jsonb,
        after jsonb NOT NULL,
        -- Why a published fact changed (corrections and withdrawals must say); null for plain additions.
        reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX revisions_record_idx ON revisions (record_type, record_id, id)`);
    await q.query(`CREATE INDEX revisions_parent_idx ON revisions (parent_id) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX revisions_changeset_idx ON revisions (changeset_id)`);
    await q.query(`CREATE INDEX revisions_version_idx ON revisions (record_type, dataset_version)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE revisions`);
    await q.query(`DROP TABLE changesets`);
    for (const table of [...RECORD_TABLES].reverse()) await q.query(`ALTER TABLE ${table} DROP COLUMN version`);
  }
}

const RECORD_TABLES = ["jurisdictions", "agencies", "sources", "policies", "court_cases", "batches", "events"];
