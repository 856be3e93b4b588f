import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { deriveOutcome } from "@subpoena-tracker/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../src/import/csv";
import { importPackage } from "../src/import/importer";
import { loadOutcomeEvents } from "../src/modules/batches/batch-outcome.service";
import { rebuildRollups } from "../src/modules/counts/count-rollup";
import { synthesizePackage, type SynthReport } from "../src/synth/synth";
import { RESOURCES } from "../src/write/resources";
import { importProblems } from "./helpers/import";
import { openTestDatabase } from "./helpers/server";

type Db = Awaited<ReturnType<typeof openTestDatabase>>;

/**
 * The bulk importer's guarantees on a generated package of a few thousand batches (the shape of the 1M benchmark
 * package), on whichever database the run uses: the embedded one, or PostgreSQL with TEST_DATABASE_URL.
 */
const BATCHES = 2500;

/** Rewrites a CSV file's data lines (the generated package quotes nothing in the columns edited here). */
function editCsv(file: string, edit: (fields: string[], line: number) => string[]): void {
  const [header, ...lines] = fs.readFileSync(file, "utf8").trimEnd().split("\n");
  fs.writeFileSync(file, [header, ...lines.map((l, i) => edit(l.split(","), i + 2).join(","))].join("\n") + "\n");
}

function copyDir(from: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), "import-guarantees-"));
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(to, f));
  return to;
}

/** Every batch's stored outcome breakdown, and the one the domain rule derives from its stored events. */
async function outcomesBothWays(db: Db): Promise<{ stored: Record<string, string>; rule: Record<string, string> }> {
  const q = db.dataSource;
  const stored: { batch_id: string; parts: string }[] = await q.query(
    `SELECT batch_id, string_agg(outcome || ':' || coalesce(subpoenas::text, '?'), ' ' ORDER BY outcome) AS parts
       FROM batch_outcomes GROUP BY batch_id`,
  );
  const batches: { id: string; subpoena_count: number | null; agencies: string[] }[] = await q.query(
    `SELECT b.id, b.subpoena_count, array_agg(ba.agency_slug ORDER BY ba.position) AS agencies
       FROM batches b JOIN batch_agencies ba ON ba.batch_id = b.id WHERE b.withdrawn_at IS NULL GROUP BY b.id`,
  );
  const events = await loadOutcomeEvents(
    q,
    batches.map((b) => b.id),
  );
  const rule: Record<string, string> = {};
  for (const b of batches) {
    const parts = deriveOutcome({
      subpoenaCount: b.subpoena_count,
      recipientAgencySlugs: b.agencies,
      events: events.filter((e) => e.batchId === b.id),
    });
    rule[b.id] = [...parts]
      .sort((x, y) => (x.outcome < y.outcome ? -1 : 1))
      .map((p) => `${p.outcome}:${p.subpoenas ?? "?"}`)
      .join(" ");
  }
  return { stored: Object.fromEntries(stored.map((r) => [r.batch_id, r.parts])), rule };
}

