import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportPackage } from "../src/import/exporter";
import { importPackage } from "../src/import/importer";
import { importProblems } from "./helpers/import";
import { appendLines, copySeed, edit, partialPackage, seedHeader } from "./helpers/packages";
import { openTestDatabase, SEED_DIR } from "./helpers/server";

type Db = Awaited<ReturnType<typeof openTestDatabase>>;

/** Every row of every data table, to show that a failed import wrote nothing. */
async function snapshot(db: Db): Promise<string> {
  const tables = [
    "jurisdictions",
    "agencies",
    "sources",
    "policies",
    "court_cases",
    "batches",
    "events",
    "batch_agencies",
    "batch_sources",
    "event_sources",
    "batch_outcomes",
    "dataset",
  ];
  const parts: unknown[] = [];
  for (const t of tables) parts.push(await db.dataSource.query(`SELECT * FROM ${t} ORDER BY 1, 2`));
  return JSON.stringify(parts);
}

async function outcomes(db: Db): Promise<Record<string, string>> {
  const rows: { batch_id: string; parts: string }[] = await db.dataSource.query(
    `SELECT batch_id, string_agg(subpoenas || ' ' || outcome, ' + ' ORDER BY outcome) AS parts
       FROM batch_outcomes GROUP BY batch_id`,
  );
  return Object.fromEntries(rows.map((r) => [r.batch_id, r.parts]));
}

const importError = (db: Db, dir: string): Promise<string[]> => importProblems(db.dataSource, dir);

