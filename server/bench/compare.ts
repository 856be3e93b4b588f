import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { Client } from "pg";
import { loadConfig } from "../src/config";
import { openDatabase } from "../src/db/database";
import { encodeCursor } from "../src/modules/batches/batch-cursor";
import { BatchOrder } from "../src/modules/batches/batch.types";
import { startServer } from "../src/server";
import { synthesizePackage } from "../src/synth/synth";
import { countStatements } from "../test/helpers/sql-counter";
import { benchImport } from "./import";
import { bulkLoad } from "./load";

/**
 * `pnpm bench [--batches N | --full] [--duration S] [--rounds R] [--server postgres://...] [--only KEYS] [--csv-only] [--port-base P] [--no-import]`
 *
 * Our API against two references on one PostgreSQL database holding a generated package (100k batches by default,
 * 1M with --full): the floor (bare http + pg, one hand-written statement per request) and PostGraphile 4.14.1 with
 * pg-aggregates. Each system runs in its own process. The three answers are compared before anything is timed;
 * then autocannon runs each request at a fixed number of connections, systems interleaved round by round so that
 * noise from a shared machine hits them alike. Prints req/s, p50, p99, statements per request and the ratios.
 * Figures, never pass/fail: the targets are printed beside them.
 */

interface Args {
  batches: number;
  duration: number;
  rounds: number;
  server: string;
  /** Only the CSV download (the queries' timing skipped). */
  csvOnly: boolean;
  /** Only these measures (comma-separated keys: month, outcome, month-place, page, deep-page, csv); all when empty. */
  only: string[];
  /** The three systems listen on this port and the next two (another bench may be running on the defaults). */
  portBase: number;
  /** Skip the import line (at 1M it takes most of an hour); also skipped with --only and --csv-only. */
  noImport: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    batches: 100_000,
    duration: 10,
    rounds: 2,
    server: "postgres://postgres@127.0.0.1:5432/postgres",
    csvOnly: false,
    only: [],
    portBase: 4191,
    noImport: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    if (name === "--full") {
      args.batches = 1_000_000;
      continue;
    }
    if (name === "--csv-only") {
      args.csvOnly = true;
      continue;
    }
    if (name === "--no-import") {
      args.noImport = true;
      continue;
    }
    const value = argv[(i += 1)];
    if (name === "--batches") args.batches = Number(value);
    else if (name === "--duration") args.duration = Number(value);
    else if (name === "--rounds") args.rounds = Number(value);
    else if (name === "--server") args.server = value;
    else if (name === "--port-base") args.portBase = Number(value);
    else if (name === "--only") args.only = value.split(",").map((k) => k.trim());
    else throw new Error(`unknown argument ${name}`);
  }
  return args;
}

type System = "ours" | "floor" | "postgraphile";
const SYSTEMS: System[] = ["ours", "floor", "postgraphile"];

interface Request {
  path: string;
  method?: "GET" | "POST";
  body?: string;
}

interface Scenario {
  /** What --only names it by. */
  key: string;
  name: string;
  connections: number;
  requests: Record<System, Request>;
  /** Each system's answer reduced to comparable text. */
  read: Record<System, (body: string) => string>;
}

const gql = (query: string, variables?: Record<string, unknown>): Request => ({
  path: "/graphql",
  method: "POST",
  body: JSON.stringify({ query, variables }),
});

/** Counts as sorted "key subpoenas batches" lines. */
const lines = (rows: [string, unknown, unknown][]) =>
  rows
    .map(([k, s, b]) => `${k} ${Number(s)} ${Number(b)}`)
    .sort()
    .join("\n");

type Bucket = {
  period?: string;
  other?: boolean;
  outcome?: string;
  jurisdiction?: { slug: string };
  subpoenas: number;
  batches: number;
};
const oursBuckets = (key: (b: Bucket) => string) => (body: string) =>
  lines(
    (JSON.parse(body) as { data: { subpoenaCounts: { buckets: Bucket[] } } }).data.subpoenaCounts.buckets.map((b) => [
      key(b),
      b.subpoenas,
      b.batches,
    ]),
  );
