// Starts the real server (node + swc, as `pnpm start` does) on a free port, on the embedded database in memory, with
// the built dashboard; by default on the project's seed, or on a fixture package for the cases the seed lacks. Tests
// that need staff accounts give it a data folder of its own, where the admin CLI has made them first (the embedded
// database serves one process at a time, and an in-memory one no second process at all).
import { execFile, spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { DIST_DIR, REPO_ROOT } from "./paths";

const SERVER_START_TIMEOUT_MS = 180_000;
const HEALTH_POLL_MS = 250;
const STOP_TIMEOUT_MS = 10_000;

export interface TestServer {
  url: string;
  stop(): Promise<void>;
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

export async function startTestServer(
  options: { seedDir?: string; dataDir?: string; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: "127.0.0.1",
    PORT: String(port),
    EMBEDDED_DATA_DIR: options.dataDir ?? "memory://",
    LOG_LEVEL: "silent",
    WEB_DIST_DIR: DIST_DIR,
    ...options.env,
  };
  if (options.seedDir) env.SEED_DIR = options.seedDir;
  else delete env.SEED_DIR;
  // Always the embedded database, whatever the shell points at.
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
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface CreatedAccount {
  email: string;
  oneTimePassword: string;
}

/**
 * Makes a staff account the way an administrator does, with `pnpm admin:create-user`, in an embedded database folder
 * the server is not running on yet, and returns the one-time password it prints.
 */
export function createStaffAccount(dataDir: string, email: string, role: string): Promise<CreatedAccount> {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_DATA_DIR: dataDir, LOG_LEVEL: "silent" };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["-r", "./server/register.cjs", "server/src/admin/cli.ts", "create-user", "--email", email, "--role", role],
      { cwd: REPO_ROOT, env, timeout: SERVER_START_TIMEOUT_MS },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`admin:create-user failed: ${error.message}\n${stdout}\n${stderr}`));
        // The password is printed alone on an indented line after the "One-time password" heading.
        const match = /One-time password[^\n]*\n\s*\n\s+(\S+)/.exec(stdout);
        if (!match) return reject(new Error(`admin:create-user printed no one-time password:\n${stdout}`));
        resolve({ email, oneTimePassword: match[1] });
      },
    );
  });
}
