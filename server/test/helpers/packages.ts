import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SEED_DIR } from "./server";

/** A copy of the seed package in a temporary folder, to change for a test. */
export function copySeed(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-package-"));
  for (const file of fs.readdirSync(SEED_DIR)) fs.copyFileSync(path.join(SEED_DIR, file), path.join(dir, file));
  return dir;
}

/** Replaces text in one file of a package; fails loudly when the text is not there, so a fixture cannot go stale. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const filePath = path.join(dir, file);
  const text = fs.readFileSync(filePath, "utf8");
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not found in ${file}`);
  fs.writeFileSync(filePath, text.replace(from, to));
}

export function appendLines(dir: string, file: string, lines: string[]): void {
  fs.appendFileSync(path.join(dir, file), lines.map((l) => `${l}\n`).join(""));
}

/** A package holding only the given resources' files, with a descriptor listing just those. */
export function partialPackage(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-package-"));
  const seedDescriptor = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "datapackage.json"), "utf8")) as {
    resources: { name: string; path: string }[];
  };
  const resources = seedDescriptor.resources.filter((r) => r.path in files);
  fs.writeFileSync(path.join(dir, "datapackage.json"), JSON.stringify({ ...seedDescriptor, resources }, null, 2));
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

/** The header line of a seed file. */
export function seedHeader(file: string): string {
  return fs.readFileSync(path.join(SEED_DIR, file), "utf8").split("\n")[0];
}
