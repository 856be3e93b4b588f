import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { readCsv } from "../src/import/csv";
import { importPackage } from "../src/import/importer";
import { rebuildRollups } from "../src/modules/counts/count-rollup";
import { eventNaturalKey } from "../src/write/resources";
import { appendLines, copySeed, partialPackage, seedHeader } from "./helpers/packages";
import { openTestDatabase, SEED_DIR } from "./helpers/server";

type Db = Awaited<ReturnType<typeof openTestDatabase>>;

/** Every index and constraint of the schema, as the catalog defines them, with whether each index is usable. */
async function schema(db: Db): Promise<string[]> {
  const rows: { d: string }[] = await db.dataSource.query(
    `SELECT c.relname || ': ' || pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END AS d
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = current_schema()::regnamespace
     UNION ALL
     SELECT conrelid::regclass::text || ': ' || conname || ' ' || pg_get_constraintdef(oid) || CASE WHEN convalidated THEN '' ELSE ' NOT VALID' END
       FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
     ORDER BY 1`,
  );
  return rows.map((r) => r.d);
}

async function rollups(db: Db): Promise<string> {
  return JSON.stringify([
    await db.dataSource.query(`SELECT * FROM count_rollup_batches ORDER BY 1, 2, 3, 4`),
    await db.dataSource.query(`SELECT * FROM count_rollup_parts ORDER BY 1, 2, 3, 4, 5`),
  ]);
}

/**
 * An import that adds many rows relative to what a table holds drops the table's secondary indexes and foreign keys
 * inside its transaction and rebuilds them afterwards (importer.ts, suspendIndexesIfBulk). These show that the
 * schema comes back whole either way: after a refused import and after imports that take that path.
 */
