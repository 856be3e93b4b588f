// The docs' pandas and R examples run in the integration tests (server/test/docs-examples.test.ts) with Debian's
// python3-pandas, python3-requests, r-base-core and r-cran-jsonlite. Installs them when missing and this is a root
// shell with apt-get, as ensure-chromium.mjs does for the browser; otherwise says how. The test skips each example
// with that advice when its tool is missing locally, and fails instead in CI (CI=true), which installs them.
import { execSync, spawnSync } from "node:child_process";

const ok = (command, args) => spawnSync(command, args, { stdio: "ignore" }).status === 0;
const hasPython = ["python3", "/usr/bin/python3"].some((python) => ok(python, ["-c", "import pandas, requests"]));
if (hasPython && ok("Rscript", ["-e", "library(jsonlite)"])) process.exit(0);

const PACKAGES = "python3-pandas python3-requests r-base-core r-cran-jsonlite";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !ok("apt-get", ["--version"])) {
  console.error(`The docs' examples need ${PACKAGES}: sudo apt-get install -y --no-install-recommends ${PACKAGES}`);
  process.exit(0);
}
console.error(`Installing ${PACKAGES} for the docs' examples (a minute or two)…`);
execSync(
  `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${PACKAGES}`,
  { stdio: "inherit" },
);
