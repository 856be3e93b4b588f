import path from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const REPO_ROOT = path.resolve(WEB_DIR, "..");
export const DIST_DIR = path.join(WEB_DIR, "dist");
export const SCREENSHOT_DIR = path.join(REPO_ROOT, "artifacts", "screenshots");
export { CHROMIUM } from "../../scripts/chromium.mjs";
/** The made-up package with the hard cases (unknown, at-least and approximate counts, month- and year-only dates). */
export const EDGE_CASES_DIR = path.join(REPO_ROOT, "server", "test", "fixtures", "edge-cases");
