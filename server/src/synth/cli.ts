import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../config";
import { synthesizePackage } from "./synth";

const USAGE = "usage: pnpm data:synth --batches N [--seed S] [--from YYYY-MM-DD] [--to YYYY-MM-DD] <folder>";

interface Args {
  batches: number;
  seed: number;
  from?: string;
  to?: string;
  folder: string;
}

function parseArgs(argv: string[]): Args | string {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2);
      const value = inline ?? argv[(i += 1)];
      if (value === undefined) return `--${name} needs a value`;
      values[name] = value;
    } else positional.push(arg);
  }
  const unknown = Object.keys(values).filter((k) => !["batches", "seed", "from", "to"].includes(k));
  if (unknown.length > 0) return `unknown option --${unknown[0]}`;
  const batches = Number(values.batches);
  if (!Number.isSafeInteger(batches) || batches < 1)
    return `--batches must be a whole number of at least 1, got "${values.batches ?? ""}"`;
  const seed = Number(values.seed ?? 1);
  if (!Number.isSafeInteger(seed)) return `--seed must be a whole number, got "${values.seed}"`;
  for (const name of ["from", "to"]) {
    if (values[name] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values[name]))
      return `--${name} must be a day, YYYY-MM-DD`;
  }
  if (positional.length !== 1) return "give exactly one output folder";
  return { batches, seed, from: values.from, to: values.to, folder: positional[0] };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const folder = path.resolve(loadConfig().invocationDir, args.folder);
  const started = performance.now();
  const report = await synthesizePackage(folder, {
    ...args,
    onProgress: (done, total) => {
      const seconds = (performance.now() - started) / 1000;
      console.error(
        `… ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} batches (${seconds.toFixed(1)} s)`,
      );
    },
  });
  for (const [name, rows] of Object.entries(report)) console.log(`${name.padEnd(14)} ${String(rows).padStart(9)} rows`);
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `Wrote ${folder} in ${((performance.now() - started) / 1000).toFixed(1)} s (peak RSS ${peak.toFixed(0)} MB).`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
