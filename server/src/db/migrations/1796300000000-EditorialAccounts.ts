import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The editorial side: staff accounts with roles, their sessions and API tokens, drafts that collect edits before
 * review, withdrawals, and the public's correction requests.
 *
 * Why these shapes:
 * - Session ids and API tokens are random secrets; only their SHA-256 is stored, so a copy of the database does not
 *   let anyone sign in. (They are long random strings, so a fast hash is enough; passwords get scrypt.)
 * - `rate_limit_hits` lives in the database rather than in memory so that limits hold across processes and
 *   restarts without needing another service.
 * - A draft's changes are kept as the interchange format's field values, exactly what the write path takes, so
 *   publishing a draft is the same write as importing a package.
 * - Withdrawn records stay in their tables (nothing is ever deleted from history) with the reason they were withdrawn.
 */
export class EditorialAccounts1796300000000 implements MigrationInterface {
  name = "EditorialAccounts1796300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE accounts (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%'),
        role text NOT NULL CHECK (role IN ('contributor', 'editor', 'admin')),
        -- scrypt$N$r$p$salt$hash (see server/src/modules/accounts/password.ts)
        password_hash text NOT NULL,
        -- A password someone else chose (a new account, a reset) must be replaced at the first sign-in.
        must_change_password boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE sessions (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        account_id integer NOT NULL REFERENCES accounts (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        user_agent text
      )`);
    await q.query(`CREATE INDEX sessions_account_idx ON sessions (account_id)`);

    await q.query(`
      CREATE TABLE api_tokens (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        account_id integer NOT NULL REFERENCES accounts (id),
        name text NOT NULL CHECK (name <> ''),
        scopes text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['read', 'draft', 'publish']),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_tokens_account_idx ON api_tokens (account_id)`);

    await q.query(`
      CREATE TABLE rate_limit_hits (
        key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX rate_limit_hits_key_idx ON rate_limit_hits (key, at)`);

    await q.query(`ALTER TABLE changesets ADD COLUMN created_by integer REFERENCES accounts (id)`);
    await q.query(`ALTER TABLE changesets ADD COLUMN published_by integer REFERENCES accounts (id)`);
    await q.query(`ALTER TABLE changesets ADD COLUMN submitted_at timestamptz`);

    // The records a draft changes, one row per record, as the write path will take them.
    await q.query(`
      CREATE TABLE changeset_changes (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        changeset_id integer NOT NULL REFERENCES changesets (id),
        record_type text NOT NULL CHECK (record_type IN ('jurisdictions', 'agencies', 'sources', 'policies',
          'court_cases', 'batches', 'events')),
        -- The record's stable id; for an event, its numeric id once stored, null while it is new.
        record_id text,
        action text NOT NULL CHECK (action IN ('upsert', 'withdraw')),
        -- null: a new record; otherwise the version the author started from.
        base_version integer,
        "values" jsonb NOT NULL,
        reason text,
        author_id integer REFERENCES accounts (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX changeset_changes_changeset_idx ON changeset_changes (changeset_id, id)`);

    for (const table of RECORD_TABLES) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN withdrawn_at timestamptz`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN withdrawn_reason text`);
      await q.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_withdrawn_check CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))`,
      );
    }

    await q.query(`
      CREATE TABLE correction_requests (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        record_type text NOT NULL,
        record_id text NOT NULL,
        what_is_wrong text NOT NULL CHECK (what_is_wrong <> ''),
        source_url text,
        contact text,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
        changeset_id integer REFERENCES changesets (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX correction_requests_status_idx ON correction_requests (status, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE correction_requests`);
    for (const table of [...RECORD_TABLES].reverse()) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_withdrawn_check`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN withdrawn_reason`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN withdrawn_at`);
    }
    await q.query(`DROP TABLE changeset_changes`);
    await q.query(`ALTER TABLE changesets DROP COLUMN submitted_at`);
    await q.query(`ALTER TABLE changesets DROP COLUMN published_by`);
    await q.query(`ALTER TABLE changesets DROP COLUMN created_by`);
    await q.query(`DROP TABLE rate_limit_hits`);
    await q.query(`DROP TABLE api_tokens`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE accounts`);
  }
}

const RECORD_TABLES = ["jurisdictions", "agencies", "sources", "policies", "court_cases", "batches", "events"];
