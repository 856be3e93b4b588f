import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackage } from "../src/import/importer";
import { ConflictError } from "../src/schema/errors";
import { readStoredRecords } from "../src/write/field-values";
import { InvalidChangesError } from "../src/write/problems";
import { RESOURCE_BY_NAME } from "../src/write/resources";
import { publishChanges, type RecordChange } from "../src/write/write.service";
import { openTestDatabase, SEED_DIR } from "./helpers/server";

type Db = Awaited<ReturnType<typeof openTestDatabase>>;

const DENVER = "2020-01-13-denver";

/** Every row of every table the write path touches, to show that a failed write left nothing. */
async function snapshot(db: Db): Promise<string> {
  const tables = ["batches", "events", "batch_sources", "event_sources", "batch_outcomes", "dataset"];
  const parts: unknown[] = [];
  for (const t of tables) parts.push(await db.dataSource.query(`SELECT * FROM ${t} ORDER BY 1, 2`));
  parts.push(await db.dataSource.query(`SELECT * FROM revisions ORDER BY id`));
  parts.push(await db.dataSource.query(`SELECT * FROM changesets ORDER BY id`));
  return JSON.stringify(parts);
}

async function storedBatch(db: Db, id: string) {
  const [batch] = await readStoredRecords(db.dataSource, RESOURCE_BY_NAME.batches, {
    sql: "batches.id = ANY($1)",
    params: [[id]],
  });
  return batch;
}

async function datasetVersion(db: Db): Promise<number> {
  const [row]: { version: number }[] = await db.dataSource.query(`SELECT version FROM dataset`);
  return row.version;
}

/** The Denver batch as stored, with some fields changed: what an editor's form would send. */
async function editedDenver(db: Db, fields: Record<string, string>, reason: string): Promise<RecordChange> {
  const batch = await storedBatch(db, DENVER);
  const values = Object.fromEntries(Object.entries(batch.values).map(([k, v]) => [k, v ?? ""]));
  return {
    resource: "batches",
    line: 1,
    values: { ...values, ...fields },
    baseVersion: batch.version,
    reason,
  };
}

