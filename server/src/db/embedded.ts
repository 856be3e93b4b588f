import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** PGlite running in this process, reachable over a loopback socket so the ordinary pg driver talks to it. */
export interface EmbeddedPostgres {
  url: string;
  /** The whole data directory as a tarball, which `template` below starts a database from. */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on `dataDir` ("memory://" for a throwaway database) behind pglite-socket on a free port.
 * maxConnections must be at least the pool size: with fewer, a pool that holds a query runner deadlocks.
 * An in-memory database starts from `template` (a dump) when one is given, rather than from initdb.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  maxConnections: number,
  template: string | null = null,
): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith("memory://");
  const releaseLock = inMemory ? () => {} : lockDataDir(dataDir);
  // In memory only. A data folder made from a dump opened once, but timed out the pool's connections when opened again.
  const loadDataDir = template && inMemory ? new Blob([fs.readFileSync(template)]) : undefined;
  const db = await PGlite.create(dataDir, { loadDataDir });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres@${address}/postgres`,
    dump: () => db.dumpDataDir("none"),
    async stop() {
      await server.stop();
      await db.close();
      releaseLock();
    },
  };
}

/**
 * PGlite has no postmaster to stop two processes opening one data directory, and two writers would corrupt it
 * (say the server and `pnpm data:import` at once). A lock file names its owner by process id AND that process's start
 * time, so a lock left behind by a process that died is taken over even when the system has since given its pid to
 * another program (common in containers, where every start is pid 1).
 */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "subpoena-tracker.lock");
  const me: LockOwner = { pid: process.pid, started: processStartTime(process.pid) };
  try {
    fs.writeFileSync(lockFile, JSON.stringify(me), { flag: "wx" });
  } catch {
    const owner = readOwner(lockFile);
    if (owner && owner.pid !== process.pid && isRunning(owner)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${owner.pid} (a running server?). ` +
          "Stop it first, or point DATABASE_URL at a PostgreSQL server that both can share.",
      );
    }
    // Left behind by a process that died: take it over.
    fs.writeFileSync(lockFile, JSON.stringify(me));
  }
  return () => {
    // Remove only our own lock: never one another process has taken over meanwhile.
    const owner = readOwner(lockFile);
    if (owner?.pid === me.pid && owner.started === me.started) fs.rmSync(lockFile, { force: true });
  };
}

interface LockOwner {
  pid: number;
  /** The process's start time as the system counts it (Linux: clock ticks since boot); null where unknown. */
  started: string | null;
}

function readOwner(lockFile: string): LockOwner | null {
  let text: string;
  try {
    text = fs.readFileSync(lockFile, "utf8").trim();
  } catch {
    return null;
  }
  // Earlier versions wrote the bare pid.
  if (/^\d+$/.test(text)) return { pid: Number(text), started: null };
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    return Number.isInteger(parsed.pid) ? { pid: parsed.pid as number, started: parsed.started ?? null } : null;
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat (after the parenthesised command name, which may contain spaces). */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isRunning(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // The pid is in use: by the owner only if it started when the owner did.
  if (owner.started === null) return true;
  const started = processStartTime(owner.pid);
  return started === null || started === owner.started;
}
