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

  it("leaves a data folder to initdb: only in-memory databases start from it", async () => {
    const db = await startEmbeddedPostgres(path.join(dir, "data"), 3, template);
    try {
      expect(await query(db.url, "SELECT to_regclass('migrations') AS t")).toEqual([{ t: null }]);
    } finally {
      await db.stop();
    }
  });
});
