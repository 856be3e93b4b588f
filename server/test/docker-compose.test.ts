import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(__dirname, "..", "..");

/** `docker compose` (v2) where it exists, else Debian's `docker-compose` (v1); null when neither can validate. */
function composeCommand(): string[] | null {
  if (spawnSync("docker", ["compose", "version"], { stdio: "ignore" }).status === 0) return ["docker", "compose"];
  if (spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0) return ["docker-compose"];
  return null;
}

const compose = composeCommand();
// No engine runs on these machines; the compose file can still be validated. CI installs docker-compose, so there
// this must never skip; elsewhere it says why it skipped.
const skipReason = compose
  ? null
  : "neither `docker compose` nor `docker-compose` is installed (apt-get install docker-compose)";
if (skipReason && process.env.CI) throw new Error(`CI must validate docker-compose.yml, but ${skipReason}`);
if (skipReason) console.warn(`SKIPPED docker-compose.yml validation: ${skipReason}`);

describe.skipIf(skipReason !== null)("docker-compose.yml", () => {
  it("is valid and runs PostgreSQL 15 and the app with health checks and a data volume", () => {
    const [bin, ...args] = compose ?? [];
    const out = execFileSync(bin, [...args, "-f", "docker-compose.yml", "config"], { cwd: repoRoot, encoding: "utf8" });
    expect(out).toMatch(/image: postgres:15/);
    expect(out).toMatch(/pg_isready/);
    expect(out).toMatch(/healthz/);
    expect(out).toMatch(/DATABASE_URL: postgres:\/\/subpoenas:subpoenas@db:5432\/subpoenas/);
    expect(out).toMatch(/db-data:\/var\/lib\/postgresql\/data/);
    expect(out).toMatch(/condition: service_healthy/);
  });
});
