// Fails when src/gql/ is not what `pnpm codegen` would write from the current schema and documents: run in CI so a
// schema change or a new query never ships with stale types.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const committed = path.join(webDir, "src", "gql");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "gql-check-"));

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .sort();
}

try {
  execFileSync(
    process.execPath,
    [
      path.join(webDir, "node_modules", "@graphql-codegen", "cli", "cjs", "bin.js"),
      "--config",
      "codegen.ts",
      "--silent",
    ],
    { cwd: webDir, env: { ...process.env, GQL_OUT_DIR: `${scratch}/` }, stdio: "inherit" },
  );
  const expected = listFiles(scratch);
  const actual = listFiles(committed);
  const stale = new Set([...expected, ...actual].filter((name) => !expected.includes(name) || !actual.includes(name)));
  for (const name of expected) {
    if (!actual.includes(name)) continue;
    if (fs.readFileSync(path.join(scratch, name), "utf8") !== fs.readFileSync(path.join(committed, name), "utf8")) {
      stale.add(name);
    }
  }
  if (stale.size > 0) {
    console.error(`web/src/gql is stale (${[...stale].join(", ")}). Run: pnpm --filter @subpoena-tracker/web codegen`);
    process.exit(1);
  }
  console.log("web/src/gql is up to date with server/schema.graphql and the documents.");
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
