import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const SERVER_DIR = path.resolve(__dirname, "..", "..");

/** The server as it is deployed: `node src/main.ts` in a process of its own, configured by its environment. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything written so far, split into lines. */
  stdout(): string[];
  stderr(): string[];
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * Starts the server with `env` on top of a quiet default environment (no DATABASE_URL: the caller says which
 * database) and resolves once it listens, with the address it printed.
 */
export async function spawnServer(env: Record<string, string>, timeoutMs = 90_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["-r", "./register.cjs", "src/main.ts"], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: "0",
      RATE_LIMIT_POINTS: "0",
      // test/global-setup.ts: an in-memory database starts from the migrated template.
      ...(process.env.EMBEDDED_TEMPLATE ? { EMBEDDED_TEMPLATE: process.env.EMBEDDED_TEMPLATE } : {}),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not start in ${timeoutMs} ms:\n${out}\n${err}`));
    }, timeoutMs);
    const look = () => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout!.on("data", look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${out}\n${err}`));
    });
  });
  const lines = (text: string) => text.split("\n").filter((l) => l !== "");
  return { child, url, stdout: () => lines(out), stderr: () => lines(err), exited };
}
