import fs from "node:fs";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertGeneratedBatches } from "../helpers/generate";
import { startTestServer, type TestServer } from "../helpers/server";
import { countStatements } from "../helpers/sql-counter";
import { call, makeStaff, signInCookie } from "../helpers/staff";
import { expectNormalQueryAnswered, warmUp } from "./attack-helpers";

/**
 * The streamed downloads (batches.csv and .json), tried as the issue found them: clients that stop reading held a
 * transaction and a pooled connection each, and as many as the pool's size hung every endpoint. The stream reads in
 * keyset chunks, each its own short statement, and writes a chunk before reading the next: while a client does not
 * read, the server holds no connection and no transaction for it, and the work is linear in the rows.
 */
/**
 * Enough batches that their JSON (about 515 bytes each) is three times what the kernel can hold between the server
 * and a client that reads nothing: the server's send buffer grows up to tcp_wmem's maximum (4 MB on Linux's
 * defaults), the paused client's receive buffer stays near tcp_rmem's default. With 8,000 batches (4.1 MB) each whole
 * answer fitted in them (CI, 6 Dec 2026): the server never had to wait, a stalled client held no place, and the
 * cut-off client found its answer complete.
 */
function batchesBeyondSocketBuffers(): number {
  const limits = (name: string, fallback: number[]) => {
    try {
      return fs.readFileSync(`/proc/sys/net/ipv4/${name}`, "utf8").trim().split(/\s+/).map(Number);
    } catch {
      return fallback;
    }
  };
  const buffered = limits("tcp_wmem", [0, 0, 4 << 20])[2] + limits("tcp_rmem", [0, 128 << 10, 0])[1];
  return Math.max(8000, Math.ceil((3 * buffered) / 500));
}

const BATCHES = batchesBeyondSocketBuffers();
const POOL = 4;
const STALLED_WRITE_TIMEOUT_MS = 30_000;
/** Well under the write timeout, well over what a loaded machine adds to a normal query (1.3 s seen). */
const HELD_POOL_BUDGET_MS = 5000;
const PREVIEW_BATCH = "2024-03-preview-download-denver-co";

