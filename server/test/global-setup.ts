// Once per run on the embedded database: a migrated, empty database as a tarball, which every in-memory database the
// tests start begins from (initdb and every migration in WebAssembly cost seconds of CPU per database, a hundred times
// a run). On PostgreSQL each test file makes its own database and there is nothing to save.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    embeddedTemplate: string | null;
  }
}

const SERVER_DIR = path.resolve(__dirname, "..");

export default function setup(project: TestProject): () => void {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("embeddedTemplate", null);
    return () => {};
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-template-"));
  const file = path.join(dir, "migrated.tar");
  execFileSync(process.execPath, ["-r", "./register.cjs", "src/db/cli.ts", "template", file], {
    cwd: SERVER_DIR,
    stdio: "inherit",
  });
  project.provide("embeddedTemplate", file);
  // Servers the tests start as processes of their own read it from their environment.
  process.env.EMBEDDED_TEMPLATE = file;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
