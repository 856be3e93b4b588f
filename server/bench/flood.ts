import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { Client } from "pg";

/**
 * `pnpm bench:load [--duration S] [--rate R] [--clients N] [--server postgres://...] [--database postgres://...]
 *   [--nice-clients] [--server-nice N]`
 *
 * A bounded mixed load at a fixed rate (R requests a second, never more than MAX_IN_FLIGHT at once: the dashboard's
 * charts and counts, pages, downloads, images) for S seconds, while /healthz is polled every 50 ms. The run is cut into
 * five windows: the first has the mixed load alone; in each of the others N clients also flood the server, back to
 * back, with the costliest request of one kind that the limits allow (a query at the node budget, counts at the
 * bucket cap, a PNG at the pixel budget that misses the image cache, the full batches download).
 *
 * /healthz is polled from a small process of its own, so that the load generator's own busy event loop does not
 * inflate its figures. With --nice-clients, the load generator runs at nice 10: on a machine where clients and
 * server share two cores, that approximates clients on other machines (the server and the poller keep normal
 * priority). With --server-nice N the server starts under `nice -n N` (N < 0 needs root): on a machine shared with
 * other work, it approximates a server with the machine to itself. The server runs in a process of its own (as deployed), on a fresh database seeded on the given PostgreSQL server,
 * dropped afterwards (or on --database, left as it is), with the rate limit off: a flood from many addresses, each
 * within its own limit, is the case the other limits must survive. Figures, never pass/fail: the issue's target
 * (/healthz within 200 ms throughout) is printed beside them.
 */

interface Args {
  duration: number;
  rate: number;
  clients: number;
  server: string;
  database: string | null;
  /** Run this process's load (not the server, not the /healthz poller) at a lower CPU priority. */
  niceClients: boolean;
  /** Start the server under `nice -n` this (negative needs root): a machine shared with others, made quieter. */
  serverNice: number | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    duration: 60,
    rate: 20,
    clients: 16,
    server: "postgres://postgres@127.0.0.1:5432/postgres",
    database: null,
    niceClients: false,
    serverNice: null,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    if (name === "--nice-clients") {
      args.niceClients = true;
      continue;
    }
    const value = argv[(i += 1)];
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === "--duration") args.duration = Number(value);
    else if (name === "--rate") args.rate = Number(value);
    else if (name === "--clients") args.clients = Number(value);
    else if (name === "--server") args.server = value;
    else if (name === "--database") args.database = value;
    else if (name === "--server-nice") args.serverNice = Number(value);
    else throw new Error(`unknown argument ${name}`);
  }
  return args;
}

const HEALTH_TARGET_MS = 200;
const HEALTH_POLL_MS = 50;
/** The mixed load is open-loop (a request every 1/R s whatever the answers do), but never more than this at once. */
const MAX_IN_FLIGHT = 200;
/** A request not answered in this long counts as an error (a timeout). */
const REQUEST_TIMEOUT_MS = 30_000;

export interface Req {
  path: string;
  body?: string;
}

const gql = (query: string, variables?: Record<string, unknown>): Req => ({
  path: "/graphql",
  body: JSON.stringify({ query, variables }),
});

/** What the dashboard and its readers ask for, in proportion: mostly charts and counts, some pages, few downloads. */
const MIXED: Req[] = [
  gql(`{ subpoenaCounts(groupBy: [OUTCOME]) { buckets { outcome subpoenas batches } total { subpoenas batches } } }`),
  gql(
    `{ subpoenaCounts(groupBy: [PERIOD], interval: MONTH) { buckets { period subpoenas batches } total { subpoenas } } }`,
  ),
  gql(
    `{ subpoenaCounts(groupBy: [JURISDICTION]) { buckets { jurisdiction { slug name } subpoenas batches } total { subpoenas } } }`,
  ),
  gql(
    `{ batches(first: 25, orderBy: ISSUED_ON_DESC) { totalCount edges { cursor node { id issuedOn subpoenaCount jurisdiction { slug name } agencies { slug name } outcomes { outcome subpoenas } } } pageInfo { hasNextPage endCursor } } }`,
  ),
  { path: "/api/v1/counts.csv?groupBy=PERIOD,OUTCOME&interval=QUARTER" },
  { path: "/api/v1/counts.json?groupBy=JURISDICTION" },
  { path: "/" },
  { path: "/embed/outcomes" },
  { path: "/embed/subpoenas-over-time.svg" },
  gql(`{ subpoenaCounts(groupBy: [OUTCOME]) { buckets { outcome subpoenas } total { subpoenas } } }`),
  { path: "/embed/subpoenas-over-time.png" },
  { path: "/embed/by-jurisdiction.png?width=1200&height=628" },
  { path: "/api/v1/batches.csv?state=OR" },
  { path: "/api/v1/batches.json" },
];

