// Debian's Chromium through playwright-core, screenshots into artifacts/screenshots, and axe-core in the page.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM_FLAGS } from "../../scripts/chromium.mjs";
import { CHROMIUM, SCREENSHOT_DIR } from "./paths";

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 360, height: 740 } as const;

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ["--headless", ...CHROMIUM_FLAGS] });
}

export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    deviceScaleFactor: viewport.width < 600 ? 2 : 1,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
    reducedMotion: "reduce",
    acceptDownloads: true,
  });
}

export interface Browsing {
  browser: Browser;
  desktop: BrowserContext;
  phone: BrowserContext;
}

/**
 * One Chromium for a test file, with a desktop (1280 px) and a phone (360 px) context: opened before the file's tests,
 * closed after them. Call it at the top of the file; read the contexts inside tests.
 */
export function useBrowser(): Browsing {
  const browsing = {} as Browsing;
  beforeAll(async () => {
    browsing.browser = await launchBrowser();
    browsing.desktop = await newContext(browsing.browser, DESKTOP);
    browsing.phone = await newContext(browsing.browser, PHONE);
  });
  afterAll(async () => {
    await browsing.browser?.close();
  });
  return browsing;
}

/** A new page in `context` at `url`, with the page's own errors collected (see collectPageErrors). */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  return { page, errors };
}

// Pages report their own errors: a test fails on an uncaught exception or a console error, not only on what it asserts.
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

// Runs axe-core on the page as it is and returns the serious and critical violations (WCAG 2.x A and AA rules and
// best practices).
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>: the pages' Content-Security-Policy
  // (script-src 'self') rightly refuses inline scripts, and the test must not weaken it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
