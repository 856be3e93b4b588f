import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeed, edit } from "./helpers/packages";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

const run = promisify(execFile);
const serverDir = path.resolve(__dirname, "..");

/**
 * `pnpm data:import` and `data:export` as a person runs them: a real process, its output and exit code. Each test starts
 * two Node processes that compile the server's TypeScript as they start, which on a loaded machine takes longer than
 * the default minute.
 */
describe("the data:import and data:export commands", { timeout: 180_000 }, () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    database = await createTestDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-cli-"));
    env = {
      ...process.env,
      DATABASE_URL: database.databaseUrl ?? "",
      EMBEDDED_DATA_DIR: dataDir,
      INIT_CWD: os.tmpdir(),
    };
  });
  afterAll(() => database?.drop());

  const cli = (...args: string[]) =>
    run(process.execPath, ["-r", "./register.cjs", "src/import/cli.ts", ...args], { cwd: serverDir, env }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it("refuses a bad package with exit code 1, listing each problem, and writes nothing", async () => {
    const dir = copySeed();
    edit(
      dir,
      "events.csv",
      "2020-02-13-connecticut,2020-02-25,under_review",
      "2020-02-13-connecticut,2020-02-30,under_review",
    );
    const result = await cli("import", dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nothing was written");
    expect(result.stderr).toMatch(/events\.csv:12: date: .*2020-02-30/);
    const exported = await cli("export", path.join(fs.mkdtempSync(path.join(os.tmpdir(), "out-")), "pkg"));
    expect(exported.stdout).toContain("batches.csv: 0 rows");
  });

  it("imports a good package, prints what it added, and exports it back", async () => {
    const result = await cli("import", copySeed());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/batches\s+9\s+0\s+0/);
    expect(result.stderr).toContain("Checked");
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "out-"));
    const exported = await cli("export", out);
    expect(exported.code).toBe(0);
    expect(fs.readFileSync(path.join(out, "events.csv"), "utf8").split("\n")).toHaveLength(34);
  });

  it("explains its usage when called without a folder", async () => {
    const result = await cli("import");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: pnpm data:import <folder>");
  });
});