/**
 * The costliest request of each kind the limits let through. The query's estimate is printed before the run (it
 * must stay under the node budget); the counts stay under the bucket cap; each PNG differs from the last in its width,
 * so that it misses the image cache and is drawn anew.
 */
export const FLOODS: { kind: string; next: (i: number) => Req }[] = [
  {
    kind: "query at the node budget",
    next: () =>
      gql(
        `{ batches(first: 100) { nodes { id issuedOn notes sources { id url title } events { id date status sources { id url } } agencies { slug name jurisdiction { slug ancestors { slug name } } } policies { slug name } outcomes { outcome subpoenas } courtCases { slug caption batches(first: 56) { id issuedOn } } } } }`,
      ),
  },
  {
    kind: "counts at the bucket cap",
    next: (i) => ({
      path: `/api/v1/counts.csv?groupBy=PERIOD,JURISDICTION,OUTCOME&interval=MONTH&fillEmptyPeriods=true&from=2018&to=2025-${String((i % 12) + 1).padStart(2, "0")}`,
    }),
  },
  {
    kind: "PNG at the pixel budget, uncached",
    next: (i) => ({
      // 400 widths of 2000 to 2399 px by 2400 (4.8 to 5.76 Mpx of the 6 Mpx budget): each one drawn anew.
      path: `/embed/subpoenas-over-time.png?width=${2000 + (i % 400)}&height=2400&scale=1`,
    }),
  },
  { kind: "full batches download", next: () => ({ path: "/api/v1/batches.csv" }) },
];

interface Tally {
  latencies: number[];
  statuses: Map<string, number>;
  started: number;
  ended: number;
}

const newTally = (): Tally => ({ latencies: [], statuses: new Map(), started: performance.now(), ended: 0 });

async function request(base: string, req: Req, tally: Tally): Promise<void> {
  const started = performance.now();
  let outcome: string;
  try {
    const res = await fetch(`${base}${req.path}`, {
      method: req.body ? "POST" : "GET",
      headers: req.body ? { "content-type": "application/json" } : {},
      body: req.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    // Downloads are read to the end, as a client would.
    await res.arrayBuffer();
    outcome = String(res.status);
  } catch (error) {
    outcome = (error as Error).name === "TimeoutError" ? "timeout" : "network error";
  }
  tally.latencies.push(performance.now() - started);
  tally.statuses.set(outcome, (tally.statuses.get(outcome) ?? 0) + 1);
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function describe(tally: Tally): string {
  const seconds = ((tally.ended || performance.now()) - tally.started) / 1000;
  const n = tally.latencies.length;
  const errors = [...tally.statuses].filter(([s]) => !s.startsWith("2") && s !== "304");
  const errorCount = errors.reduce((sum, [, c]) => sum + c, 0);
  const statuses = [...tally.statuses]
    .sort()
    .map(([s, c]) => `${s}×${c}`)
    .join(" ");
  return `${(n / seconds).toFixed(1)} req/s, p50 ${percentile(tally.latencies, 50).toFixed(0)} ms, p99 ${percentile(tally.latencies, 99).toFixed(0)} ms, ${errorCount} errors (${statuses})`;
}

export /**
 * The /healthz poller, run as a separate Node process: polls every HEALTH_POLL_MS until the given time (epoch ms on
 * the shared monotonic-derived clock) and prints one line "<epoch ms when sent> <latency ms>" per poll.
 */
const POLLER = `
const [base, until, every] = process.argv.slice(1).map((v, i) => (i === 0 ? v : Number(v)));
const now = () => performance.timeOrigin + performance.now();
const lines = [];
(async () => {
  while (now() < until) {
    const sent = now();
    let ms;
    try {
      const res = await fetch(base + "/healthz", { signal: AbortSignal.timeout(30000) });
      await res.arrayBuffer();
      ms = res.ok ? now() - sent : -1;
    } catch {
      ms = -1;
    }
    lines.push(sent.toFixed(1) + " " + ms.toFixed(1));
    await new Promise((r) => setTimeout(r, every));
  }
  process.stdout.write(lines.join("\\n") + "\\n");
})();
`;

function pollHealth(base: string, until: number): Promise<{ sent: number; ms: number }[]> {
  const child = spawn(process.execPath, ["-e", POLLER, base, String(until), String(HEALTH_POLL_MS)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`the /healthz poller exited with ${code}`));
      resolve(
        out
          .trim()
          .split("\n")
          .filter(Boolean)
          .map((line) => {
            const [sent, ms] = line.split(" ").map(Number);
            return { sent, ms };
          }),
      );
    });
  });
}

