import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_DIR } from "../helpers/server";
import { spawnServer } from "../helpers/process";
import { rawRequest } from "./attack-helpers";

/**
 * Graceful shutdown, tried on the server as it is deployed: a process of its own on the embedded database, stopped
 * with SIGTERM while requests are in flight. Before the fix, Apollo re-sent SIGTERM after its own stop, so the process
 * died with 143 while requests were still being answered, and left the database's lock file behind.
 */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString("latin1");

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function startTime(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

describe("graceful shutdown of the server process", () => {
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
    // Large PNGs take a worker most of a second each; four queue up for several seconds.
    const inFlight = [1, 2, 3, 4].map((i) =>
      rawRequest(`${server.url}/embed/subpoenas-over-time.png?width=${2000 + i}&height=2000`, "GET", {}),
    );
    const download = rawRequest(`${server.url}/api/v1/batches.csv`, "GET", {});
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill("SIGTERM");

    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toBe("image/png");
      expect(answer.body.startsWith("\ufffdPNG") || answer.body.startsWith(PNG_SIGNATURE)).toBe(true);
    }
    const csv = await download;
    expect(csv.status).toBe(200);
    expect(csv.body.split("\n")[0]).toMatch(/^id,issuedOn,/);
    // Answers finished during the stop close their connections, and no new connection is taken.
    for (const answer of [...answers, csv]) expect(answer.headers.get("connection")).toBe("close");
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    expect(await server.exited).toBe(0);
    expect(fs.existsSync(lockFile())).toBe(false);
    expect(server.stderr().join("\n")).not.toMatch(/ {4}at |Error:/);
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
