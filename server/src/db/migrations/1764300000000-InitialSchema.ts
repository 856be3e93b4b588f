import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The first schema: the interchange format's seven resources as tables, the source links of every fact-bearing row
 * as ordered link tables, and the derived outcome breakdown that counting by outcome reads.
 *
 * Why these shapes:
 * - Partial dates are a `date` (the first day of the period) plus a precision, so they sort and filter as dates
 *   while keeping "Jan 2020" distinct from "1 Jan 2020".
 * - `ordinal` keeps the order rows were first added, so an export writes the files back in the order they came.
 * - Enums are CHECK constraints rather than PostgreSQL enum types: adding a value later is a one-line migration.
 * - batch_outcomes is derived from events by the domain rule and rewritten with them; it is never typed in.
 */
export class InitialSchema1764300000000 implements MigrationInterface {
  name = "InitialSchema1764300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jurisdictions (
        slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
        ordinal integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        name text NOT NULL CHECK (name <> ''),
        kind text NOT NULL CHECK (kind IN ('state', 'county', 'city', 'city_county')),
        state char(2) CHECK (state ~ '^[A-Z]{2}$'),
        parent_slug text REFERENCES jurisdictions (slug) ON UPDATE CASCADE,
        CHECK (parent_slug IS NULL OR parent_slug <> slug)
      )`);
    await q.query(`CREATE INDEX jurisdictions_parent_idx ON jurisdictions (parent_slug)`);
    await q.query(`CREATE INDEX jurisdictions_state_idx ON jurisdictions (state)`);

    await q.query(`
      CREATE TABLE agencies (
        slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
        ordinal integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        name text NOT NULL CHECK (name <> ''),
        kind text NOT NULL CHECK (kind IN ('sheriff', 'police', 'state_police', 'corrections', 'court',
                                           'county_government', 'other')),
        jurisdiction_slug text NOT NULL REFERENCES jurisdictions (slug) ON UPDATE CASCADE
      )`);
    await q.query(`CREATE INDEX agencies_jurisdiction_idx ON agencies (jurisdiction_slug)`);

    await q.query(`
      CREATE TABLE sources (
        id text PRIMARY KEY CHECK (id <> ''),
        ordinal integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        url text NOT NULL CHECK (url ~ '^https?://'),
        publisher text NOT NULL CHECK (publisher <> ''),
        title text,
        published_on date,
        published_precision text CHECK (published_precision IN ('year', 'month', 'day')),
        kind text NOT NULL CHECK (kind IN ('press_release', 'news', 'court_record', 'government', 'research',
                                           'aggregator')),
        reliability text NOT NULL CHECK (reliability IN ('primary', 'secondary', 'aggregator')),
        quote text,
        CHECK ((published_on IS NULL) = (published_precision IS NULL))
      )`);

    await q.query(`
      CREATE TABLE policies (
        slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
        ordinal integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        jurisdiction_slug text NOT NULL REFERENCES jurisdictions (slug) ON UPDATE CASCADE,
        name text NOT NULL CHECK (name <> ''),
        citation text,
        enacted_on date,
        enacted_precision text CHECK (enacted_precision IN ('year', 'month', 'day')),
        effective_on date,
        effective_precision text CHECK (effective_precision IN ('year', 'month', 'day')),
        summary text,
        CHECK ((enacted_on IS NULL) = (enacted_precision IS NULL)),
        CHECK ((effective_on IS NULL) = (effective_precision IS NULL))
      )`);
    await q.query(`CREATE INDEX policies_jurisdiction_idx ON policies (jurisdiction_slug)`);

    await q.query(`
      CREATE TABLE court_cases (
        slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
        ordinal integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        court text NOT NULL CHECK (court <> ''),
        case_number text,
        caption text NOT NULL CHECK (caption <> ''),
        filed_on date,
        filed_precision text CHECK (filed_precision IN ('year', 'month', 'day')),
        judge text,
        outcome text NOT NULL CHECK (outcome IN ('pending', 'enforced', 'enforced_narrowed', 'quashed', 'dismissed',
                                                 'withdrawn', 'unknown')),
        decided_on date,
        decided_precision text CHECK (decided_precision IN ('year', 'month', 'day')),
        citation text,
        CHECK ((filed_on IS NULL) = (filed_precision IS NULL)),
        CHECK ((decided_on IS NULL) = (decided_precision IS NULL))
      )`);

    await q.query(`
      CREATE TABLE batches (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
        ordinal integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        issued_on date NOT NULL,
        issued_precision text NOT NULL CHECK (issued_precision IN ('year', 'month', 'day')),
        jurisdiction_slug text NOT NULL REFERENCES jurisdictions (slug) ON UPDATE CASCADE,
        issuing_component text CHECK (issuing_component IN ('ERO', 'HSI')),
        subpoena_count integer CHECK (subpoena_count >= 1),
        count_precision text NOT NULL CHECK (count_precision IN ('exact', 'approximate', 'at_least', 'unknown')),
        offense_categories text[] NOT NULL DEFAULT '{}' CHECK (offense_categories <@ ARRAY['homicide',
          'sexual_offense', 'assault', 'domestic_violence', 'robbery', 'burglary', 'drug', 'dui', 'weapons',
          'immigration', 'other']::text[]),
        subjects_summary text,
        subjects_in_custody integer CHECK (subjects_in_custody >= 0),
        subjects_released integer CHECK (subjects_released >= 0),
        notes text,
        -- A count is given exactly when its precision says it is known.
        CHECK ((subpoena_count IS NULL) = (count_precision = 'unknown'))
      )`);
    await q.query(`CREATE INDEX batches_issued_idx ON batches (issued_on, id)`);
    await q.query(`CREATE INDEX batches_jurisdiction_idx ON batches (jurisdiction_slug, issued_on)`);
    await q.query(`CREATE INDEX batches_offense_idx ON batches USING gin (offense_categories)`);

    await q.query(`
      CREATE TABLE batch_agencies (
        batch_id text NOT NULL REFERENCES batches (id) ON DELETE CASCADE ON UPDATE CASCADE,
        agency_slug text NOT NULL REFERENCES agencies (slug) ON UPDATE CASCADE,
        position smallint NOT NULL CHECK (position >= 0),
        PRIMARY KEY (batch_id, agency_slug),
        UNIQUE (batch_id, position)
      )`);
    await q.query(`CREATE INDEX batch_agencies_agency_idx ON batch_agencies (agency_slug)`);

    await q.query(`
      CREATE TABLE events (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        batch_id text NOT NULL REFERENCES batches (id) ON DELETE CASCADE ON UPDATE CASCADE,
        -- Events have no id in the interchange format: they are matched on what they say happened.
        natural_key text NOT NULL,
        occurred_on date NOT NULL,
        occurred_precision text NOT NULL CHECK (occurred_precision IN ('year', 'month', 'day')),
        status text NOT NULL CHECK (status IN ('issued', 'served', 'under_review', 'complied', 'partially_complied',
          'declined', 'no_response', 'recipient_sued', 'enforcement_petition_filed', 'court_ordered_compliance',
          'quashed', 'complied_after_order', 'appeal_declined', 'withdrawn')),
        agency_slug text REFERENCES agencies (slug) ON UPDATE CASCADE,
        subpoenas_affected integer CHECK (subpoenas_affected >= 1),
        court_case_slug text REFERENCES court_cases (slug) ON UPDATE CASCADE,
        note text,
        UNIQUE (batch_id, natural_key)
      )`);
    await q.query(`CREATE INDEX events_batch_idx ON events (batch_id, occurred_on)`);
    await q.query(`CREATE INDEX events_court_case_idx ON events (court_case_slug)`);
    await q.query(`CREATE INDEX events_agency_idx ON events (agency_slug)`);

    // The breakdown of each batch's subpoenas by derived outcome; subpoenas is NULL when the size is unknown.
    await q.query(`
      CREATE TABLE batch_outcomes (
        batch_id text NOT NULL REFERENCES batches (id) ON DELETE CASCADE ON UPDATE CASCADE,
        outcome text NOT NULL CHECK (outcome IN ('PENDING', 'COMPLIED', 'PARTIALLY_COMPLIED', 'DECLINED',
          'NO_RESPONSE', 'IN_COURT', 'COURT_ORDERED', 'COMPLIED_AFTER_ORDER', 'QUASHED', 'WITHDRAWN', 'MIXED')),
        subpoenas integer CHECK (subpoenas >= 1),
        PRIMARY KEY (batch_id, outcome)
      )`);
    await q.query(`CREATE INDEX batch_outcomes_outcome_idx ON batch_outcomes (outcome)`);

    for (const [table, key, ref] of SOURCE_LINKS) {
      await q.query(`
        CREATE TABLE ${table} (
          ${key} text NOT NULL REFERENCES ${ref} ON DELETE CASCADE ON UPDATE CASCADE,
          source_id text NOT NULL REFERENCES sources (id) ON UPDATE CASCADE,
          position smallint NOT NULL CHECK (position >= 0),
          PRIMARY KEY (${key}, source_id),
          UNIQUE (${key}, position)
        )`);
      await q.query(`CREATE INDEX ${table}_source_idx ON ${table} (source_id)`);
    }
    // Event ids are integers, so their link table differs in the key's type only.
    await q.query(`
      CREATE TABLE event_sources (
        event_id integer NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        source_id text NOT NULL REFERENCES sources (id) ON UPDATE CASCADE,
        position smallint NOT NULL CHECK (position >= 0),
        PRIMARY KEY (event_id, source_id),
        UNIQUE (event_id, position)
      )`);
    await q.query(`CREATE INDEX event_sources_source_idx ON event_sources (source_id)`);

    // One row: the package's own metadata, and a version that moves with every change of data (for ETags and
    // "data as of" lines).
    await q.query(`
      CREATE TABLE dataset (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        name text NOT NULL,
        title text NOT NULL,
        description text,
        licenses json NOT NULL DEFAULT '[]',  -- json, not jsonb: keeps the package's key order for export
        version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dataset`);
    await q.query(`DROP TABLE event_sources`);
    for (const [table] of [...SOURCE_LINKS].reverse()) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP TABLE batch_outcomes`);
    await q.query(`DROP TABLE events`);
    await q.query(`DROP TABLE batch_agencies`);
    await q.query(`DROP TABLE batches`);
    await q.query(`DROP TABLE court_cases`);
    await q.query(`DROP TABLE policies`);
    await q.query(`DROP TABLE sources`);
    await q.query(`DROP TABLE agencies`);
    await q.query(`DROP TABLE jurisdictions`);
  }
}

/** Link tables from a fact-bearing row to the sources it cites, in citation order. */
const SOURCE_LINKS: ReadonlyArray<readonly [table: string, key: string, ref: string]> = [
  ["batch_sources", "batch_id", "batches (id)"],
  ["policy_sources", "policy_slug", "policies (slug)"],
  ["court_case_sources", "court_case_slug", "court_cases (slug)"],
];
