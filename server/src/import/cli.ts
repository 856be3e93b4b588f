import "reflect-metadata";
import path from "node:path";
import { loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { exportPackage } from "./exporter";
import { importPackage } from "./importer";
import { PackageError } from "../write/problems";
import { RESOURCES } from "../write/resources";

const USAGE = "usage: pnpm data:import <folder> [--bulk]  |  pnpm data:export <folder>";

/**
 * `import <folder> [--bulk]` and `export <folder>`. Paths are relative to where pnpm was called from. `--bulk` lets a
 * big import into stored tables drop and rebuild their indexes, locking them against readers until it ends.
 */
async function main(argv: string[]): Promise<number> {
  const bulk = argv.includes("--bulk");
  const [command, folderArg, ...rest] = argv.filter((a) => a !== "--bulk");
  if (
    (command !== "import" && command !== "export") ||
    !folderArg ||
    rest.length > 0 ||
    (bulk && command !== "import")
  ) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const folder = path.resolve(config.invocationDir, folderArg);
  const db = await openDatabase(config);
  try {
    if (command === "export") {
      const report = await exportPackage(db.dataSource, folder);
      for (const f of report.files) console.log(`${f.file}: ${f.rows} rows`);
      console.log(`Exported to ${folder}`);
      return 0;
    }
    const report = await importPackage(db.dataSource, folder, {
      onProgress: (m) => console.error(`… ${m}`),
      bulk,
    });
    console.log("resource        added  changed  unchanged");
    for (const r of RESOURCES) {
      console.log(
        `${r.name.padEnd(14)} ${String(report.added[r.name]).padStart(6)} ${String(report.changed[r.name]).padStart(8)} ${String(report.unchanged[r.name]).padStart(10)}`,
      );
    }
    console.log(`Dataset version ${report.version}.`);
    return 0;
  } catch (error) {
    if (error instanceof PackageError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