export async function createDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `st_bench_load_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The server in a process of its own, once /readyz answers; `nodeOptions` go to Node (e.g. --cpu-prof). */
export async function startServer(
  databaseUrl: string,
  port: number,
  nice: number | null,
  nodeOptions: string[] = [],
): Promise<ChildProcess> {
  const command = [process.execPath, ...nodeOptions, "-r", "./register.cjs", "src/main.ts"];
  if (nice !== null) command.unshift("nice", "-n", String(nice));
  const child = spawn(command[0], command.slice(1), {
    cwd: path.resolve(__dirname, ".."),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      PORT: String(port),
      RATE_LIMIT_POINTS: "0",
      LOG_LEVEL: "silent",
      // As the Dockerfile runs it: React's production build draws the charts (the development one is 2-3x slower).
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}`))),
  );
  const ready = (async () => {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return Promise.race([ready, exited]);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.resolve(__dirname, "..", "..", "web", "dist", "embed.html"))) {
    throw new Error(
      "The pages and embeds are part of the load: build them first (pnpm --filter @subpoena-tracker/web build).",
    );
  }
  const port = 4300 + Math.floor(Math.random() * 500);
  const base = `http://127.0.0.1:${port}`;
  const created = args.database ? null : await createDatabase(args.server);
  const databaseUrl = args.database ?? created!.url;
  let server: ChildProcess | null = null;
  try {
    server = await startServer(databaseUrl, port, args.serverNice);
    // The costliest query must be one the server accepts: show its estimate against the budget.
    const probe = (await (
      await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: FLOODS[0].next(0).body,
      })
    ).json()) as { extensions?: { cost?: { nodes: number; maxNodes: number } }; errors?: { message: string }[] };
    if (probe.errors) throw new Error(`the flood's query is refused: ${probe.errors[0].message}`);
    for (const flood of FLOODS.slice(1)) {
      const res = await fetch(`${base}${flood.next(0).path}`);
      const body = await res.text();
      if (!res.ok) throw new Error(`the flood's ${flood.kind} is refused: ${res.status} ${body.slice(0, 300)}`);
    }
    for (const req of MIXED) {
      const res = await fetch(`${base}${req.path}`, {
        method: req.body ? "POST" : "GET",
        headers: req.body ? { "content-type": "application/json" } : {},
        body: req.body,
      });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`the mixed load's ${req.path} is refused: ${res.status}`);
    }
    const window = (args.duration * 1000) / (FLOODS.length + 1);
    console.log(
      `Mixed load at ${args.rate} req/s for ${args.duration} s (${MIXED.length} kinds of request), /healthz every ${HEALTH_POLL_MS} ms;`,
    );
    console.log(
      `${(window / 1000).toFixed(0)} s alone, then ${(window / 1000).toFixed(0)} s each with ${args.clients} clients flooding one of:`,
    );
    console.log(
      `  the query (estimated ${probe.extensions?.cost?.nodes} nodes of ${probe.extensions?.cost?.maxNodes}), counts, a PNG, the download.`,
    );

    if (args.niceClients) os.setPriority(10);
    const loadBefore = os.loadavg();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const phases = ["mixed load alone", ...FLOODS.map((f) => `+ ${args.clients} clients: ${f.kind}`)];
    const mixed = phases.map(newTally);
    const floods = phases.map(newTally);
    const health = phases.map(newTally);
    const started = performance.now();
    const end = started + args.duration * 1000;
    const phaseAt = (t: number) => Math.min(phases.length - 1, Math.floor((t - started) / window));

    // /healthz, polled from a process of its own; a poll that has not come back delays the next, so a stall shows as
    // one long latency rather than a pile of overlapping ones. A failed poll counts as a miss.
    const epoch = (t: number) => performance.timeOrigin + t;
    const healthPolls = pollHealth(base, epoch(end));

    // The mixed load: one request every 1/rate s, open-loop, bounded.
    let inFlight = 0;
    let skipped = 0;
    const pending = new Set<Promise<void>>();
    const mixedLoop = (async () => {
      const interval = 1000 / args.rate;
      for (let i = 0; ; i += 1) {
        const due = started + i * interval;
        if (due >= end) break;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (inFlight >= MAX_IN_FLIGHT) {
          skipped += 1;
          continue;
        }
        inFlight += 1;
        const p = request(base, MIXED[i % MIXED.length], mixed[phaseAt(performance.now())]).finally(() => {
          inFlight -= 1;
          pending.delete(p);
        });
        pending.add(p);
      }
    })();

    // The floods: in window k (k >= 1), args.clients clients send FLOODS[k - 1] back to back.
    const floodLoops = FLOODS.map(async (flood, k) => {
      const from = started + (k + 1) * window;
      const until = Math.min(end, from + window);
      await new Promise((r) => setTimeout(r, from - performance.now()));
      floods[k + 1].started = performance.now();
      let i = 0;
      await Promise.all(
        Array.from({ length: args.clients }, async () => {
          while (performance.now() < until) await request(base, flood.next(i++), floods[k + 1]);
        }),
      );
      floods[k + 1].ended = performance.now();
    });

    await Promise.all([mixedLoop, ...floodLoops]);
    for (const poll of await healthPolls) {
      const p = phaseAt(poll.sent - performance.timeOrigin);
      if (p < 0) continue;
      health[p].latencies.push(poll.ms < 0 ? Infinity : poll.ms);
    }
    await Promise.all(pending);
    loop.disable();
    phases.forEach((_, p) => {
      mixed[p].started = health[p].started = started + p * window;
      mixed[p].ended = health[p].ended = Math.min(end, started + (p + 1) * window);
    });

    console.log("");
    let worst = 0;
    let over = 0;
    phases.forEach((name, p) => {
      const h = health[p].latencies;
      const max = Math.max(...h);
      worst = Math.max(worst, max);
      over += h.filter((l) => l > HEALTH_TARGET_MS).length;
      console.log(`${name}`);
      console.log(`  mixed load: ${describe(mixed[p])}`);
      if (p > 0) console.log(`  flood:      ${describe(floods[p])}`);
      const overHere = h.filter((l) => l > HEALTH_TARGET_MS).length;
      console.log(
        `  /healthz:   ${h.length} polls, p50 ${percentile(h, 50).toFixed(0)} ms, p99 ${percentile(h, 99).toFixed(0)} ms, max ${max.toFixed(0)} ms, ${overHere} over ${HEALTH_TARGET_MS} ms: ${overHere === 0 ? "met" : "MISSED"}`,
      );
    });
    const all = newTally();
    for (const t of mixed) {
      all.latencies.push(...t.latencies);
      for (const [s, c] of t.statuses) all.statuses.set(s, (all.statuses.get(s) ?? 0) + c);
    }
    all.started = started;
    all.ended = end;
    console.log(`\nWhole run, mixed load: ${describe(all)}; ${skipped} not sent (${MAX_IN_FLIGHT} already in flight)`);
    console.log(
      `/healthz worst ${worst.toFixed(0)} ms, ${over} of ${health.reduce((n, t) => n + t.latencies.length, 0)} polls over ${HEALTH_TARGET_MS} ms (target: every poll within ${HEALTH_TARGET_MS} ms): ${worst <= HEALTH_TARGET_MS ? "met" : "MISSED"}`,
    );
    const loadAfter = os.loadavg();
    console.log(
      `Load average (1, 5, 15 min) at the start ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, at the end ${loadAfter.map((l) => l.toFixed(2)).join(" ")}, on ${os.cpus().length} cores${args.niceClients ? "; the load generator ran at nice 10" : ""}${args.serverNice !== null ? `; the server ran at nice ${args.serverNice}` : ""}`,
    );
    console.log(
      `The load generator's own event-loop delay (inflates the mixed load's and the floods' figures, not /healthz's): p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms, max ${(loop.max / 1e6).toFixed(0)} ms`,
    );
  } finally {
    server?.kill("SIGTERM");
    if (server) await new Promise((r) => server!.once("exit", r));
    await created?.drop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