describe("the one write path", () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDatabase();
    await importPackage(db.dataSource, SEED_DIR);
  });
  afterAll(() => db?.close());

  it("records an import as a published changeset whose revisions name the package", async () => {
    const [changeset] = await db.dataSource.query(`SELECT kind, status, note, dataset_version FROM changesets`);
    expect(changeset).toMatchObject({ kind: "import", status: "published", dataset_version: 1 });
    expect(changeset.note).toMatch(/^Imported from the data package ".+" \(seed\)$/);
    const revisions = await db.dataSource.query(
      `SELECT action, record_version, dataset_version, before, after, reason FROM revisions
        WHERE record_type = 'batches' AND record_id = $1`,
      [DENVER],
    );
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "create", record_version: 1, dataset_version: 1, before: null });
    expect(revisions[0].after).toMatchObject({ id: DENVER, issued_on: "2020-01-13", subpoena_count: "4" });
    expect(revisions[0].reason).toBe(changeset.note);
    // An event's revision names its batch, so that the batch's history can show it.
    const [event] = await db.dataSource.query(
      `SELECT r.parent_id, r.after FROM revisions r JOIN events e ON r.record_id = e.id::text
        WHERE r.record_type = 'events' AND e.batch_id = $1 AND e.status = 'declined'`,
      [DENVER],
    );
    expect(event).toMatchObject({ parent_id: DENVER, after: { date: "2020-01", status: "declined" } });
  });

  it("records nothing and keeps the version when an import changes nothing", async () => {
    const before = await snapshot(db);
    const report = await importPackage(db.dataSource, SEED_DIR);
    expect(report.changesetId).toBeNull();
    expect(await snapshot(db)).toBe(before);
  });

  it("publishes a correction: new record version, before and after values, the reason, the next dataset version", async () => {
    const version = await datasetVersion(db);
    const change = await editedDenver(db, { subjects_in_custody: "2" }, "The sheriff's later statement says two.");
    const report = await publishChanges(db.dataSource, { changes: [change], kind: "edit", note: "Denver custody" });
    expect(report.version).toBe(version + 1);
    expect(report.changed.batches).toBe(1);
    const batch = await storedBatch(db, DENVER);
    expect(batch.version).toBe(2);
    expect(batch.values.subjects_in_custody).toBe("2");
    const [revision] = await db.dataSource.query(
      `SELECT action, record_version, dataset_version, before->>'subjects_in_custody' AS was,
              after->>'subjects_in_custody' AS now, reason, changeset_id
         FROM revisions WHERE record_id = $1 ORDER BY id DESC LIMIT 1`,
      [DENVER],
    );
    expect(revision).toMatchObject({
      action: "update",
      record_version: 2,
      dataset_version: version + 1,
      was: "1",
      now: "2",
      reason: "The sheriff's later statement says two.",
      changeset_id: report.changesetId,
    });
  });

  it("gives exactly one CONFLICT, holding the current values, when two edits start from the same version", async () => {
    const first = await editedDenver(db, { notes: "First editor's note." }, "first");
    const second = await editedDenver(db, { notes: "Second editor's note." }, "second");
    const results = await Promise.allSettled([
      publishChanges(db.dataSource, { changes: [first], kind: "edit", note: "one" }),
      publishChanges(db.dataSource, { changes: [second], kind: "edit", note: "two" }),
    ]);
    const rejected = results.filter((r) => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const error = (rejected[0] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.extensions.code).toBe("CONFLICT");
    const stored = await storedBatch(db, DENVER);
    expect(error.currentVersion).toBe(stored.version);
    expect(error.current.notes).toBe(stored.values.notes);
    expect(["First editor's note.", "Second editor's note."]).toContain(stored.values.notes);
  });

  it("edits an event by its id, even what identifies it, and re-derives the batch's outcome", async () => {
    const [declined] = await readStoredRecords(db.dataSource, RESOURCE_BY_NAME.events, {
      sql: "events.batch_id = $1 AND events.status = 'declined'",
      params: [DENVER],
    });
    const values = Object.fromEntries(Object.entries(declined.values).map(([k, v]) => [k, v ?? ""]));
    await publishChanges(db.dataSource, {
      changes: [
        {
          resource: "events",
          line: 1,
          eventId: Number(declined.key),
          baseVersion: declined.version,
          values: { ...values, date: "2020-01-28" },
          reason: "The refusal letter is dated 28 January.",
        },
      ],
      kind: "edit",
      note: "Denver refusal date",
    });
    const [after] = await db.dataSource.query(`SELECT occurred_on, natural_key, version FROM events WHERE id = $1`, [
      Number(declined.key),
    ]);
    expect(after).toEqual({
      occurred_on: "2020-01-28",
      natural_key: "2020-01-28|declined|denver-sheriff|",
      version: 2,
    });
  });

  it("reports a bad edit's problems at the lines it was given, writing nothing", async () => {
    const before = await snapshot(db);
    const change = await editedDenver(db, { subpoena_count: "-1", jurisdiction_slug: "atlantis" }, "typo");
    const error = await publishChanges(db.dataSource, {
      changes: [{ ...change, line: 7 }],
      kind: "edit",
      note: "x",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidChangesError);
    expect((error as InvalidChangesError).problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "batches.csv", line: 7, field: "subpoena_count" }),
        expect.objectContaining({ file: "batches.csv", line: 7, field: "jurisdiction_slug" }),
      ]),
    );
    expect(await snapshot(db)).toBe(before);
  });

  it("leaves nothing when a publish fails halfway through its writes", async () => {
    // A trigger fails the revisions insert, which comes after the batch row has been updated.
    await db.dataSource.query(`
      CREATE FUNCTION fail_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulated failure'; END $$`);
    await db.dataSource.query(
      `CREATE TRIGGER fail_revision BEFORE INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION fail_revision()`,
    );
    try {
      const before = await snapshot(db);
      const change = await editedDenver(db, { subjects_released: "2" }, "halfway");
      await expect(publishChanges(db.dataSource, { changes: [change], kind: "edit", note: "x" })).rejects.toThrow(
        /simulated failure/,
      );
      expect(await snapshot(db)).toBe(before);
    } finally {
      await db.dataSource.query(`DROP TRIGGER fail_revision ON revisions`);
      await db.dataSource.query(`DROP FUNCTION fail_revision()`);
    }
  });
});
