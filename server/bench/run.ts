import "reflect-metadata";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config";
import { startServer } from "../src/server";
import { insertGeneratedBatches } from "../test/helpers/generate";
import { countStatements } from "../test/helpers/sql-counter";

/**
 * Figures for the public API on an embedded database holding a few thousand generated batches: latency of counts
 * and of pages of batches through HTTP, statements per request, and the streamed CSV. Figures and ratios only, no
 * pass/fail: compare runs on the same machine. `pnpm bench [batches] [rounds]`.
 */
const BATCHES = Number(process.argv[2] ?? 3000);
const ROUNDS = Number(process.argv[3] ?? 40);

interface Figure {
  name: string;
  p50: number;
  p95: number;
  statements: number;
  note?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const config = {
    ...loadConfig({}),
    databaseUrl: null,
    embeddedDataDir: "memory://",
    port: 0,
    logLevel: "silent" as const,
    seedDir: path.resolve(__dirname, "..", "..", "data", "seed"),
  };
  const started = performance.now();
  const server = await startServer(config);
  const dataSource = server.database.dataSource;
  try {
    await insertGeneratedBatches(dataSource, BATCHES, 7);
    console.log(
      `Embedded PGlite, ${BATCHES + 6} batches (seed + generated), ready in ${((performance.now() - started) / 1000).toFixed(1)} s; ${ROUNDS} rounds each.\n`,
    );
    const counter = countStatements(dataSource);
    const post = async (query: string, variables?: Record<string, unknown>) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: { message: string }[]; data?: Record<string, unknown> };
      if (body.errors) throw new Error(body.errors[0].message);
      return body.data;
    };

    const measure = async (name: string, run: (round: number) => Promise<unknown>, note?: string): Promise<Figure> => {
      await run(0);
      await run(1);
      const times: number[] = [];
      let statements = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        counter.reset();
        const t = performance.now();
        await run(round);
        times.push(performance.now() - t);
        statements = Math.max(statements, counter.statements.length);
      }
      times.sort((a, b) => a - b);
      return { name, p50: percentile(times, 50), p95: percentile(times, 95), statements, note };
    };

    const counts = (groupBy: string, filter = "") =>
      `{ subpoenaCounts(groupBy: [${groupBy}]${filter}) { buckets { period jurisdiction { slug name } state outcome agencyKind offenseCategory subpoenas batches unknownCountBatches } total { subpoenas batches } } }`;
    const PAGE_FULL = `query($after: String) { batches(first: 100, after: $after) { totalCount pageInfo { endCursor hasNextPage }
      nodes { id issuedOn countLabel jurisdiction { slug name } agencies { slug name kind } outcomes { outcome subpoenas }
              events { date status agency { slug } courtCase { slug sources { id } } sources { id } }
              courtCases { slug } sources { id url } } } }`;
    const PAGE_IDS = `query($after: String) { batches(first: 100, after: $after) { pageInfo { endCursor hasNextPage } nodes { id } } }`;

    // Cursors of successive pages, so that page latency covers the whole list and not only its start.
    const cursors: (string | null)[] = [null];
    for (;;) {
      const data = (await post(PAGE_IDS, { after: cursors.at(-1) })) as {
        batches: { pageInfo: { endCursor: string; hasNextPage: boolean } };
      };
      if (!data.batches.pageInfo.hasNextPage) break;
      cursors.push(data.batches.pageInfo.endCursor);
    }
    const cursorAt = (round: number) => cursors[round % cursors.length];

    const figures: Figure[] = [
      await measure("counts by PERIOD (month)", () => post(counts("PERIOD"))),
      await measure("counts by JURISDICTION", () => post(counts("JURISDICTION"))),
      await measure("counts by OUTCOME, STATE", () => post(counts("OUTCOME, STATE"))),
      await measure("counts by OFFENSE_CATEGORY, AGENCY_KIND in oregon", () =>
        post(counts("OFFENSE_CATEGORY, AGENCY_KIND", `, filter: { jurisdictions: ["oregon"] }`)),
      ),
      await measure("counts by PERIOD, filled, 2019-2021", () =>
        post(counts("PERIOD", `, fillEmptyPeriods: true, filter: { issuedFrom: "2019", issuedTo: "2021" }`)),
      ),
      await measure("batches page of 100, ids only", (r) => post(PAGE_IDS, { after: cursorAt(r) })),
      await measure("batches page of 100, with relations", (r) => post(PAGE_FULL, { after: cursorAt(r) })),
      await measure("counts.csv by STATE, PERIOD", () =>
        fetch(`${server.url}/api/v1/counts.csv?groupBy=STATE,PERIOD`).then((r) => r.text()),
      ),
      await measure(
        "batches.csv, every row",
        () => fetch(`${server.url}/api/v1/batches.csv`).then((r) => r.text()),
        `${BATCHES + 6} rows`,
      ),
    ];
    counter.restore();

    const width = Math.max(...figures.map((f) => f.name.length));
    console.log(`${"request".padEnd(width)}   p50 ms   p95 ms   statements`);
    for (const f of figures) {
      console.log(
        `${f.name.padEnd(width)}  ${f.p50.toFixed(1).padStart(7)}  ${f.p95.toFixed(1).padStart(7)}  ${String(f.statements).padStart(11)}${f.note ? `   (${f.note})` : ""}`,
      );
    }
    const byName = (name: string) => figures.find((f) => f.name === name)!;
    const full = byName("batches page of 100, with relations");
    const ids = byName("batches page of 100, ids only");
    const csv = byName("batches.csv, every row");
    console.log(`\nRatios:
  page with relations / page of ids:       ${(full.p50 / ids.p50).toFixed(2)}x (p50)
  batches.csv throughput:                  ${Math.round(((BATCHES + 6) / csv.p50) * 1000)} rows/s (p50)
  statements for a page of 100 relations:  ${full.statements} (one per relation level, not per batch)`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
