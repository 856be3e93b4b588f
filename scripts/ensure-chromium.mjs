// The browser tests drive Debian's Chromium (a test tool's own browser download cannot work on these machines).
// Installs it when missing and this is a root shell with apt-get; otherwise says how, and the browser tests fail
// with the same advice rather than skipping quietly.
import { execSync, spawnSync } from "node:child_process";
import fs from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
if (fs.existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    `Chromium is not installed at ${CHROMIUM}; the browser tests need it: sudo apt-get install -y chromium`,
  );
  process.exit(0);
}
console.error("Installing Debian's chromium for the browser tests (about a minute)…");
execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
