import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { openDatabase } from "../src/db/database";
import { importPackage } from "../src/import/importer";
import { freshDatabase } from "./fresh-database";

/**
 * `node -r ./register.cjs bench/import-statements.ts <dir> <database name> [--again] [--server postgres://...]
 * [--explain REGEX]`: a fresh, migrated database of that name on the server (default the local one), then
 * `importPackage` of the package with every statement timed from the client (round trip included); prints statements
 * of 20 ms or more in order, the steps, CPU and GC time. `--explain` runs the statements it matches under
 * `EXPLAIN (ANALYZE, BUFFERS)` instead and prints their plans. Asserts nothing.
 */
async function main(dir: string, name: string, again: boolean, server: string, explain: RegExp | null): Promise<void> {
  const databaseUrl = await freshDatabase(server, name);
  const db = await openDatabase({ databaseUrl, embeddedDataDir: "", poolSize: 2 }, { migrate: true });
  const timed: { ms: number; text: string }[] = [];
  const original = Client.prototype.query;
  let on = false;
  (Client.prototype as unknown as { query: unknown }).query = function (this: Client, ...args: unknown[]) {
    if (on && explain && typeof args[0] === "string" && explain.test(args[0])) {
      const text = args[0];
      return (original as (...a: unknown[]) => Promise<{ rows: { "QUERY PLAN": string }[] }>)
        .apply(this, [`EXPLAIN (ANALYZE, BUFFERS) ${text}`, ...args.slice(1)])
        .then((r) => {
          console.log(
            `EXPLAIN ${text.replace(/\s+/g, " ").slice(0, 120)}\n${r.rows.map((x) => x["QUERY PLAN"]).join("\n")}`,
          );
          return { rows: [], rowCount: 0 };
        });
    }
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (!on || !(result instanceof Promise)) return result;
    const text = typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string }).text ?? "(copy)");
    const t0 = performance.now();
    return result.then((r) => {
      timed.push({ ms: performance.now() - t0, text });
      return r;
    });
  };
  const { PerformanceObserver } = await import("node:perf_hooks");
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  }).observe({ entryTypes: ["gc"] });
  try {
    const runs = again ? 2 : 1;
    for (let i = 0; i < runs; i++) {
      timed.length = 0;
      gcMs = 0;
      const cpu0 = process.cpuUsage();
      on = true;
      const t0 = performance.now();
      await importPackage(db.dataSource, dir, { onProgress: (m) => console.log(`  step: ${m}`) });
      const wall = performance.now() - t0;
      on = false;
      const cpu = process.cpuUsage(cpu0);
      for (const t of timed.filter((x) => x.ms >= 20)) {
        console.log(`${t.ms.toFixed(0).padStart(7)} ms  ${t.text.replace(/\s+/g, " ").slice(0, 160)}`);
      }
      const sum = timed.reduce((a, t) => a + t.ms, 0);
      console.log(
        `run ${i + 1}: wall ${(wall / 1000).toFixed(1)} s; statements ${(sum / 1000).toFixed(1)} s (${timed.length}); ` +
          `node cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, gc ${(gcMs / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await db.close();
  }
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    again: { type: "boolean", default: false },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    explain: { type: "string" },
  },
});
if (positionals.length !== 2) {
  console.error(
    "usage: bench/import-statements.ts <package dir> <database name> [--again] [--server URL] [--explain REGEX]",
  );
  process.exit(2);
}
main(
  positionals[0],
  positionals[1],
  values.again,
  values.server,
  values.explain ? new RegExp(values.explain) : null,
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
