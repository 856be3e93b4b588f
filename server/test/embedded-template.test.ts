import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { startEmbeddedPostgres } from "../src/db/embedded";
import { writeEmbeddedTemplate } from "../src/db/embedded-template";
import { MIGRATIONS } from "../src/db/migrations";

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

// The test suites start every embedded database from a migrated, empty one (EMBEDDED_TEMPLATE).
describe("an embedded database started from a template", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "template-test-"));
  let template: string;
  beforeAll(async () => {
    // The run's own template where there is one (the embedded run); otherwise one made here.
    template = inject("embeddedTemplate") ?? path.join(dir, "migrated.tar");
    if (!fs.existsSync(template)) await writeEmbeddedTemplate(template);
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("has every migration applied and no data", async () => {
    const db = await startEmbeddedPostgres("memory://", 3, template);
    try {
      const applied = await query<{ name: string }>(db.url, "SELECT name FROM migrations ORDER BY id");
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await query(db.url, "SELECT count(*)::int AS n FROM batches")).toEqual([{ n: 0 }]);
    } finally {
      await db.stop();
    }
  });

  it("never replaces a data folder that already holds a database", async () => {
    const folder = path.join(dir, "data");
    const first = await startEmbeddedPostgres(folder, 3);
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('mine')");
    await first.stop();
    const again = await startEmbeddedPostgres(folder, 3, template);
    try {
      expect(await query(again.url, "SELECT note FROM kept")).toEqual([{ note: "mine" }]);
      expect(await query(again.url, "SELECT to_regclass('migrations') AS t")).toEqual([{ t: null }]);
    } finally {
      await again.stop();
    }
  });
});