const floorRows = (body: string) =>
  lines(
    (JSON.parse(body) as { key: string; subpoenas: number; batches: number }[]).map((r) => [
      r.key,
      r.subpoenas,
      r.batches,
    ]),
  );
type Grouped = { keys: string[]; sum: Record<string, string> };
const pgGroups = (connection: string, subpoenas: string) => (body: string) =>
  lines(
    (JSON.parse(body) as { data: Record<string, { groupedAggregates: Grouped[] }> }).data[
      connection
    ].groupedAggregates.map((g) => [g.keys.join(" "), g.sum[subpoenas], g.sum.one]),
  );

const OURS_PAGE = `query($after: String) { batches(first: 100, after: $after, orderBy: ISSUED_ON_ASC) {
  pageInfo { endCursor hasNextPage }
  nodes { id issuedOn jurisdiction { slug name } agencies { slug name kind } outcomes { outcome subpoenas }
          events { date status agency { slug } courtCase { slug } sources { id } } sources { id url } } } }`;
const PG_PAGE = `query($after: Cursor) { allBatches(first: 100, after: $after, orderBy: [ISSUED_ON_ASC, ID_ASC]) {
  pageInfo { endCursor hasNextPage }
  nodes { id issuedOn jurisdictionByJurisdictionSlug { slug name }
          batchAgenciesByBatchId { nodes { agencyByAgencySlug { slug name kind } } }
          batchOutcomesByBatchId { nodes { outcome subpoenas } }
          eventsByBatchId { nodes { occurredOn status agencySlug courtCaseSlug eventSourcesByEventId { nodes { sourceId } } } }
          batchSourcesByBatchId { nodes { sourceBySourceId { id url } } } } } }`;

/** A page as "id events sources" lines, in page order. */
const oursPage = (body: string) =>
  (
    JSON.parse(body) as { data: { batches: { nodes: { id: string; events: unknown[]; sources: unknown[] }[] } } }
  ).data.batches.nodes
    .map((n) => `${n.id} ${n.events.length} ${n.sources.length}`)
    .join("\n");
const floorPage = (body: string) =>
  (JSON.parse(body) as { node: { id: string; events: unknown[] | null; sources: unknown[] | null } }[])
    .map((r) => `${r.node.id} ${r.node.events?.length ?? 0} ${r.node.sources?.length ?? 0}`)
    .join("\n");
/** PostGraphile orders ties on a day by id only (we put coarser dates first): compared as a set of ids. */
const pgPage = (body: string) =>
  (
    JSON.parse(body) as {
      data: {
        allBatches: {
          nodes: { id: string; eventsByBatchId: { nodes: unknown[] }; batchSourcesByBatchId: { nodes: unknown[] } }[];
        };
      };
    }
  ).data.allBatches.nodes
    .map((n) => `${n.id} ${n.eventsByBatchId.nodes.length} ${n.batchSourcesByBatchId.nodes.length}`)
    .sort()
    .join("\n");
/** The series a chart draws from "period place subpoenas batches" lines: the top N places, the rest as "other". */
const TOP = 7;
function foldTop(text: string, top: number): string {
  const rows = text.split("\n").map((l) => {
    const [period, place, s, b] = l.split(" ");
    return { period, place, s: Number(s), b: Number(b) };
  });
  const tally = new Map<string, { s: number; b: number }>();
  for (const r of rows) {
    const t = tally.get(r.place) ?? { s: 0, b: 0 };
    t.s += r.s;
    t.b += r.b;
    tally.set(r.place, t);
  }
  // Unknown-size batches break ties in our ranking; pg-aggregates' answer here has no such column, and the floor's
  // check below catches any difference.
  const kept = new Set(
    [...tally.entries()]
      .sort(([ka, a], [kb, b]) => b.s - a.s || b.b - a.b || (ka < kb ? -1 : ka > kb ? 1 : 0))
      .slice(0, top)
      .map(([k]) => k),
  );
  const out = new Map<string, [string, number, number]>();
  for (const r of rows) {
    const key = `${r.period} ${kept.has(r.place) ? r.place : "other"}`;
    const o = out.get(key) ?? [key, 0, 0];
    o[1] += r.s;
    o[2] += r.b;
    out.set(key, o);
  }
  return lines([...out.values()]);
}