describe("importing data packages", () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db?.close());

  it("loads the seed, derives every batch's outcome and starts the dataset at version 1", async () => {
    const report = await importPackage(db.dataSource, SEED_DIR);
    expect(report.added).toEqual({
      jurisdictions: 15,
      agencies: 15,
      sources: 63,
      policies: 5,
      court_cases: 5,
      batches: 9,
      events: 32,
    });
    expect(report.version).toBe(1);
    expect(await outcomes(db)).toEqual({
      "2020-01-13-denver": "3 COURT_ORDERED + 1 DECLINED",
      "2020-01-17-nyc": "2 IN_COURT + 2 NO_RESPONSE",
      "2020-02-13-connecticut": "3 PENDING",
      "2020-02-14-san-diego": "4 COMPLIED",
      "2020-02-18-washington-county-or": "2 COMPLIED",
      "2020-02-21-oregon": "5 MIXED",
      "2025-04-24-colorado-cdle": "1 DECLINED",
      "2025-05-la-county-dpss": "1 PENDING",
      "2025-07-oregon-counties": "10 MIXED",
    });
    const [batch] = await db.dataSource.query(
      `SELECT issued_on, issued_precision FROM batches WHERE id = '2020-01-13-denver'`,
    );
    expect(batch).toEqual({ issued_on: "2020-01-13", issued_precision: "day" });
    const [event] = await db.dataSource.query(
      `SELECT occurred_on, occurred_precision FROM events WHERE batch_id = '2020-01-13-denver' AND status = 'declined'`,
    );
    expect(event).toEqual({ occurred_on: "2020-01-01", occurred_precision: "month" });
  });

  it("changes nothing when the same package is imported again", async () => {
    const before = await snapshot(db);
    const report = await importPackage(db.dataSource, SEED_DIR);
    expect(Object.values(report.added).every((n) => n === 0)).toBe(true);
    expect(Object.values(report.changed).every((n) => n === 0)).toBe(true);
    expect(report.unchanged.batches).toBe(9);
    expect(report.version).toBe(1);
    expect(await snapshot(db)).toBe(before);
  });

  it("writes the seed back as the same files (import, export round trip)", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-export-"));
    await exportPackage(db.dataSource, out);
    for (const file of fs.readdirSync(SEED_DIR).filter((f) => f !== "README.md" && f !== "datapackage.json")) {
      expect(fs.readFileSync(path.join(out, file), "utf8"), file).toBe(
        fs.readFileSync(path.join(SEED_DIR, file), "utf8"),
      );
    }
    // The descriptor is the seed's, stamped with the dataset version and the time it was made, which the seed (a
    // package not yet imported) cannot know.
    const { version, created, ...descriptor } = JSON.parse(
      fs.readFileSync(path.join(out, "datapackage.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(version).toMatch(/^\d+$/);
    expect(Number.isNaN(Date.parse(String(created)))).toBe(false);
    expect(descriptor).toEqual(JSON.parse(fs.readFileSync(path.join(SEED_DIR, "datapackage.json"), "utf8")));
  });

  it("reports every problem with file, line and field, and writes nothing", async () => {
    const dir = copySeed();
    // batches.csv line 3 (New York City): a negative count; line 4 (Connecticut): a month 13; line 5: an unknown place.
    edit(dir, "batches.csv", "nyc-doc,ERO,4,exact", "nyc-doc,ERO,-4,exact");
    edit(dir, "batches.csv", "2020-02-13-connecticut,2020-02-13,", "2020-02-13-connecticut,2020-13-13,");
    edit(dir, "batches.csv", "2020-02-14,san-diego-county-ca,", "2020-02-14,atlantis,");
    // agencies.csv line 3 duplicated as the last line.
    appendLines(dir, "agencies.csv", ["denver-sheriff,Denver Sheriff Department,sheriff,denver-co"]);
    // An event for a batch that does not exist, as events.csv line 34.
    appendLines(dir, "events.csv", ["2020-09-09-nowhere,2020-09-10,declined,,,,,ap-2020-01-denver"]);
    const before = await snapshot(db);
    const problems = await importError(db, dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        'batches.csv:3: subpoena_count: must be a whole number of at least 1, got "-4"',
        expect.stringMatching(/^batches\.csv:4: issued_on: .*month 13/),
        'batches.csv:5: jurisdiction_slug: unknown jurisdiction "atlantis": not in jurisdictions.csv nor in the database',
        'agencies.csv:17: slug: duplicate: id "denver-sheriff" is also on line 3',
        'events.csv:34: batch_id: unknown batch "2020-09-09-nowhere": not in batches.csv nor in the database',
      ]),
    );
    expect(await snapshot(db)).toBe(before);
  });

  it("refuses events whose history the outcome rule cannot apply, naming the batch", async () => {
    const dir = copySeed();
    // Two agencies of the Oregon batch of five, each said to hold three of its subpoenas: six of five.
    appendLines(dir, "events.csv", [
      "2020-02-21-oregon,2020-04-01,complied,hillsboro-police,3,,,ijpr-2020-03-08",
      "2020-02-21-oregon,2020-04-02,complied,wasco-county-sheriff,3,,,ijpr-2020-03-08",
    ]);
    const before = await snapshot(db);
    const problems = await importError(db, dir);
    expect(problems).toEqual([
      expect.stringMatching(
        /^batches\.csv:7: events: batch "2020-02-21-oregon": the outcome rule cannot apply: .*more than/,
      ),
    ]);
    expect(await snapshot(db)).toBe(before);
  });

  it("adds a later package's batches and events for agencies already stored", async () => {
    const batchesHeader = seedHeader("batches.csv");
    const eventsHeader = seedHeader("events.csv");
    const dir = partialPackage({
      "sources.csv": `${seedHeader("sources.csv")}\nexample-2020-03,https://example.org/report,Example Desk,A later report,2020-03,news,primary,served two more subpoenas\n`,
      "batches.csv": `${batchesHeader}\n2020-03-denver,2020-03,denver-co,denver-sheriff,,,unknown,,Reported only as several.,,,,example-2020-03\n`,
      "events.csv": [
        eventsHeader,
        "2020-03-denver,2020-03,issued,,,,,example-2020-03",
        "2020-03-denver,2020-04,declined,denver-sheriff,,,,example-2020-03",
        // A follow-up for a batch already stored: the Connecticut review ends in a refusal.
        "2020-02-13-connecticut,2020-03-30,declined,ct-judicial-cssd,,,,example-2020-03",
        "",
      ].join("\n"),
    });
    const nextId = async () =>
      (await db.dataSource.query(`SELECT nextval(pg_get_serial_sequence('events', 'id'))::int AS id`))[0].id as number;
    const last = await nextId();
    const report = await importPackage(db.dataSource, dir);
    expect(report.added).toMatchObject({ sources: 1, batches: 1, events: 3, agencies: 0 });
    expect(report.version).toBe(2);
    // Added events take the next ids in line order, as the identity would give them, and the identity moves past them.
    const added = await db.dataSource.query(`SELECT id, batch_id FROM events WHERE id > $1 ORDER BY id`, [last]);
    expect(added).toEqual([
      { id: last + 1, batch_id: "2020-03-denver" },
      { id: last + 2, batch_id: "2020-03-denver" },
      { id: last + 3, batch_id: "2020-02-13-connecticut" },
    ]);
    expect(await nextId()).toBe(last + 4);
    const result = await outcomes(db);
    expect(result["2020-02-13-connecticut"]).toBe("3 DECLINED");
    // The count is unknown: the outcome is known, its size is not invented.
    const [unknown] = await db.dataSource.query(
      `SELECT outcome, subpoenas FROM batch_outcomes WHERE batch_id = '2020-03-denver'`,
    );
    expect(unknown).toEqual({ outcome: "DECLINED", subpoenas: null });
  });

  it("counts a changed row as changed and moves the version on", async () => {
    const dir = copySeed();
    edit(dir, "jurisdictions.csv", "denver-co,Denver,", "denver-co,City and County of Denver,");
    const report = await importPackage(db.dataSource, dir);
    expect(report.changed.jurisdictions).toBe(1);
    expect(report.added.jurisdictions).toBe(0);
    expect(report.version).toBe(3);
  });
});

describe("importing events for batches stored without any", () => {
  let db: Db;
  let whole: Db;
  beforeAll(async () => {
    db = await openTestDatabase();
    whole = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
    await whole?.close();
  });

  it("adds them and derives the same outcomes as importing everything at once", async () => {
    // The first package's events file has no rows: the batches are stored, no event is.
    const dir = copySeed();
    fs.writeFileSync(path.join(dir, "events.csv"), `${seedHeader("events.csv")}\n`);
    const first = await importPackage(db.dataSource, dir);
    expect(first.added).toMatchObject({ batches: 9, events: 0 });
    const report = await importPackage(db.dataSource, SEED_DIR);
    expect(report.added).toMatchObject({ batches: 0, events: 32 });
    expect(report.unchanged).toMatchObject({ batches: 9, events: 0 });
    expect(report.touchedBatches).toBe(9);
    await importPackage(whole.dataSource, SEED_DIR);
    expect(await outcomes(db)).toEqual(await outcomes(whole));
    const rollups = (d: Db) =>
      d.dataSource.query(`SELECT * FROM count_rollup_parts WHERE batches <> 0 ORDER BY 1, 2, 3, 4, 5`);
    expect(await rollups(db)).toEqual(await rollups(whole));
  });
});
