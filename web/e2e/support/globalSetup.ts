// Builds the dashboard, starts the real server on the seed (embedded database in memory) and hands its address to the
// tests. Fails, never skips, when Chromium is missing.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM, DIST_DIR, REPO_ROOT, WEB_DIR } from "./paths";
import { startTestServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The browser tests need Debian's chromium: apt-get install -y chromium`,
    );
  }
  // E2E_SKIP_BUILD=1 reuses web/dist while iterating on the tests themselves.
  if (process.env.E2E_SKIP_BUILD !== "1" || !fs.existsSync(path.join(DIST_DIR, "index.html"))) {
    // The dashboard, then the embed page into the same folder (package.json's build script, without pnpm).
    for (const mode of [[], ["--mode", "embed"]]) {
      execFileSync(
        process.execPath,
        [path.join(WEB_DIR, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn", ...mode],
        // vitest sets NODE_ENV=test, which would give React's development build; test what users get.
        { cwd: WEB_DIR, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } },
      );
    }
  }

  // A migrated, empty embedded database that every server the tests start begins from, rather than from initdb and
  // every migration (server/test/global-setup.ts does the same for the integration tests).
  const templateDir = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-template-"));
  const template = path.join(templateDir, "migrated.tar");
  execFileSync(process.execPath, ["-r", "./register.cjs", "src/db/cli.ts", "template", template], {
    cwd: path.join(REPO_ROOT, "server"),
    stdio: "inherit",
  });
  // Read by every server process the tests start (support/server.ts passes the environment on).
  process.env.EMBEDDED_TEMPLATE = template;

  const server = await startTestServer();
  project.provide("baseUrl", server.url);

  return async () => {
    await server.stop();
    fs.rmSync(templateDir, { recursive: true, force: true });
  };
}
