import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterUnavailable, createCluster, type Cluster } from "../helpers/cluster";
import { spawnServer, type ServerProcess } from "../helpers/process";
import { SEED_DIR } from "../helpers/server";
import { GRAPHQL_HEADERS, NORMAL_QUERY, graphqlBody } from "./attack-helpers";

/**
 * PostgreSQL stopped and started under load, on a cluster this test creates (never the shared server). While it is
 * down, every request that needs it answers 503 with Retry-After at once; within a second of its return, service
 * resumes, with no restart of the app.
 */
const unavailable = clusterUnavailable();
if (unavailable) console.warn(`database-outage.test.ts cannot run: ${unavailable}`);

/** Requests a reader's page makes, each needing the database. */
const READS: { name: string; path: string; body?: string }[] = [
  { name: "GraphQL query", path: "/graphql", body: graphqlBody(NORMAL_QUERY) },
  { name: "counts.csv", path: "/api/v1/counts.csv?groupBy=OUTCOME" },
  { name: "batches.csv", path: "/api/v1/batches.csv" },
  { name: "embed data", path: "/embed/outcomes.json" },
  { name: "readyz", path: "/readyz" },
];

async function read(base: string, r: (typeof READS)[number]) {
  const started = performance.now();
  const res = await fetch(`${base}${r.path}`, {
    method: r.body ? "POST" : "GET",
    headers: r.body ? GRAPHQL_HEADERS : {},
    body: r.body,
    signal: AbortSignal.timeout(20_000),
  });
  const body = await res.text();
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body, ms: performance.now() - started };
}

describe.skipIf(unavailable !== null)("PostgreSQL stopped and started under load", () => {
  let cluster: Cluster;
  let server: ServerProcess;
  beforeAll(async () => {
    cluster = await createCluster();
    // The rate limiter keeps its counts in the database too: it is on, as in production.
    server = await spawnServer({ DATABASE_URL: cluster.url, SEED_DIR, RATE_LIMIT_POINTS: "100000", LOG_LEVEL: "info" });
  });
  afterAll(async () => {
    // On a failure, what the server said helps most.
    if (server && (server.child.exitCode !== null || process.exitCode)) {
      console.log(server.stdout().slice(-30).join("\n"), server.stderr().join("\n"));
    }
    if (server) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    cluster?.destroy();
  });

  it("answers 503 with Retry-After fast while it is down, and serves again within a second of its return", async () => {
    for (const r of READS) expect((await read(server.url, r)).status, r.name).toBe(200);

    // A steady load throughout: a reader's request every 20 ms.
    let loading = true;
    const load: Promise<number | string>[] = [];
    const loader = (async () => {
      for (let i = 0; loading; i++) {
        load.push(
          read(server.url, READS[i % 2]).then(
            (a) => a.status,
            (error: Error) => `${error.message} (${(error.cause as Error | undefined)?.message})`,
          ),
        );
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    try {
      await outageAndReturn();
    } finally {
      loading = false;
      await loader;
    }
    const statuses = await Promise.all(load);
    console.log(`under load: ${statuses.length} requests, ${statuses.filter((s) => s === 503).length} answered 503`);
    // Nothing but answers and refusals under the load: no 500, no hang.
    expect(new Set(statuses.filter((s) => s !== 200 && s !== 503))).toEqual(new Set());
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    // The app was never restarted.
    expect(server.child.exitCode).toBeNull();
    expect(server.stderr().join("\n")).not.toMatch(/ {4}at /);
  });

  async function outageAndReturn(): Promise<void> {
    cluster.stop();
    for (const r of READS) {
      // The best of two tries counts: on a busy machine one can lose the CPU for a moment; a hang loses both.
      const first = await read(server.url, r);
      const answer = first.ms < 1000 ? first : await read(server.url, r);
      expect({ name: r.name, status: answer.status }).toEqual({ name: r.name, status: 503 });
      expect(answer.retryAfter, r.name).toMatch(/^\d+$/);
      expect(answer.ms, r.name).toBeLessThan(1000);
      expect(answer.body, r.name).not.toMatch(/ {4}at |ECONNREFUSED|SELECT /);
    }
    // The process itself stays alive and says so.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    cluster.start();
    const back = performance.now();
    let recovered: number | null = null;
    while (performance.now() - back < 5000) {
      const answer = await read(server.url, READS[0]);
      if (answer.status === 200) {
        recovered = performance.now() - back;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(recovered, "service resumed after PostgreSQL came back").not.toBeNull();
    console.log(`service resumed ${recovered!.toFixed(0)} ms after PostgreSQL was back`);
    expect(recovered!).toBeLessThan(1000);
    for (const r of READS) expect((await read(server.url, r)).status, `${r.name} after the return`).toBe(200);
  }
});
