import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** Where Debian installs PostgreSQL 15's programs (the version CI and development machines run). */
export const PG_BIN = "/usr/lib/postgresql/15/bin";

/**
 * A PostgreSQL cluster of the test's own (initdb, pg_ctl) in a temporary folder on a free port: a test may stop and
 * start it at will, which it must never do to the shared server. initdb refuses to run as root, so as root the
 * programs run as the `postgres` user (runuser), which owns the folder.
 */
export interface Cluster {
  url: string;
  port: number;
  start(): void;
  /** "fast": disconnects every client and stops at once (as an operator's restart does). */
  stop(): void;
  destroy(): void;
}

/** Why a cluster cannot be made here, or null when it can. Tests print the reason and skip. */
export function clusterUnavailable(): string | null {
  if (!fs.existsSync(path.join(PG_BIN, "initdb"))) return `no PostgreSQL 15 programs in ${PG_BIN}`;
  if (process.getuid?.() === 0) {
    try {
      execFileSync("runuser", ["-u", "postgres", "--", "true"], { stdio: "ignore" });
    } catch {
      return "running as root, and cannot run initdb as the postgres user (runuser -u postgres failed)";
    }
  }
  return null;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function createCluster(): Promise<Cluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "st-cluster-"));
  if (asRoot) execFileSync("chown", ["postgres:", dir]);
  const run = (program: string, args: string[]) =>
    execFileSync(
      asRoot ? "runuser" : path.join(PG_BIN, program),
      asRoot ? ["-u", "postgres", "--", path.join(PG_BIN, program), ...args] : args,
      {
        stdio: ["ignore", "pipe", "pipe"],
        cwd: dir,
      },
    );
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale", "C"]);
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`;
  const cluster: Cluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => {
      run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"]);
    },
    stop: () => {
      run("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]);
    },
    destroy: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