describe("bulk imports that rebuild indexes and foreign keys", () => {
  let db: Db;
  let before: string[];
  beforeAll(async () => {
    db = await openTestDatabase();
    before = await schema(db);
  });
  afterAll(() => db?.close());

  it("leaves every index and constraint in place when an import fails after writing with them dropped", async () => {
    const dir = copySeed();
    // The outcome rule refuses this history, which is found only after every row is written.
    appendLines(dir, "events.csv", [
      "2020-02-21-oregon,2020-04-01,complied,hillsboro-police,3,,,ijpr-2020-03-08",
      "2020-02-21-oregon,2020-04-02,complied,wasco-county-sheriff,3,,,ijpr-2020-03-08",
    ]);
    const progress: string[] = [];
    await expect(importPackage(db.dataSource, dir, { onProgress: (m) => progress.push(m) })).rejects.toThrow(
      /the outcome rule cannot apply/,
    );
    expect(progress.some((m) => m.startsWith("batches: rebuilt"))).toBe(true);
    expect(await schema(db)).toEqual(before);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM batches`)).toEqual([{ n: 0 }]);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM revisions`)).toEqual([{ n: 0 }]);
  });

  it("rebuilds them after a first import, which the foreign keys then guard", async () => {
    const progress: string[] = [];
    await importPackage(db.dataSource, SEED_DIR, { onProgress: (m) => progress.push(m) });
    expect(progress.some((m) => m.startsWith("events: rebuilt"))).toBe(true);
    expect(progress.some((m) => m.startsWith("batch_outcomes: rebuilt"))).toBe(true);
    expect(await schema(db)).toEqual(before);
    await expect(
      db.dataSource.query(`INSERT INTO batch_agencies (batch_id, agency_slug, position) VALUES ('nope', 'nope', 0)`),
    ).rejects.toThrow(/foreign key/);
    // Added events are numbered in file order, as the outcome rule's ties (by id) expect, and each revision names its event.
    const csv = readCsv(path.join(SEED_DIR, "events.csv")).rows.map(
      (r) => `${r.values.batch_id}|${eventNaturalKey(r.values as Parameters<typeof eventNaturalKey>[0])}`,
    );
    const stored: { key: string; revised: boolean }[] = await db.dataSource.query(
      `SELECT e.batch_id || '|' || e.natural_key AS key,
              EXISTS (SELECT 1 FROM revisions r WHERE r.record_type = 'events' AND r.record_id = e.id::text
                         AND r.parent_id = e.batch_id AND r.after->>'status' = e.status) AS revised
         FROM events e ORDER BY e.id`,
    );
    expect(stored.map((e) => e.key)).toEqual(csv);
    expect(stored.every((e) => e.revised)).toBe(true);
    // The derived outcomes went in with theirs dropped too.
    await expect(
      db.dataSource.query(`INSERT INTO batch_outcomes (batch_id, outcome, subpoenas) VALUES ('nope', 'PENDING', 1)`),
    ).rejects.toThrow(/foreign key/);
    const [{ batches }] = await db.dataSource.query(
      `SELECT count(DISTINCT batch_id)::int AS batches FROM batch_outcomes WHERE batch_id IN (SELECT id FROM batches)`,
    );
    expect(batches).toBe(
      (await db.dataSource.query(`SELECT count(*)::int AS n FROM batches WHERE withdrawn_at IS NULL`))[0].n,
    );
  });

  it("never locks a stored table against readers without --bulk: a later package takes the plain path", async () => {
    // Nine batches into the seed's 34: enough for the bulk path with --bulk (a quarter), taken here without it.
    const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `2020-07-0${n}-denver`);
    const dir = partialPackage({ "batches.csv": denverBatchesCsv(ids, "2020-07") });
    const progress: string[] = [];
    const report = await importPackage(db.dataSource, dir, { onProgress: (m) => progress.push(m) });
    expect(report.added).toMatchObject({ batches: 9 });
    expect(progress.some((m) => m.startsWith("batches: written"))).toBe(true);
    expect(progress.filter((m) => / rebuilt /.test(m))).toEqual([]);
    expect(await schema(db)).toEqual(before);
  });

  it("takes the same path when a later package adds many rows to a stored table, and keeps outcomes and rollups", async () => {
    const eventsHeader = seedHeader("events.csv");
    const ids = [1, 2, 3, 4, 5, 6].map((n) => `2020-05-0${n}-denver`);
    const dir = partialPackage({
      "batches.csv": denverBatchesCsv(ids, "2020-05"),
      "events.csv": [
        eventsHeader,
        ...ids.map((id, i) => `${id},2020-05-0${i + 1},issued,,,,,westword-2020-01-denver`),
        ...ids.map(
          (id, i) =>
            `${id},2020-06-0${i + 1},${i % 2 ? "complied" : "declined"},denver-sheriff,,,,westword-2020-01-denver`,
        ),
        "",
      ].join("\n"),
    });
    const progress: string[] = [];
    const report = await importPackage(db.dataSource, dir, { onProgress: (m) => progress.push(m), bulk: true });
    expect(report.added).toMatchObject({ batches: 6, events: 12 });
    expect(progress.some((m) => m.startsWith("batches: rebuilt"))).toBe(true);
    expect(await schema(db)).toEqual(before);
    const outcomes: { batch_id: string; outcome: string; subpoenas: number }[] = await db.dataSource.query(
      `SELECT batch_id, outcome, subpoenas FROM batch_outcomes WHERE batch_id = ANY($1) ORDER BY batch_id`,
      [ids],
    );
    expect(outcomes).toEqual(
      ids.map((id, i) => ({ batch_id: id, outcome: i % 2 ? "COMPLIED" : "DECLINED", subpoenas: i + 1 })),
    );
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM revisions WHERE dataset_version = $1 AND record_type IN ('batches', 'events')`,
      [report.version],
    );
    expect(n).toBe(18);
    // The rollups kept by the import equal those rebuilt from the base tables.
    const kept = await rollups(db);
    await db.dataSource.transaction((m) => rebuildRollups(m));
    expect(await rollups(db)).toBe(kept);
  });
});

/** batches.csv with one Denver batch per id, issued on the id's day of the month, of 1, 2, 3, ... subpoenas. */
function denverBatchesCsv(ids: string[], month: string): string {
  const rows = ids.map(
    (id, i) => `${id},${month}-0${i + 1},denver-co,denver-sheriff,ERO,${i + 1},exact,,,,,,westword-2020-01-denver`,
  );
  return [seedHeader("batches.csv"), ...rows, ""].join("\n");
}
