import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackage } from "../src/import/importer";
import { openTestDatabase, SEED_DIR } from "./helpers/server";

/**
 * The database refuses bad rows by itself, whatever writes them: the importer checks first, but an editor, a
 * script or a later bug must meet the same rules.
 */
describe("database constraints", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    db = await openTestDatabase();
    await importPackage(db.dataSource, SEED_DIR);
  });
  afterAll(() => db?.close());

  const batch = (overrides: Record<string, string>) => {
    const row: Record<string, string> = {
      id: "'test-batch'",
      issued_on: "'2020-05-01'",
      issued_precision: "'month'",
      jurisdiction_slug: "'denver-co'",
      subpoena_count: "2",
      count_precision: "'exact'",
      ...overrides,
    };
    return `INSERT INTO batches (${Object.keys(row).join(", ")}) VALUES (${Object.values(row).join(", ")})`;
  };

  it.each([
    ["a negative count", batch({ subpoena_count: "-1" }), /subpoena_count_check|check constraint/],
    ["a count when the precision says unknown", batch({ count_precision: "'unknown'" }), /check constraint/],
    ["no count when the precision says exact", batch({ subpoena_count: "NULL" }), /check constraint/],
    ["an unknown precision value", batch({ count_precision: "'roughly'" }), /check constraint/],
    ["an unknown jurisdiction", batch({ jurisdiction_slug: "'atlantis'" }), /foreign key/],
    ["an unknown offense category", batch({ offense_categories: "ARRAY['jaywalking']" }), /check constraint/],
    ["a date precision that is not year, month or day", batch({ issued_precision: "'week'" }), /check constraint/],
    ["a duplicate id", batch({ id: "'2020-01-13-denver'" }), /duplicate key/],
    ["an id that is not a slug", batch({ id: "'Has Spaces'" }), /check constraint/],
  ])("refuses a batch with %s", async (_name, sql, message) => {
    await expect(db.dataSource.query(sql)).rejects.toThrow(message);
  });

  it.each([
    [
      "an unknown status",
      `INSERT INTO events (batch_id, natural_key, occurred_on, occurred_precision, status) VALUES ('2020-01-17-nyc', 'x', '2020-03-01', 'day', 'vanished')`,
    ],
    [
      "an unknown agency",
      `INSERT INTO events (batch_id, natural_key, occurred_on, occurred_precision, status, agency_slug) VALUES ('2020-01-17-nyc', 'x', '2020-03-01', 'day', 'declined', 'nobody')`,
    ],
    [
      "zero subpoenas affected",
      `INSERT INTO events (batch_id, natural_key, occurred_on, occurred_precision, status, subpoenas_affected) VALUES ('2020-01-17-nyc', 'x', '2020-03-01', 'day', 'declined', 0)`,
    ],
    [
      "an unknown batch",
      `INSERT INTO events (batch_id, natural_key, occurred_on, occurred_precision, status) VALUES ('nope', 'x', '2020-03-01', 'day', 'declined')`,
    ],
    [
      "a second event with the same natural key",
      `INSERT INTO events (batch_id, natural_key, occurred_on, occurred_precision, status) SELECT batch_id, natural_key, occurred_on, occurred_precision, status FROM events LIMIT 1`,
    ],
  ])("refuses an event with %s", async (_name, sql) => {
    await expect(db.dataSource.query(sql)).rejects.toThrow();
  });

  it.each([
    ["a jurisdiction that is its own parent", `UPDATE jurisdictions SET parent_slug = slug WHERE slug = 'oregon'`],
    ["a state code that is not two capitals", `UPDATE jurisdictions SET state = 'or' WHERE slug = 'oregon'`],
    ["an agency kind outside the list", `UPDATE agencies SET kind = 'militia' WHERE slug = 'nyc-doc'`],
    ["a source without an http(s) address", `UPDATE sources SET url = 'ftp://x' WHERE id = 'ap-2020-01-denver'`],
    [
      "a source link to a missing source",
      `INSERT INTO batch_sources (batch_id, source_id, position) VALUES ('2020-01-17-nyc', 'nope', 9)`,
    ],
    [
      "an outcome value outside the list",
      `UPDATE batch_outcomes SET outcome = 'LOST' WHERE batch_id = '2020-01-17-nyc'`,
    ],
    ["deleting a source that facts cite", `DELETE FROM sources WHERE id = 'ap-2020-01-denver'`],
  ])("refuses %s", async (_name, sql) => {
    await expect(db.dataSource.query(sql)).rejects.toThrow();
  });

  it("still accepts a valid batch, so the refusals above are about the rule and not the statement", async () => {
    await db.dataSource.query(batch({}));
    const [row] = await db.dataSource.query(`SELECT subpoena_count FROM batches WHERE id = 'test-batch'`);
    expect(row.subpoena_count).toBe(2);
  });
});
