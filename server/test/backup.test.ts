import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { PG_BIN } from "./helpers/cluster";
import { createTestDatabase, type TestDatabase } from "./helpers/database";
import { copySeed } from "./helpers/packages";

const run = promisify(execFile);
const serverDir = path.resolve(__dirname, "..");
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/**
 * The backup and restore procedures of docs/operations.md, followed as an operator would, each judged the same way:
 * the restored database exports (`pnpm data:export`) byte for byte what the original did.
 */
async function cli(env: Record<string, string>, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ["-r", "./register.cjs", "src/import/cli.ts", ...args], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? "", INIT_CWD: os.tmpdir(), LOG_LEVEL: "silent", ...env },
  });
  return stdout;
}

/** Every file of an exported package, by name, as bytes. */
function filesOf(dir: string): Record<string, Buffer> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(dir, name))]),
  );
}

function expectSameExport(original: string, restored: string): void {
  const a = filesOf(original);
  const b = filesOf(restored);
  expect(Object.keys(b)).toEqual(Object.keys(a));
  expect(Object.keys(a)).toContain("batches.csv");
  for (const name of Object.keys(a)) expect(b[name].equals(a[name]), `${name} is byte-identical`).toBe(true);
}

describe("backups restore to a byte-identical data:export", { timeout: 300_000 }, () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of databases) await d.drop();
  });

  it("embedded database: a copy of the stopped server's data folder", async () => {
    const original = tmp("st-backup-data-");
    await cli({ EMBEDDED_DATA_DIR: original }, "import", copySeed());
    const before = path.join(tmp("st-backup-out-"), "package");
    await cli({ EMBEDDED_DATA_DIR: original }, "export", before);

    // Back up: the folder, with the server stopped (its lock file keeps a running server and a copy apart).
    const archive = path.join(tmp("st-backup-archive-"), "pglite.tar.gz");
    await run("tar", ["-C", original, "-czf", archive, "."]);
    // Restore: into an empty folder, which the server then opens.
    const restored = tmp("st-backup-restored-");
    await run("tar", ["-C", restored, "-xzf", archive]);
    const after = path.join(tmp("st-backup-out-"), "package");
    await cli({ EMBEDDED_DATA_DIR: restored }, "export", after);

    expectSameExport(before, after);
  });

  if (!process.env.TEST_DATABASE_URL) {
    console.info(
      "backup.test.ts: skipping the PostgreSQL backup test: it needs a PostgreSQL server (TEST_DATABASE_URL), which the PostgreSQL run of the suite sets",
    );
  }
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "PostgreSQL: pg_dump in the custom format, pg_restore into a fresh database (needs TEST_DATABASE_URL; the embedded run skips it)",
    async () => {
      const source = await createTestDatabase();
      const target = await createTestDatabase();
      databases.push(source, target);
      await cli({ DATABASE_URL: source.databaseUrl! }, "import", copySeed());
      const before = path.join(tmp("st-backup-out-"), "package");
      await cli({ DATABASE_URL: source.databaseUrl! }, "export", before);

      const dump = path.join(tmp("st-backup-dump-"), "subpoenas.dump");
      await run(path.join(PG_BIN, "pg_dump"), ["--format=custom", "--file", dump, "--dbname", source.databaseUrl!]);
      await run(path.join(PG_BIN, "pg_restore"), [
        "--no-owner",
        "--exit-on-error",
        "--dbname",
        target.databaseUrl!,
        dump,
      ]);
      const after = path.join(tmp("st-backup-out-"), "package");
      await cli({ DATABASE_URL: target.databaseUrl! }, "export", after);

      expectSameExport(before, after);
    },
  );
});
