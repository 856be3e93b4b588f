// What the web benchmarks share (bench-web.mjs, trace-home.mjs): the production server on a free port, serving a
// build, and a Chromium with its DevTools port open for Lighthouse.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, CHROMIUM_FLAGS } from "./chromium.mjs";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export { CHROMIUM };
export const CHROMIUM_ARGS = ["--headless=new", ...CHROMIUM_FLAGS];

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function stopChild(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The real server (server/src/main.ts) serving the build in `dist`: on the seed in an in-memory embedded database, or
 * on `databaseUrl`. Resolves once /healthz answers; a large database's start-up can take minutes. `root` runs another
 * checkout's server (a worktree of main, to compare a change to the server).
 */
export async function startServer({ dist, databaseUrl, root = REPO_ROOT }) {
  const port = await freePort();
  const env = {
    ...process.env,
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "silent",
    WEB_DIST_DIR: dist,
    EMBEDDED_DATA_DIR: "memory://",
  };
  delete env.DATABASE_URL;
  delete env.SEED_DIR;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child = spawn(process.execPath, ["-r", "./server/register.cjs", "server/src/main.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited before it was healthy:\n${log}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) return { url, stop: () => stopChild(child) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`The server did not become healthy in 5 minutes:\n${log}`);
}

/** Chromium with its DevTools port open (Lighthouse drives it), in a profile folder of its own. */
export async function launchDebuggableChromium() {
  const port = await freePort();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-chromium-"));
  const child = spawn(
    CHROMIUM,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${userDataDir}`, "about:blank"],
    { stdio: "ignore" },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (res) => res.ok,
      () => false,
    );
    if (up) {
      return {
        port,
        async close() {
          await stopChild(child);
          // Chromium's helper processes can still be writing the profile after the browser exits: a leftover
          // temporary folder is not worth failing the measurements for.
          try {
            fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
          } catch (error) {
            console.warn(`could not remove ${userDataDir}: ${error.message}`);
          }
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGKILL");
  throw new Error("Chromium did not open its DevTools port");
}