/** The rollups as kept, and as rebuilt from the base tables (rolled back). */
async function rollupsBothWays(db: Db): Promise<{ kept: unknown; rebuilt: unknown }> {
  const read = (q: { query: (sql: string) => Promise<unknown> }) =>
    Promise.all(
      ["count_rollup_batches", "count_rollup_parts"].map((t) =>
        q.query(`SELECT * FROM ${t} WHERE batches <> 0 ORDER BY ${t === "count_rollup_parts" ? "outcome, " : ""}
                   issued_on, issued_precision, jurisdiction_slug, issuing_component NULLS FIRST`),
      ),
    );
  const kept = await read(db.dataSource);
  const runner = db.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await rebuildRollups(runner);
    return { kept, rebuilt: await read(runner) };
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

async function tableCounts(db: Db): Promise<Record<string, number>> {
  const [row] = await db.dataSource.query(
    `SELECT ${[...RESOURCES.map((r) => r.table), "revisions", "changesets", "batch_outcomes", "event_sources"]
      .map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`)
      .join(", ")}, (SELECT version FROM dataset) AS version`,
  );
  return row as Record<string, number>;
}

describe("the bulk importer's guarantees on a generated package", { timeout: 240_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "import-guarantees-"));
  let synth: SynthReport;
  let db: Db;

  beforeAll(async () => {
    synth = await synthesizePackage(folder, { batches: BATCHES, seed: 21, from: "2018-01-01", to: "2023-12-31" });
    db = await openTestDatabase();
  });
  afterAll(() => db?.close());

  it("refuses a package with problems in several files, listing them all, and writes nothing", async () => {
    const dir = copyDir(folder);
    const batchHeader = fs.readFileSync(path.join(dir, "batches.csv"), "utf8").split("\n")[0].split(",");
    const count = batchHeader.indexOf("subpoena_count");
    const place = batchHeader.indexOf("jurisdiction_slug");
    let firstBatch = "";
    let badBatch = "";
    editCsv(path.join(dir, "batches.csv"), (f, line) => {
      if (line === 2) firstBatch = f[0];
      if (line === 10) badBatch = f[0];
      if (line === 10 && f[count] !== "") f[count] = "many";
      if (line === 10 && f[count] === "") f[count] = "-1";
      if (line === 20) f[place] = "atlantis";
      return f;
    });
    const events = fs.readFileSync(path.join(dir, "events.csv"), "utf8").trimEnd().split("\n");
    const duplicated = events[5];
    fs.appendFileSync(
      path.join(dir, "events.csv"),
      [duplicated, `${firstBatch},1999-01-01,declined,,,,,news-0`, `no-such-batch,2020-01-01,declined,,,,,news-0`]
        .map((l) => `${l}\n`)
        .join(""),
    );
    const last = events.length;
    // The bad batch does not count as in the package, so its own events point at a batch that is nowhere.
    const orphans = events.flatMap((l, i) => (l.startsWith(`${badBatch},`) ? [i + 1] : []));
    expect(orphans.length).toBeGreaterThan(0);
    const before = await tableCounts(db);
    const problems = await importProblems(db.dataSource, dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^batches\.csv:10: subpoena_count: must be a whole number of at least 1, got "(many|-1)"$/,
        ),
        'batches.csv:20: jurisdiction_slug: unknown jurisdiction "atlantis": not in jurisdictions.csv nor in the database',
        `events.csv:${last + 1}: batch_id: duplicate: the same event (batch, date, status, agency and court case) is also on line 6`,
        expect.stringMatching(new RegExp(`^events\\.csv:${last + 2}: date: is before the batch was issued`)),
        `events.csv:${last + 3}: batch_id: unknown batch "no-such-batch": not in batches.csv nor in the database`,
        ...orphans.map(
          (line) => `events.csv:${line}: batch_id: unknown batch "${badBatch}": not in batches.csv nor in the database`,
        ),
      ]),
    );
    expect(problems, problems.join("\n")).toHaveLength(5 + orphans.length);
    expect(await tableCounts(db)).toEqual(before);
  });

  it("adds every row, derives outcomes as the domain rule does, keeps rollups equal to the base tables, and records a revision per record", async () => {
    const report = await importPackage(db.dataSource, folder);
    for (const r of RESOURCES) expect(report.added[r.name], r.name).toBe(synth[r.name]);
    expect(report.version).toBe(1);
    const { stored, rule } = await outcomesBothWays(db);
    expect(Object.keys(stored)).toHaveLength(BATCHES);
    expect(stored).toEqual(rule);
    const { kept, rebuilt } = await rollupsBothWays(db);
    expect(kept).toEqual(rebuilt);
    const revisions: { record_type: string; n: number }[] = await db.dataSource.query(
      `SELECT record_type, count(*)::int AS n FROM revisions WHERE changeset_id = $1 AND action = 'create'
        GROUP BY record_type`,
      [report.changesetId],
    );
    expect(Object.fromEntries(revisions.map((r) => [r.record_type, r.n]))).toEqual({
      ...Object.fromEntries(RESOURCES.filter((r) => synth[r.name] > 0).map((r) => [r.name, synth[r.name]])),
      dataset: 1,
    });
    // An event's revision is keyed by its stored id and names its batch, as the editorial path records it.
    const [event] = await db.dataSource.query(
      `SELECT r.after, e.batch_id, r.parent_id FROM revisions r JOIN events e ON e.id::text = r.record_id
        WHERE r.record_type = 'events' LIMIT 1`,
    );
    expect(event.parent_id).toBe(event.batch_id);
    expect(event.after.batch_id).toBe(event.batch_id);
    // The order the rows came in is kept though they go in unsorted: ordinals (what an export writes back in order),
    // event ids (the outcome rule's tie-break) and revision ids follow the files' lines.
    const column = (file: string, name: string) => {
      return readCsv(path.join(folder, file)).rows.map((r) => r.values[name]);
    };
    const ids = async (sql: string) => ((await db.dataSource.query(sql)) as { id: string }[]).map((r) => r.id);
    expect(await ids(`SELECT id FROM batches ORDER BY ordinal`)).toEqual(column("batches.csv", "id"));
    expect(await ids(`SELECT id FROM sources ORDER BY ordinal`)).toEqual(column("sources.csv", "id"));
    expect(await ids(`SELECT batch_id AS id FROM events e ORDER BY e.id`)).toEqual(column("events.csv", "batch_id"));
    expect(await ids(`SELECT record_id AS id FROM revisions r WHERE record_type = 'batches' ORDER BY r.id`)).toEqual(
      column("batches.csv", "id"),
    );
    const eventIds = await ids(`SELECT id::text AS id FROM events e ORDER BY e.id`);
    expect(await ids(`SELECT record_id AS id FROM revisions r WHERE record_type = 'events' ORDER BY r.id`)).toEqual(
      eventIds,
    );
    expect(
      await ids(`SELECT record_type AS id FROM revisions WHERE changeset_id = ${report.changesetId} GROUP BY record_type
                  ORDER BY min(id)`),
    ).toEqual([...RESOURCES.filter((r) => synth[r.name] > 0).map((r) => r.name), "dataset"]);
  });

  it("changes nothing when the same package is imported again", async () => {
    const before = await tableCounts(db);
    const report = await importPackage(db.dataSource, folder);
    for (const r of RESOURCES) {
      expect(report.added[r.name], r.name).toBe(0);
      expect(report.changed[r.name], r.name).toBe(0);
      expect(report.unchanged[r.name], r.name).toBe(synth[r.name]);
    }
    expect(report.version).toBe(1);
    expect(report.changesetId).toBeNull();
    expect(await tableCounts(db)).toEqual(before);
  });

  it("imports a later package incrementally: counts what it adds, changes and leaves, and keeps outcomes and rollups right", async () => {
    const dir = copyDir(folder);
    const header = fs.readFileSync(path.join(dir, "batches.csv"), "utf8").split("\n")[0].split(",");
    const notes = header.indexOf("notes");
    const component = header.indexOf("issuing_component");
    const changedIds: string[] = [];
    editCsv(path.join(dir, "batches.csv"), (f, line) => {
      if (line % 50 === 0) {
        f[notes] = `Corrected in a later package (line ${line}).`;
        f[component] = f[component] === "HSI" ? "ERO" : "HSI";
        changedIds.push(f[0]);
      }
      return f;
    });
    // Every tenth changed batch is also declined in a new event, which moves its outcome.
    const added = changedIds.filter((_, i) => i % 10 === 0);
    fs.appendFileSync(
      path.join(dir, "events.csv"),
      added.map((id) => `${id},2024-06-30,withdrawn,,,,,news-0\n`).join(""),
    );
    const report = await importPackage(db.dataSource, dir);
    expect(report.changed.batches).toBe(changedIds.length);
    expect(report.unchanged.batches).toBe(BATCHES - changedIds.length);
    expect(report.added.events).toBe(added.length);
    expect(report.unchanged.events).toBe(synth.events);
    expect(report.added.batches + report.changed.events).toBe(0);
    expect(report.version).toBe(2);
    const [revision] = await db.dataSource.query(
      `SELECT before, after, record_version, reason FROM revisions
        WHERE changeset_id = $1 AND record_type = 'batches' AND record_id = $2`,
      [report.changesetId, changedIds[0]],
    );
    expect(revision.record_version).toBe(2);
    expect(revision.after.notes).toMatch(/^Corrected in a later package/);
    expect(revision.before.notes).not.toBe(revision.after.notes);
    expect(revision.reason).toMatch(/^Imported from the data package/);
    const [{ outcome }] = await db.dataSource.query(`SELECT outcome FROM batch_outcomes WHERE batch_id = $1`, [
      added[0],
    ]);
    expect(outcome).toBe("WITHDRAWN");
    const { stored, rule } = await outcomesBothWays(db);
    expect(stored).toEqual(rule);
    const { kept, rebuilt } = await rollupsBothWays(db);
    expect(kept).toEqual(rebuilt);
  });
});
