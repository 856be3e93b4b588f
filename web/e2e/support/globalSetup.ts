// Builds the dashboard, starts the real server on the seed (embedded database in memory) and hands its address to the
// tests. Fails, never skips, when Chromium is missing.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM, DIST_DIR, REPO_ROOT, WEB_DIR } from "./paths";

const SERVER_START_TIMEOUT_MS = 180_000;
const HEALTH_POLL_MS = 250;

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited (code ${child.exitCode}) before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, HEALTH_POLL_MS));
  }
  throw new Error(`The server did not become healthy within ${SERVER_START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The browser tests need Debian's chromium: apt-get install -y chromium`,
    );
  }
  // E2E_SKIP_BUILD=1 reuses web/dist while iterating on the tests themselves.
  if (process.env.E2E_SKIP_BUILD !== "1" || !fs.existsSync(path.join(DIST_DIR, "index.html"))) {
    execFileSync(process.execPath, [path.join(WEB_DIR, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"], {
      cwd: WEB_DIR,
      stdio: "inherit",
    });
  }

  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: "127.0.0.1",
    PORT: String(port),
    EMBEDDED_DATA_DIR: "memory://",
    LOG_LEVEL: "silent",
    WEB_DIST_DIR: DIST_DIR,
  };
  // Always the embedded database on the seed, whatever the shell points at.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["-r", "./server/register.cjs", "server/src/main.ts"], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  project.provide("baseUrl", url);

  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
}
