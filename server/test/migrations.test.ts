import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackage } from "../src/import/importer";
import { openTestDatabase, SEED_DIR } from "./helpers/server";

type Db = Awaited<ReturnType<typeof openTestDatabase>>;

async function tables(db: Db): Promise<string[]> {
  const rows: { table_name: string }[] = await db.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'
      ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

describe("migrations", () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDatabase({ migrate: false });
  });
  afterAll(() => db?.close());

  it("go up from an empty database", async () => {
    expect(await tables(db)).toEqual([]);
    await db.dataSource.runMigrations({ transaction: "each" });
    expect(await tables(db)).toEqual([
      "accounts",
      "agencies",
      "api_tokens",
      "batch_agencies",
      "batch_outcomes",
      "batch_sources",
      "batches",
      "changeset_changes",
      "changesets",
      "correction_requests",
      "count_rollup_batches",
      "count_rollup_parts",
      "court_case_sources",
      "court_cases",
      "dataset",
      "event_sources",
      "events",
      "jurisdictions",
      "policies",
      "policy_sources",
      "rate_limit_hits",
      "rate_limits",
      "revisions",
      "sessions",
      "sources",
    ]);
  });

  it("go all the way down, leaving nothing behind", async () => {
    await importPackage(db.dataSource, SEED_DIR);
    while ((await db.dataSource.query(`SELECT count(*) AS n FROM migrations`))[0].n > 0) {
      await db.dataSource.undoLastMigration({ transaction: "each" });
    }
    expect(await tables(db)).toEqual([]);
  });

  it("go up again and take the seed", async () => {
    await db.dataSource.runMigrations({ transaction: "each" });
    const report = await importPackage(db.dataSource, SEED_DIR);
    expect(report.added.batches).toBe(9);
    expect(await db.dataSource.showMigrations()).toBe(false);
  });
});
