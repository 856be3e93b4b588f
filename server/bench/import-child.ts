import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import { loadConfig } from "../src/config";
import { openDatabase } from "../src/db/database";
import { importPackage } from "../src/import/importer";

/**
 * One measured step of bench/import.ts, in a process of its own so that its peak RSS is its own (Node's default heap:
 * no --max-old-space-size). Prints one JSON line.
 *   import <dir>       opens DATABASE_URL (or an embedded database in memory) with the schema, then times
 *                      importPackage twice: the first import and the same package again (must change nothing);
 *   pglite-copy <dir>  times PGlite's own COPY of the same CSV rows into text tables (its fastest path).
 */
async function main(mode: string, dir: string): Promise<void> {
  if (mode === "pglite-copy") {
    const db = await PGlite.create("memory://");
    const started = performance.now();
    let rows = 0;
    for (const file of csvFiles(dir)) {
      const table = `copy_${path.basename(file, ".csv")}`;
      const header = fs.readFileSync(file, "utf8").slice(0, 4096).split("\n")[0].split(",");
      await db.exec(`CREATE TABLE ${table} (${header.map((c) => `"${c}" text`).join(", ")})`);
      const result = await db.query(`COPY ${table} FROM '/dev/blob' WITH (FORMAT csv, HEADER)`, [], {
        blob: await fs.openAsBlob(file),
      });
      rows += result.affectedRows ?? 0;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(JSON.stringify({ seconds, rows, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
    await db.close();
    return;
  }
  const db = await openDatabase({ ...loadConfig(), embeddedDataDir: "memory://" });
  try {
    let started = performance.now();
    const first = await importPackage(db.dataSource, dir, { onProgress: (m) => console.error(m) });
    const seconds = (performance.now() - started) / 1000;
    started = performance.now();
    const again = await importPackage(db.dataSource, dir);
    const againSeconds = (performance.now() - started) / 1000;
    const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);
    console.log(
      JSON.stringify({
        seconds,
        againSeconds,
        added: sum(first.added),
        againChanged: sum(again.added) + sum(again.changed),
        peakRssMb: process.resourceUsage().maxRSS / 1024,
      }),
    );
  } finally {
    await db.close();
  }
}

export function csvFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .map((f) => path.join(dir, f));
}

if (require.main === module) {
  main(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