const sortedLines = (text: string) => text.split("\n").sort().join("\n");

async function ensureDatabase(args: Args): Promise<string> {
  const name = `st_bench_${args.batches}`;
  const url = new URL(args.server);
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: args.server });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  let loaded = false;
  if (exists) {
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    const r = await db
      .query(`SELECT (SELECT count(*) FROM batches)::int AS n, (SELECT name FROM dataset) AS name`)
      .catch(() => ({ rows: [{ n: 0, name: null }] }));
    loaded = r.rows[0].n === args.batches && r.rows[0].name === "synthetic";
    await db.end();
  }
  if (!loaded) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();
  // Migrations run either way, so a database loaded by an older build gets the newer schema.
  const database = await openDatabase({ databaseUrl: url.toString(), embeddedDataDir: "", poolSize: 4 });
  try {
    if (!loaded) {
      const folder = path.join(os.tmpdir(), `subpoena-synth-${args.batches}-seed-1`);
      if (!fs.existsSync(path.join(folder, "datapackage.json"))) {
        console.log(`Generating ${args.batches} batches into ${folder}`);
        await synthesizePackage(folder, { batches: args.batches, seed: 1 });
      }
      const started = performance.now();
      await bulkLoad(url.toString(), database.dataSource, folder, (m) => console.log(`  ${m}`));
      console.log(`Loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await database.close();
  }
  return url.toString();
}

function startChild(script: string, databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["-r", "./register.cjs", `bench/${script}`, databaseUrl, String(port)], {
    cwd: path.resolve(__dirname, ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening")) resolve(child);
    });
  });
}

async function call(base: string, request: Request): Promise<string> {
  const res = await fetch(`${base}${request.path}`, {
    method: request.method ?? "GET",
    headers: { "content-type": "application/json" },
    body: request.body,
  });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"'))
    throw new Error(`${base}${request.path}: ${res.status} ${text.slice(0, 300)}`);
  return text;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

/**
 * One target's line for the closing table: the figure, the target, and "met" or by how much it is missed (the
 * factor the figure would have to improve by).
 */
function verdict(what: string, value: number, target: number, better: "lower" | "higher", unit = "x"): string {
  const met = better === "lower" ? value <= target : value >= target;
  const factor = better === "lower" ? value / target : target / value;
  const sign = better === "lower" ? "<=" : ">=";
  const shown = (n: number) => (unit === "x" ? `${n.toFixed(2)}x` : `${n.toFixed(0)} ${unit}`);
  return `${met ? "met   " : "MISSED"}  ${what}: ${shown(value)} (target ${sign} ${shown(target)})${
    met ? "" : `, missed by ${factor.toFixed(2)}x`
  }`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // The table's import line: data:import of the same package against COPY of its rows (bench/import.ts).
  const verdicts: string[] = [];
  if (!args.csvOnly && !args.noImport && args.only.length === 0) {
    const imported = await benchImport(["--batches", String(args.batches), "--server", args.server]);
    verdicts.push(
      verdict(`import, ${args.batches.toLocaleString("en-US")} batches, vs COPY`, imported.ratio, 2, "lower"),
      verdict("import's peak RSS", imported.peakRssMb, 512, "lower", "MB"),
    );
  }
  const databaseUrl = await ensureDatabase(args);
  const ports: Record<System, number> = {
    ours: args.portBase,
    floor: args.portBase + 1,
    postgraphile: args.portBase + 2,
  };
  const base = (s: System) => `http://127.0.0.1:${ports[s]}`;
  const children = [
    await startChild("ours-server.ts", databaseUrl, ports.ours),
    await startChild("floor-server.ts", databaseUrl, ports.floor),
    await startChild("postgraphile-server.ts", databaseUrl, ports.postgraphile),
  ];
  // Our statements per request are counted in this process, on a server of our own (the timed one runs apart).
  const defaults = loadConfig({});
  const counted = await startServer({
    ...defaults,
    databaseUrl,
    port: 0,
    logLevel: "silent",
    // As the timed server: the statements the request itself costs, not the rate limiter's.
    rateLimit: { ...defaults.rateLimit, points: 0 },
  });
  try {
    const probe = new Client({ connectionString: databaseUrl });
    await probe.connect();
    const year = (await probe.query(`SELECT to_char(max(issued_on) - interval '1 year', 'YYYY') AS y FROM batches`))
      .rows[0].y;
    const middle = Math.floor(args.batches / 2);
    const deep = (
      await probe.query(
        `SELECT issued_on::text AS d, CASE issued_precision WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END AS r, id
           FROM batches ORDER BY issued_on, 2, id COLLATE "C" OFFSET $1 LIMIT 1`,
        [middle - 1],
      )
    ).rows[0];
    await probe.end();
    const oursDeep = encodeCursor(BatchOrder.ISSUED_ON_ASC, [deep.d, deep.r, deep.id]);
    const pgDeep = (
      JSON.parse(
        await call(
          base("postgraphile"),
          gql(`{ allBatches(first: 1, offset: ${middle - 1}, orderBy: [ISSUED_ON_ASC, ID_ASC]) { edges { cursor } } }`),
        ),
      ) as { data: { allBatches: { edges: { cursor: string }[] } } }
    ).data.allBatches.edges[0].cursor;

    const countsQuery = (groupBy: string, filter = "") =>
      `{ subpoenaCounts(groupBy: [${groupBy}]${filter}) { buckets { period outcome jurisdiction { slug } other subpoenas batches unknownCountBatches } total { subpoenas batches } } }`;
    const allScenarios: Scenario[] = [
      {
        key: "month",
        name: "counts by month, all time",
        connections: 1,
        requests: {
          ours: gql(countsQuery("PERIOD")),
          floor: { path: "/counts/month" },
          postgraphile: gql(
            `{ allBatchCounts { groupedAggregates(groupBy: [PERIOD]) { keys sum { countedSubpoenas one } } } }`,
          ),
        },
        read: {
          ours: oursBuckets((b) => b.period!),
          floor: floorRows,
          postgraphile: pgGroups("allBatchCounts", "countedSubpoenas"),
        },
      },
      {
        key: "outcome",
        name: "counts by outcome",
        connections: 1,
        requests: {
          ours: gql(countsQuery("OUTCOME")),
          floor: { path: "/counts/outcome" },
          postgraphile: gql(
            `{ allOutcomeCounts { groupedAggregates(groupBy: [OUTCOME]) { keys sum { subpoenas one } } } }`,
          ),
        },
        read: {
          ours: oursBuckets((b) => b.outcome!),
          floor: floorRows,
          postgraphile: pgGroups("allOutcomeCounts", "subpoenas"),
        },
      },
      {
        key: "month-place",
        name: `month x jurisdiction, ${year}, 4 clients`,
        connections: 4,
        requests: {
          // What the chart draws: the top 7 places and the rest summed as "other" (MAX_SERIES less one).
          ours: gql(
            countsQuery(
              "PERIOD, JURISDICTION",
              `, filter: { issuedFrom: "${year}", issuedTo: "${year}" }, top: ${TOP}`,
            ),
          ),
          floor: { path: `/counts/month-place?year=${year}&top=${TOP}` },
          postgraphile: gql(
            `{ allBatchCounts(condition: { year: "${year}" }) { groupedAggregates(groupBy: [PERIOD, JURISDICTION_SLUG]) { keys sum { countedSubpoenas one } } } }`,
          ),
        },
        read: {
          ours: oursBuckets((b) => `${b.period} ${b.other ? "other" : b.jurisdiction!.slug}`),
          floor: floorRows,
          // PostGraphile answers every place; the chart would fold it as the floor does.
          postgraphile: (body) => foldTop(pgGroups("allBatchCounts", "countedSubpoenas")(body), TOP),
        },
      },
      {
        key: "page",
        name: "batches(first:100) with every relation",
        connections: 1,
        requests: { ours: gql(OURS_PAGE), floor: { path: "/page" }, postgraphile: gql(PG_PAGE) },
        read: { ours: oursPage, floor: floorPage, postgraphile: pgPage },
      },
      {
        key: "deep-page",
        name: `the same page ${middle.toLocaleString("en-US")} rows in`,
        connections: 1,
        requests: {
          ours: gql(OURS_PAGE, { after: oursDeep }),
          floor: { path: `/page?after=${encodeURIComponent(JSON.stringify([deep.d, deep.r, deep.id]))}` },
          postgraphile: gql(PG_PAGE, { after: pgDeep }),
        },
        read: { ours: oursPage, floor: floorPage, postgraphile: pgPage },
      },
    ];

    const scenarios = allScenarios.filter((s) => args.only.length === 0 || args.only.includes(s.key));

    console.log(
      `\n${args.batches.toLocaleString("en-US")} batches, PostgreSQL ${databaseUrl.replace(/\/\/[^@]*@/, "//")}`,
    );
    console.log("Checking that the three systems give the same answers ...");
    for (const s of scenarios) {
      const answers = Object.fromEntries(
        await Promise.all(
          SYSTEMS.map(async (sys) => [sys, s.read[sys](await call(base(sys), s.requests[sys]))] as const),
        ),
      ) as Record<System, string>;
      const isPage = s.name.includes("batches(") || s.name.includes("rows in");
      if (answers.ours !== answers.floor) throw new Error(`${s.name}: ours and the floor differ`);
      const pgComparable = isPage ? sortedLines(answers.floor) : answers.floor;
      if (answers.postgraphile !== pgComparable && !isPage)
        throw new Error(`${s.name}: PostGraphile differs from the floor`);
      const note =
        isPage && answers.postgraphile !== pgComparable
          ? " (PostGraphile breaks same-day ties by id only: page contents differ at the edges)"
          : "";
      console.log(`  ${s.name}: same answers (${answers.ours.split("\n").length} rows)${note}`);
    }

    const statements: Record<System, number[]> = { ours: [], floor: [], postgraphile: [] };
    const counter = countStatements(counted.database.dataSource);
    for (const s of scenarios) {
      await call(counted.url, s.requests.ours);
      counter.reset();
      await call(counted.url, s.requests.ours);
      statements.ours.push(counter.statements.length);
      for (const sys of ["floor", "postgraphile"] as const) {
        const before = Number(await (await fetch(`${base(sys)}/__statements`)).text());
        await call(base(sys), s.requests[sys]);
        statements[sys].push(Number(await (await fetch(`${base(sys)}/__statements`)).text()) - before);
      }
    }
    counter.restore();

    if (!args.csvOnly && scenarios.length > 0) verdicts.push(...(await timeQueries(args, scenarios, statements, base)));
    if (args.csvOnly || args.only.length === 0 || args.only.includes("csv"))
      verdicts.push(...(await timeCsv(args, base, children[0].pid!)));
    console.log(
      `\nTargets, ${args.batches.toLocaleString("en-US")} batches (from this run)${
        args.batches === 1_000_000
          ? ""
          : "; the issue sets them at 1,000,000 batches (--full), so read these as a preview"
      }:`,
    );
    for (const line of verdicts) console.log(`  ${line}`);
  } finally {
    await counted.stop();
    for (const child of children) child.kill();
  }
}

async function timeQueries(
  args: Args,
  scenarios: Scenario[],
  statements: Record<System, number[]>,
  base: (s: System) => string,
): Promise<string[]> {
  console.log(`Timing: ${args.rounds} rounds of ${args.duration} s per system and request, systems interleaved ...`);
  const results = new Map<string, Figures[]>();
  const failures: string[] = [];
  for (let round = 0; round < args.rounds; round += 1) {
    for (const s of scenarios) {
      const order = round % 2 === 0 ? SYSTEMS : [...SYSTEMS].reverse();
      for (const sys of order) {
        const r = s.requests[sys];
        const result = await autocannon({
          url: `${base(sys)}${r.path}`,
          method: r.method ?? "GET",
          headers: { "content-type": "application/json" },
          body: r.body,
          connections: s.connections,
          duration: args.duration,
          timeout: 60,
        });
        // A shared machine can stall a request past autocannon's timeout: reported beside the figures, not fatal.
        if (result.non2xx > 0 || result.errors > 0) {
          failures.push(`${s.name} on ${sys}: ${result.non2xx} non-2xx answers, ${result.errors} errors or timeouts`);
        }
        const key = `${s.name}|${sys}`;
        results.set(key, [
          ...(results.get(key) ?? []),
          { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 },
        ]);
      }
    }
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const fig = (s: Scenario, sys: System): Figures => {
    const runs = results.get(`${s.name}|${sys}`)!;
    return {
      rps: median(runs.map((r) => r.rps)),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
    };
  };
  const cell = (f: Figures, n: number) =>
    `${f.rps.toFixed(1)} req/s, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, ${n} stmt`;
  console.log(
    `\n| measure, ${args.batches.toLocaleString("en-US")} batches | ours | floor | PostGraphile | ours p50 / floor p50 | ours req/s / PostGraphile req/s |`,
  );
  console.log("|---|---|---|---|---|---|");
  scenarios.forEach((s, i) => {
    const [o, f, p] = SYSTEMS.map((sys) => fig(s, sys));
    console.log(
      `| ${s.name} (${s.connections} conn.) | ${cell(o, statements.ours[i])} | ${cell(f, statements.floor[i])} | ${cell(p, statements.postgraphile[i])} | ${(o.p50 / f.p50).toFixed(2)}x | ${(o.rps / p.rps).toFixed(2)}x |`,
    );
  });
  console.log(
    `\nTargets: aggregates p50 <= 0.2x the floor and req/s >= 3x PostGraphile; a page of 100 with every relation <= 1.5x the floor.`,
  );
  if (failures.length > 0) console.log(`Failed requests (the figures above include them):\n  ${failures.join("\n  ")}`);
  return scenarios.flatMap((s) => {
    const [o, f, p] = SYSTEMS.map((sys) => fig(s, sys));
    const isPage = s.key === "page" || s.key === "deep-page";
    // autocannon gives whole milliseconds: a p50 under a few ms reads coarsely, so the mean (1 / req/s per
    // connection) is printed beside the page ratio.
    const mean = (x: Figures) => (s.connections * 1000) / x.rps;
    return isPage
      ? [
          `${verdict(`${s.name}, p50 vs the floor`, o.p50 / f.p50, 1.5, "lower")} (mean latency ${mean(o).toFixed(1)} ms vs ${mean(f).toFixed(1)} ms: ${(mean(o) / mean(f)).toFixed(2)}x)`,
        ]
      : [
          verdict(`${s.name}, p50 vs the floor`, o.p50 / f.p50, 0.2, "lower"),
          verdict(`${s.name}, req/s vs PostGraphile`, o.rps / p.rps, 3, "higher"),
        ];
  });
}

/**
 * The whole record as CSV, ours (GET /api/v1/batches.csv, keyset chunks through the service) against the floor's
 * chunks built by PostgreSQL: rows per second over one download each, interleaved, and the peak RSS of our server
 * process afterwards (constant memory: it must not grow with the rows). PostGraphile has no CSV.
 */
/** Downloads of ours, in all, after which the server's memory is read (the timed ones count). */
const CSV_MEMORY_DOWNLOADS = 5;

async function timeCsv(args: Args, base: (s: System) => string, oursPid: number): Promise<string[]> {
  const paths: Record<"ours" | "floor", string> = { ours: "/api/v1/batches.csv", floor: "/batches.csv" };
  const rowsPerSecond: Record<"ours" | "floor", number[]> = { ours: [], floor: [] };
  const ids: Record<"ours" | "floor", string> = { ours: "", floor: "" };
  const peakRss = () => {
    const status = fs.readFileSync(`/proc/${oursPid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  };
  const rss = () => {
    const status = fs.readFileSync(`/proc/${oursPid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  };
  const rssBefore = peakRss();
  const rssAtStart = rss();
  const rssAfter: number[] = [];
  for (let round = 0; round < args.rounds; round += 1) {
    for (const sys of round % 2 === 0 ? (["ours", "floor"] as const) : (["floor", "ours"] as const)) {
      const started = performance.now();
      const res = await fetch(`${base(sys)}${paths[sys]}`, { headers: { "accept-encoding": "identity" } });
      const text = await res.text();
      const seconds = (performance.now() - started) / 1000;
      if (!res.ok) throw new Error(`${sys} CSV: ${res.status} ${text.slice(0, 200)}`);
      const lines = text.trimEnd().split("\n").slice(1);
      rowsPerSecond[sys].push(lines.length / seconds);
      ids[sys] = lines.map((l) => l.slice(0, l.indexOf(","))).join("\n");
      if (sys === "ours") rssAfter.push(rss());
    }
  }
  // Constant memory: more downloads of ours alone, the server's resident size read after each. It levels off at
  // what the heap settles to, whatever the number of rows sent; growth from one download to the next would be a leak.
  for (let extra = args.rounds; extra < CSV_MEMORY_DOWNLOADS; extra += 1) {
    const res = await fetch(`${base("ours")}${paths.ours}`, { headers: { "accept-encoding": "identity" } });
    await res.text();
    rssAfter.push(rss());
  }
  if (ids.ours !== ids.floor) throw new Error("CSV: ours and the floor list different batches or in another order");
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const [o, f] = [median(rowsPerSecond.ours), median(rowsPerSecond.floor)];
  console.log(
    `\n| batches.csv, ${args.batches.toLocaleString("en-US")} rows | ours | floor | ours / floor | our server's peak RSS before, after |`,
  );
  console.log("|---|---|---|---|---|");
  console.log(
    `| whole record, ${args.rounds} downloads each | ${o.toFixed(0)} rows/s | ${f.toFixed(0)} rows/s | ${(o / f).toFixed(2)}x | ${rssBefore.toFixed(0)} MB, ${peakRss().toFixed(0)} MB |`,
  );
  console.log(
    `Our server's resident memory after each of ${rssAfter.length} downloads: ${rssAfter.map((r) => r.toFixed(0)).join(", ")} MB (before: ${rssAtStart.toFixed(0)} MB).`,
  );
  console.log("Target: CSV streaming >= 0.5x the floor's rows/s, with constant server memory.");
  // Constant memory: the last download leaves the server no bigger than the first did (10 % for the heap's noise).
  const grew = rssAfter[rssAfter.length - 1] / rssAfter[0];
  return [
    verdict("batches.csv rows/s vs the floor", o / f, 0.5, "higher"),
    verdict(`our server's resident size, last of ${rssAfter.length} downloads vs the first`, grew, 1.1, "lower"),
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