describe("streamed downloads", () => {
  let server: TestServer;
  beforeAll(async () => {
    // As many downloads at once as the stalled clients below: one more is refused, which shows they are all still
    // being streamed (not already sent whole into the sockets' buffers).
    server = await startTestServer({
      poolSize: POOL,
      streams: { maxConcurrent: 2 * POOL, writeTimeoutMs: STALLED_WRITE_TIMEOUT_MS },
    });
    await insertGeneratedBatches(server.database.dataSource, BATCHES);
    await warmUp(server.url);
  });
  afterAll(() => server?.close());

  it("reads in keyset chunks: one statement per 1,000 rows (sources included), no count or offset after the first", async () => {
    const counter = countStatements(server.database.dataSource);
    try {
      for (const format of ["csv", "json"]) {
        counter.reset();
        const res = await fetch(`${server.url}/api/v1/batches.${format}`);
        const body = await res.text();
        expect(res.status).toBe(200);
        const total = Number(res.headers.get("x-total-count"));
        expect(total).toBeGreaterThan(BATCHES);
        if (format === "csv") expect(body.trimEnd().split("\n")).toHaveLength(total + 1);
        else expect((JSON.parse(body) as { batches: unknown[] }).batches).toHaveLength(total);

        const pages = counter.statements.filter((s) => /LEFT JOIN LATERAL/.test(s));
        const chunks = Math.ceil(total / 1000);
        expect(pages).toHaveLength(chunks);
        // Only the first chunk counts the rows (for X-Total-Count); later ones seek from the cursor.
        expect(pages.slice(1).every((s) => !/count\(\*\)/.test(s) && !/\bOFFSET\b/i.test(s))).toBe(true);
        // The rest: the dataset version before and after.
        expect(counter.statements.length).toBe(chunks + 2);
        expect(counter.statements.some((s) => /^\s*(BEGIN|START TRANSACTION)/i.test(s))).toBe(false);
      }
    } finally {
      counter.restore();
    }
  });

  it("holds no connection or transaction for clients that stop reading: twice the pool size of them", async () => {
    const stalled: http.ClientRequest[] = [];
    const started = Array.from(
      { length: 2 * POOL },
      () =>
        new Promise<void>((resolve, reject) => {
          const req = http.get(`${server.url}/api/v1/batches.json`, (res) => {
            expect(res.statusCode).toBe(200);
            // Read nothing more: the socket's buffers fill and the server's writes wait.
            res.pause();
            resolve();
          });
          req.on("error", (error) => (stalled.includes(req) ? undefined : reject(error)));
          stalled.push(req);
        }),
    );
    await Promise.all(started);
    await new Promise((r) => setTimeout(r, 1000));
    try {
      // What this guards against is a held pool: the query would then wait for a connection until the streams' write
      // timeout (30 s) let go, so a budget of a few seconds tells it apart from a machine busy with other test files.
      await expectNormalQueryAnswered(server.url, HELD_POOL_BUDGET_MS);
      if (server.testDatabase.kind === "postgres") {
        // Once the streams have filled their sockets, no session of theirs is left running or inside a transaction
        // (a chunk still being read when they stalled may take a moment on a busy machine).
        let open: { state: string; query: string }[] = [];
        for (let i = 0; i < 50; i++) {
          open = await server.database.dataSource.query<{ state: string; query: string }[]>(
            `SELECT state, left(query, 60) AS query FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid()
                AND (state LIKE 'idle in transaction%' OR state = 'active')`,
          );
          if (open.length === 0) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        expect(open).toEqual([]);
      }
      const res = await fetch(`${server.url}/api/v1/batches.csv?state=OR`);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      await res.text();
    } finally {
      for (const req of stalled) req.destroy();
    }
  });

  it("a staff preview of the download holds no transaction while its client does not read", async () => {
    // A draft with a batch of its own, which only the preview shows.
    const contributor = await signInCookie(server, await makeStaff(server, "contributor"));
    const editor = await signInCookie(server, await makeStaff(server, "editor"));
    const created = await call<{ createChangeset: { id: string } }>(
      server,
      `mutation { createChangeset(note: "A batch to preview in the download") { id } }`,
      {},
      { cookie: contributor },
    );
    const changesetId = created.body.data!.createChangeset.id;
    const saved = await call(
      server,
      `mutation ($cs: ID!, $input: BatchInput!) { saveBatch(changesetId: $cs, input: $input) { id } }`,
      {
        cs: changesetId,
        input: {
          id: PREVIEW_BATCH,
          issuedOn: "2024-03",
          jurisdictionSlug: "denver-co",
          recipientAgencySlugs: ["denver-sheriff"],
          sourceIds: ["ap-2020-01-denver"],
          countPrecision: "EXACT",
          subpoenaCount: 3,
        },
      },
      { cookie: contributor },
    );
    expect(saved.body.errors).toBeUndefined();

    let text = "";
    let status = 0;
    let resume: () => void = () => {};
    const done = new Promise<void>((resolve, reject) => {
      const req = http.get(
        `${server.url}/api/v1/batches.json`,
        { headers: { cookie: editor, "apollo-require-preflight": "true", "x-preview-changeset": changesetId } },
        (res) => {
          status = res.statusCode ?? 0;
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("end", resolve);
          res.on("error", reject);
          // Read nothing more for now: the socket's buffers fill and the server's writes wait.
          res.pause();
          resume = () => res.resume();
        },
      );
      req.on("error", reject);
    });
    // Until the answer has started and stalled.
    for (let i = 0; i < 100 && status === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(status).toBe(200);
    await new Promise((r) => setTimeout(r, 1000));

    // The public is answered while the reviewer's download waits: on the embedded database an open transaction
    // would stall every other reader until the write timeout cut the reviewer off.
    await expectNormalQueryAnswered(server.url);
    if (server.testDatabase.kind === "postgres") {
      const open = await server.database.dataSource.query<{ state: string }[]>(
        `SELECT state FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`,
      );
      expect(open).toEqual([]);
    }

    // Read on: the whole preview arrives, draft included, and the public download never shows the draft.
    resume();
    await done;
    const previewed = JSON.parse(text) as { totalCount: number; batches: { id: string }[] };
    expect(previewed.batches).toHaveLength(previewed.totalCount);
    expect(previewed.batches.some((b) => b.id === PREVIEW_BATCH)).toBe(true);
    const publicAnswer = await (await fetch(`${server.url}/api/v1/batches.csv`)).text();
    expect(publicAnswer).not.toContain(PREVIEW_BATCH);
  });
});

describe("a download whose client stops reading", () => {
  const WRITE_TIMEOUT_MS = 1500;
  let server: TestServer;
  beforeAll(async () => {
    // One download at a time, so that a stalled one still holding its place would refuse the next.
    server = await startTestServer({ streams: { maxConcurrent: 1, writeTimeoutMs: WRITE_TIMEOUT_MS } });
    await insertGeneratedBatches(server.database.dataSource, BATCHES);
    await warmUp(server.url);
  });
  afterAll(() => server?.close());

  it("is cut off once it has taken nothing for the write timeout, and gives its place back", async () => {
    let received = 0;
    let response: http.IncomingMessage | null = null;
    const ended = new Promise<{ complete: boolean; status: number }>((resolve, reject) => {
      const req = http.get(`${server.url}/api/v1/batches.json`, (res) => {
        response = res;
        // Take nothing for now: the socket's buffers fill and the server's writes wait, until it gives up on us.
        res.pause();
        res.on("data", (chunk: Buffer) => (received += chunk.length));
        res.on("end", () => resolve({ complete: true, status: res.statusCode ?? 0 }));
        res.on("error", () => resolve({ complete: false, status: res.statusCode ?? 0 }));
        res.on("close", () => resolve({ complete: res.complete, status: res.statusCode ?? 0 }));
      });
      req.on("error", reject);
    });
    for (let i = 0; i < 100 && !response; i++) await new Promise((r) => setTimeout(r, 100));
    expect(response).not.toBeNull();

    // Its place is free again once the server has given up on it: the one download allowed at a time is answered,
    // whole. While the stalled one streams (at the database's pace, then waiting), this one is refused with 503; a
    // stalled download that held its place for ever would have it refused to the end.
    let next = await fetch(`${server.url}/api/v1/batches.csv`);
    for (let i = 0; i < 60 && next.status === 503; i++) {
      await next.arrayBuffer();
      await new Promise((r) => setTimeout(r, WRITE_TIMEOUT_MS / 3));
      next = await fetch(`${server.url}/api/v1/batches.csv`);
    }
    expect(next.status).toBe(200);
    const lines = (await next.text()).trimEnd().split("\n");
    expect(lines).toHaveLength(Number(next.headers.get("x-total-count")) + 1);

    // Reading on, the stalled client finds its answer cut short, not complete.
    response!.resume();
    const cut = await ended;
    expect(cut.status).toBe(200);
    expect(cut.complete).toBe(false);
    expect(received).toBeGreaterThan(0);
    await expectNormalQueryAnswered(server.url);
  });
});
