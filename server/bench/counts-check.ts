import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { toCriteria } from "../src/modules/batches/batch-criteria";
import type { BatchFilterValues } from "../src/modules/batches/dto/batch-filter.input";
import { countsStatement, rollupsCanAnswer, type CountsQuery } from "../src/modules/counts/counts.sql";
import { CountDimension, Interval } from "../src/modules/counts/counts.types";

/**
 * `pnpm --filter @subpoena-tracker/server bench:counts-check [postgres://.../st_bench_1000000]`
 *
 * On a loaded bench database: (1) every counts request the dashboard and the embeds make (the groupings they use,
 * with no filter, a year, a state, one outcome), by month and by year, answered from the rollups and from the base
 * tables, must give the same rows; (2) EXPLAIN (ANALYZE, BUFFERS) of the base-table statements, the path taken
 * when the rollups cannot answer, with the warning signs named: a sort or hash that spilled to disk, a CTE scan.
 * Prints what it finds and exits 1 on a difference.
 */

const D = CountDimension;
const GROUPINGS: CountDimension[][] = [
  [],
  [D.PERIOD],
  [D.OUTCOME],
  [D.JURISDICTION],
  [D.STATE],
  [D.ISSUING_COMPONENT],
  [D.PERIOD, D.JURISDICTION],
  [D.PERIOD, D.STATE],
  [D.PERIOD, D.OUTCOME],
  [D.PERIOD, D.ISSUING_COMPONENT],
];

async function main(): Promise<void> {
  const url = process.argv[2] ?? "postgres://postgres@127.0.0.1:5432/st_bench_1000000";
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows: info } = await client.query(
    `SELECT (SELECT count(*) FROM batches)::int AS batches,
            (SELECT to_char(max(issued_on) - interval '1 year', 'YYYY') FROM batches) AS year,
            (SELECT j.state FROM batches b JOIN jurisdictions j ON j.slug = b.jurisdiction_slug
              GROUP BY j.state ORDER BY count(*) DESC LIMIT 1) AS state`,
  );
  const { batches, year, state } = info[0] as { batches: number; year: string; state: string };
  console.log(`${batches.toLocaleString("en-US")} batches at ${url.replace(/\/\/[^@]*@/, "//")}`);
  const filters: Record<string, BatchFilterValues> = {
    none: {},
    [`the year ${year}`]: { issuedFrom: year, issuedTo: year },
    [`the state ${state}`]: { states: [state] },
    "one outcome (DECLINED)": { outcomes: ["DECLINED"] },
  };
  const answer = async (query: CountsQuery, rollups: boolean) => {
    const { sql, values } = countsStatement(query, rollups);
    const started = performance.now();
    const rows = (await client.query(sql, values)).rows as Record<string, unknown>[];
    const ms = performance.now() - started;
    const read = rows.map(({ first_period, last_period, unknown_slugs, ...r }) =>
      r.row_kind === "total" ? { ...r, first_period, last_period, unknown_slugs } : r,
    );
    return { text: read.map((r) => JSON.stringify(r)).sort(), ms, n: rows.length };
  };

  let differences = 0;
  let compared = 0;
  console.log("\nRollups against base tables (the same rows, or a difference):");
  for (const interval of [Interval.MONTH, Interval.YEAR]) {
    for (const [name, filter] of Object.entries(filters)) {
      for (const groupBy of GROUPINGS) {
        if (interval === Interval.YEAR && !groupBy.includes(D.PERIOD)) continue;
        const query: CountsQuery = { criteria: toCriteria(filter), groupBy, interval, periodRange: true };
        if (!rollupsCanAnswer(query)) continue;
        const [fast, base] = [await answer(query, true), await answer(query, false)];
        compared += 1;
        const same = fast.text.join("\n") === base.text.join("\n");
        if (!same) differences += 1;
        console.log(
          `  ${same ? "same" : "DIFFERENT"}  ${interval.toLowerCase()}, ${name}, [${groupBy.join(", ")}]: ${base.n} rows, rollups ${fast.ms.toFixed(0)} ms, base tables ${base.ms.toFixed(0)} ms`,
        );
      }
    }
  }
  console.log(`${compared} requests compared, ${differences} different.`);

  const plans: [string, CountsQuery][] = [
    ["month, all time", { criteria: toCriteria({}), groupBy: [D.PERIOD], interval: Interval.MONTH, periodRange: true }],
    [
      "outcome, all time",
      { criteria: toCriteria({}), groupBy: [D.OUTCOME], interval: Interval.MONTH, periodRange: true },
    ],
    [
      `month x jurisdiction, ${year}`,
      {
        criteria: toCriteria({ issuedFrom: year, issuedTo: year }),
        groupBy: [D.PERIOD, D.JURISDICTION],
        interval: Interval.MONTH,
        periodRange: true,
      },
    ],
    [
      `month, from a day (${year}-03-15, rollups cannot answer)`,
      {
        criteria: toCriteria({ issuedFrom: `${year}-03-15` }),
        groupBy: [D.PERIOD],
        interval: Interval.MONTH,
        periodRange: true,
      },
    ],
    [
      "offense category, all time (rollups cannot answer)",
      { criteria: toCriteria({}), groupBy: [D.OFFENSE_CATEGORY], interval: Interval.MONTH, periodRange: true },
    ],
    [
      "month, two outcomes (rollups cannot answer)",
      {
        criteria: toCriteria({ outcomes: ["DECLINED", "COMPLIED"] }),
        groupBy: [D.PERIOD],
        interval: Interval.MONTH,
        periodRange: true,
      },
    ],
    [
      // Few batches left by the other filters: their parts can be read by index rather than all of them.
      "month, two outcomes, one state (rollups cannot answer)",
      {
        criteria: toCriteria({ outcomes: ["DECLINED", "COMPLIED"], states: ["OR"] }),
        groupBy: [D.PERIOD],
        interval: Interval.MONTH,
        periodRange: true,
      },
    ],
  ];
  console.log("\nBase-table plans (EXPLAIN ANALYZE, BUFFERS):");
  for (const [name, query] of plans) {
    const { sql, values } = countsStatement(query, false);
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
    const plan = rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
    const signs = [
      /external (merge|sort)/i.test(plan) && "a sort spilled to disk",
      /Disk Usage|Disk: \d/i.test(plan) && "disk used",
      /Batches: ([2-9]|\d\d)/.test(plan) && "a hash spilled to batches",
      /CTE Scan/.test(plan) && "a CTE scan",
    ].filter(Boolean);
    const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
    console.log(
      `\n### ${name}: ${time} ms; ${signs.length ? `WARNING: ${signs.join(", ")}` : "no spill, no CTE scan"}`,
    );
    console.log(plan);
  }
  await client.end();
  if (differences > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
