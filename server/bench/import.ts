import "reflect-metadata";
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { openDatabase } from "../src/db/database";
import { synthesizePackage } from "../src/synth/synth";
import { csvFiles } from "./import-child";
import { freshDatabase } from "./fresh-database";
import { bulkLoad } from "./load";

const run = promisify(execFile);

/**
 * `pnpm bench:import [--batches N | --full] [--package DIR] [--server postgres://...] [--embedded] [--rounds R]`
 *
 * `pnpm data:import` of a generated package (100k batches by default, 1M with --full) against a plain COPY of the
 * same CSV rows into tables of text columns, on PostgreSQL (a fresh database for each run) or, with --embedded, on
 * PGlite (its own COPY from a blob). Each import runs in a child process at Node's default heap; its peak RSS is
 * the child's. On PostgreSQL it also times the bench's own loader (bench/load.ts: the same rows set-based, no checks,
 * no revisions, indexes built afterwards, outcomes and rollups, VACUUM ANALYZE) into a fresh database: what the
 * schema alone costs. Rounds interleave COPY, loader and import so that noise from a shared machine hits all three.
 * Prints figures, the import's steps (each with the time it ended at) and the targets beside them; asserts nothing.
 */
interface Args {
  batches: number;
  packageDir: string | null;
  server: string;
  embedded: boolean;
  rounds: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    batches: 100_000,
    packageDir: null,
    server: "postgres://postgres@127.0.0.1:5432/postgres",
    embedded: false,
    rounds: 1,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    if (name === "--full") args.batches = 1_000_000;
    else if (name === "--embedded") args.embedded = true;
    else if (name === "--batches") args.batches = Number(argv[(i += 1)]);
    else if (name === "--package") args.packageDir = argv[(i += 1)];
    else if (name === "--server") args.server = argv[(i += 1)];
    else if (name === "--rounds") args.rounds = Number(argv[(i += 1)]);
    else throw new Error(`unknown argument ${name}`);
  }
  return args;
}

const serverDir = path.resolve(__dirname, "..");

async function ensurePackage(args: Args): Promise<string> {
  const dir = args.packageDir ?? path.join(os.tmpdir(), `subpoena-synth-${args.batches}-seed-1`);
  if (!fs.existsSync(path.join(dir, "datapackage.json"))) {
    console.log(`Generating ${args.batches} batches into ${dir} (once)`);
    await synthesizePackage(dir, { batches: args.batches, seed: 1 });
  }
  return dir;
}

/** COPY of every CSV file of the package into a table of text columns: the floor. */
async function plainCopy(server: string, dir: string, batches: number): Promise<{ seconds: number; rows: number }> {
  const client = new Client({ connectionString: await freshDatabase(server, `bench_import_copy_${batches}`) });
  await client.connect();
  const started = performance.now();
  let rows = 0;
  try {
    for (const file of csvFiles(dir)) {
      const table = `copy_${path.basename(file, ".csv")}`;
      const header = fs.readFileSync(file, "utf8").slice(0, 4096).split("\n")[0].split(",");
      await client.query(`CREATE TABLE ${table} (${header.map((c) => `"${c}" text`).join(", ")})`);
      const copy = client.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT csv, HEADER)`));
      await pipeline(fs.createReadStream(file), copy);
      rows += Number(copy.rowCount);
    }
  } finally {
    await client.end();
  }
  return { seconds: (performance.now() - started) / 1000, rows };
}

/** The bench loader's whole load (bench/load.ts) into a fresh, migrated database: the schema's own cost. */
async function loaderLoad(server: string, dir: string, batches: number): Promise<number> {
  const url = await freshDatabase(server, `bench_import_loader_${batches}`);
  const database = await openDatabase({ databaseUrl: url, embeddedDataDir: "", poolSize: 2 });
  try {
    const started = performance.now();
    await bulkLoad(url, database.dataSource, dir, () => {});
    return (performance.now() - started) / 1000;
  } finally {
    await database.close();
  }
}

async function child(mode: string, dir: string, databaseUrl: string | null): Promise<Record<string, number>> {
  const { stdout, stderr } = await run(process.execPath, ["-r", "./register.cjs", "bench/import-child.ts", mode, dir], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: databaseUrl ?? "", LOG_LEVEL: "silent" },
    maxBuffer: 1 << 24,
  });
  // The first import's steps, with the time each ended at.
  if (stderr.trim()) console.log(stderr.trim().replace(/^/gm, "    "));
  return JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as Record<string, number>;
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

/** The last round's import time over COPY's, and the import's peak RSS. */
export interface ImportFigures {
  ratio: number;
  peakRssMb: number;
}

export async function benchImport(argv: string[]): Promise<ImportFigures> {
  const args = parseArgs(argv);
  const dir = await ensurePackage(args);
  const where = args.embedded ? "embedded PGlite" : "PostgreSQL";
  console.log(`\nImport of ${dir} (${args.batches} batches) on ${where}; load average ${load()} at the start`);
  console.log(`round  COPY s  loader s   import s  ratio  again s  peak RSS MB  load`);
  const figures: ImportFigures = { ratio: NaN, peakRssMb: NaN };
  for (let round = 1; round <= args.rounds; round += 1) {
    const copy = args.embedded
      ? await child("pglite-copy", dir, null)
      : await plainCopy(args.server, dir, args.batches);
    const loader = args.embedded ? null : await loaderLoad(args.server, dir, args.batches);
    const databaseUrl = args.embedded ? null : await freshDatabase(args.server, `bench_import_${args.batches}`);
    if (databaseUrl) {
      await run(process.execPath, ["-r", "./register.cjs", "src/db/cli.ts", "migrate"], {
        cwd: serverDir,
        env: { ...process.env, DATABASE_URL: databaseUrl },
      });
    }
    const ours = await child("import", dir, databaseUrl);
    if (ours.againChanged !== 0)
      console.log(`  the second import changed ${ours.againChanged} rows: it should change none`);
    console.log(
      `${String(round).padStart(5)}  ${copy.seconds.toFixed(1).padStart(6)}  ${(loader === null ? "-" : loader.toFixed(1)).padStart(8)}  ${ours.seconds.toFixed(1).padStart(8)}  ` +
        `${(ours.seconds / copy.seconds).toFixed(1).padStart(4)}x  ${ours.againSeconds.toFixed(1).padStart(7)}  ` +
        `${Math.round(ours.peakRssMb).toString().padStart(11)}  ${load()}`,
    );
    figures.ratio = ours.seconds / copy.seconds;
    figures.peakRssMb = ours.peakRssMb;
  }
  console.log(
    `targets (PostgreSQL, 1M batches): import <= 2x COPY, peak RSS <= 512 MB. COPY: ${
      args.embedded ? "PGlite's COPY FROM '/dev/blob'" : "COPY FROM STDIN"
    } of the same CSV rows into text tables; loader: bench/load.ts into a fresh database (PostgreSQL only).`,
  );
  return figures;
}

if (require.main === module) {
  benchImport(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
