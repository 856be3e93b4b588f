import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_DIR } from "../helpers/server";
import { spawnServer } from "../helpers/process";
import { NORMAL_QUERY, graphqlBody } from "./attack-helpers";

/**
 * Graceful shutdown, tried on the server as it is deployed: a process of its own on the embedded database, stopped
 * with SIGTERM while requests are in flight. Before the fix, Apollo re-sent SIGTERM after its own stop, so the process
 * died with 143 while requests were still being answered, and left the database's lock file behind.
 */

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * Starts a request with `Expect: 100-continue`: `continued` resolves once the server has read its headers (and so
 * has it in hand); `finish` sends the body, if any, and reads the answer.
 */
function begin(url: string, method: string, body?: string) {
  const headers: Record<string, string> = { expect: "100-continue", connection: "keep-alive" };
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    headers["content-length"] = String(Buffer.byteLength(body));
  }
  const req = http.request(url, { method, headers, agent: new http.Agent({ keepAlive: true }) });
  const continued = new Promise<void>((resolve, reject) => {
    req.once("continue", resolve);
    req.once("error", reject);
  });
  const answered = new Promise<Answer>((resolve, reject) => {
    req.once("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.once("error", reject);
  });
  req.flushHeaders();
  return {
    continued,
    finish: () => {
      req.end(body);
      return answered;
    },
  };
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function startTime(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

// Each case starts a server process of its own: node compiling the server, the embedded database migrating and the
// seed loading. On a loaded CI machine that alone has taken 55 s, so a case gets longer than the 90 s spawnServer
// allows for a start, rather than the suite's 60 s default.
const PROCESS_CASE_TIMEOUT_MS = 180_000;

describe("graceful shutdown of the server process", { timeout: PROCESS_CASE_TIMEOUT_MS }, () => {
  let dataDir: string;
  const lockFile = () => path.join(dataDir, "subpoena-tracker.lock");
  const env = () => ({ EMBEDDED_DATA_DIR: dataDir, SEED_DIR, LOG_LEVEL: "info", IMAGE_WORKERS: "1" });

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "st-shutdown-"));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("finishes the requests in flight on SIGTERM, closes the database, removes its lock and exits 0", async () => {
    const server = await spawnServer(env());
    expect(fs.existsSync(lockFile())).toBe(true);
    // In flight for certain: the server has read each request's headers (it answered "100 Continue") before the
    // signal. A PNG is being drawn; a GraphQL POST is still waiting for its body, which is sent after the signal.
    const png = begin(`${server.url}/embed/subpoenas-over-time.png?width=1200&height=800`, "GET");
    const query = begin(`${server.url}/graphql`, "POST", graphqlBody(NORMAL_QUERY));
    const download = begin(`${server.url}/api/v1/batches.csv`, "GET");
    await Promise.all([png.continued, query.continued, download.continued]);
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));

    const [image, answer, csv] = await Promise.all([png.finish(), query.finish(), download.finish()]);
    expect(image.status).toBe(200);
    expect(image.headers["content-type"]).toBe("image/png");
    expect(image.body.subarray(1, 4).toString()).toBe("PNG");
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString())).toMatchObject({ data: { subpoenaCounts: { total: {} } } });
    expect(csv.status).toBe(200);
    expect(csv.body.toString().split("\n")[0]).toMatch(/^id,issuedOn,/);
    // Answers finished during the stop close their connections, and no new connection is taken.
    for (const a of [image, answer, csv]) expect(a.headers.connection).toBe("close");
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    expect(await server.exited).toBe(0);
    expect(fs.existsSync(lockFile())).toBe(false);
    expect(server.stderr().join("\n")).not.toMatch(/ {4}at |Error:/);
    expect(server.stdout().join("\n")).toMatch(/SIGTERM: finishing the requests in flight/);
  });

  it("takes over a lock whose process id now belongs to another program, and removes it on stop", async () => {
    // This very test process is alive, but it is not the one that wrote the lock: its start time differs.
    fs.writeFileSync(lockFile(), JSON.stringify({ pid: process.pid, started: "1" }));
    const server = await spawnServer(env());
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(JSON.parse(fs.readFileSync(lockFile(), "utf8"))).toMatchObject({ pid: server.child.pid });
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(lockFile())).toBe(false);
  });

  it("refuses to open a data folder whose lock names a live process with its own start time", async () => {
    const owner = { pid: process.pid, started: startTime(process.pid) };
    fs.writeFileSync(lockFile(), JSON.stringify(owner));
    await expect(spawnServer(env())).rejects.toThrow(
      new RegExp(`is in use by process ${process.pid} \\(a running server\\?\\)`),
    );
    // The refusal leaves the rightful owner's lock alone.
    expect(JSON.parse(fs.readFileSync(lockFile(), "utf8"))).toEqual(owner);
    fs.rmSync(lockFile());
  });
});
