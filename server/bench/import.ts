import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config";
import { openDatabase } from "../src/db/database";
import { toCsv } from "../src/import/csv";
import { importPackage } from "../src/import/importer";

/**
 * Import speed: a generated package of BATCHES batches (three events each) on top of the seed, imported into an
 * empty embedded database, then imported again (which must change nothing). Prints figures, asserts nothing.
 */
const BATCHES = 5000;
const SEED = path.resolve(__dirname, "..", "..", "data", "seed");
const PLACES: [agency: string, jurisdiction: string][] = [
  ["denver-sheriff", "denver-co"],
  ["nyc-doc", "new-york-city-ny"],
  ["ct-judicial-cssd", "connecticut"],
  ["san-diego-county-sheriff", "san-diego-county-ca"],
  ["washington-county-or-sheriff", "washington-county-or"],
];

function generatedPackage(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-bench-"));
  for (const file of fs.readdirSync(SEED)) fs.copyFileSync(path.join(SEED, file), path.join(dir, file));
  const batchHeader = fs.readFileSync(path.join(SEED, "batches.csv"), "utf8").split("\n")[0].split(",");
  const eventHeader = fs.readFileSync(path.join(SEED, "events.csv"), "utf8").split("\n")[0].split(",");
  const batches: string[][] = [];
  const events: string[][] = [];
  for (let i = 0; i < BATCHES; i++) {
    const [agency, jurisdiction] = PLACES[i % PLACES.length];
    const month = String((i % 12) + 1).padStart(2, "0");
    const day = String((i % 28) + 1).padStart(2, "0");
    const id = `gen-${String(i).padStart(5, "0")}`;
    const year = 2021 + (i % 4);
    const count = i % 10 === 0 ? "" : String((i % 5) + 1);
    batches.push([
      id,
      `${year}-${month}-${day}`,
      jurisdiction,
      agency,
      "ERO",
      count,
      count ? "exact" : "unknown",
      "drug;dui",
      "Generated for the benchmark.",
      "",
      "",
      "",
      "ap-2020-01-denver",
    ]);
    events.push([id, `${year}-${month}-${day}`, "issued", "", "", "", "", "ap-2020-01-denver"]);
    events.push([id, `${year}-${month}`, "declined", agency, "", "", "", "ap-2020-01-denver"]);
    events.push([id, `${year + 1}`, "complied_after_order", agency, "", "", "", "ap-2020-01-denver"]);
  }
  const append = (file: string, header: string[], rows: string[][]) =>
    fs.appendFileSync(path.join(dir, file), toCsv(header, rows).split("\n").slice(1).join("\n"));
  append("batches.csv", batchHeader, batches);
  append("events.csv", eventHeader, events);
  return dir;
}

async function main(): Promise<void> {
  const dir = generatedPackage();
  const db = await openDatabase({ ...loadConfig({}), databaseUrl: null, embeddedDataDir: "memory://" });
  try {
    const rows = BATCHES * 4;
    let started = performance.now();
    const first = await importPackage(db.dataSource, dir);
    const firstMs = performance.now() - started;
    started = performance.now();
    const again = await importPackage(db.dataSource, dir);
    const againMs = performance.now() - started;
    console.log(`Import of ${BATCHES} generated batches + ${BATCHES * 3} events on the seed (embedded PGlite):`);
    console.log(
      `  first import:  ${(firstMs / 1000).toFixed(2)} s, ${Math.round((rows / firstMs) * 1000)} rows/s, ` +
        `added ${first.added.batches} batches and ${first.added.events} events`,
    );
    console.log(
      `  same again:    ${(againMs / 1000).toFixed(2)} s, changed ${Object.values(again.changed).reduce((a, b) => a + b, 0)} rows, version ${again.version}`,
    );
    console.log(
      `  ratio re-import / first: ${(againMs / firstMs).toFixed(2)}x; peak RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`,
    );
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
