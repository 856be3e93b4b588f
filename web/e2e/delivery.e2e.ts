// How the real build reaches a real browser: every script and stylesheet precompressed at build time and sent as
// brotli to Chromium, hashed files cached for a year, the HTML shells revalidated, and no source maps anywhere.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Browser, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DESKTOP, launchBrowser, newContext, PHONE } from "./support/browser";
import { DIST_DIR } from "./support/paths";

const baseUrl = inject("baseUrl");

function buildFiles(): string[] {
  return fs
    .readdirSync(DIST_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DIST_DIR, path.join(entry.parentPath, entry.name)));
}

describe("the build", () => {
  it("has no source maps", () => {
    const files = buildFiles();
    expect(files.filter((file) => file.endsWith(".js")).length).toBeGreaterThan(2);
    expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      expect(fs.readFileSync(path.join(DIST_DIR, file), "utf8"), file).not.toMatch(/sourceMappingURL/);
    }
  });

  it("has a brotli and a gzip copy of every script and stylesheet, with the same content", () => {
    const files = buildFiles().filter((file) => /\.(js|css)$/.test(file));
    for (const file of files) {
      const original = fs.readFileSync(path.join(DIST_DIR, file));
      if (original.length < 1024) continue;
      const br = zlib.brotliDecompressSync(fs.readFileSync(path.join(DIST_DIR, `${file}.br`)));
      const gz = zlib.gunzipSync(fs.readFileSync(path.join(DIST_DIR, `${file}.gz`)));
      expect(br.equals(original), `${file}.br`).toBe(true);
      expect(gz.equals(original), `${file}.gz`).toBe(true);
    }
  });
});

describe("in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  for (const route of ["/", "/embed/subpoenas-over-time"]) {
    it(`gets ${route} with brotli scripts and styles cached as immutable, and the page itself revalidated`, async () => {
      const context = await newContext(browser, DESKTOP);
      const page = await context.newPage();
      const responses: { type: string; url: string; headers: Promise<Record<string, string>> }[] = [];
      page.on("response", (response: Response) =>
        responses.push({
          type: response.request().resourceType(),
          url: response.url(),
          headers: response.allHeaders(),
        }),
      );
      await page.goto(`${baseUrl}${route}`, { waitUntil: "networkidle" });
      await Promise.all(responses.map((r) => r.headers));
      await context.close();

      const document = responses.find((r) => r.type === "document");
      const documentHeaders = await document!.headers;
      if (route === "/") expect(documentHeaders["cache-control"]).toBe("no-cache");
      expect(documentHeaders["content-encoding"]).toBe("br");

      const assets = responses.filter((r) => ["script", "stylesheet"].includes(r.type));
      expect(assets.length).toBeGreaterThan(1);
      for (const asset of assets) {
        const headers = await asset.headers;
        const name = new URL(asset.url).pathname;
        expect(name, name).toMatch(/^\/assets\//);
        expect(headers["cache-control"], name).toBe("public, max-age=31536000, immutable");
        expect(headers.vary, name).toMatch(/accept-encoding/i);
        // Tiny files (the bundler's runtime) are not worth a compressed copy.
        if (Number(headers["content-length"] ?? Infinity) >= 1024 || headers["content-encoding"]) {
          expect(headers["content-encoding"], name).toBe("br");
        }
      }
    });
  }
});

describe("the home page's first paint", () => {
  it("is in its HTML: the header, title and introduction paint before any script runs, and only on the home page", async () => {
    const home = await (await fetch(`${baseUrl}/?state=OR`)).text();
    expect(home).toContain("<!--shell:home-->");
    expect(home).toMatch(/<h1[^>]*>How many subpoenas, where, and what happened to them<\/h1>/);
    // The stylesheets are in the page, and the app's scripts are not: the start-up script requests them after the
    // first paint, so nothing but the HTML stands before it.
    expect(home).not.toMatch(/<link rel="stylesheet"|<script type="module"|rel="modulepreload"/);
    expect(home).toMatch(/<style>/);
    expect(home).toMatch(/<script defer src="\/assets\/boot-[\w-]{8}\.js" data-module="\/assets\/main-[\w-]{8}\.js"/);
    for (const route of ["/methodology", "/jurisdictions/denver-co", "/no-such-page"]) {
      const other = await (await fetch(`${baseUrl}${route}`)).text();
      expect(other, route).not.toContain("How many subpoenas, where");
    }

    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      expect(await page.locator("h1").textContent()).toBe("How many subpoenas, where, and what happened to them");
      expect(await page.locator("h1").isVisible()).toBe(true);
      await context.close();
      // With the script, the app replaces the shell with the same header and the rest of the page: one h1, one main.
      const live = await newContext(browser, DESKTOP);
      const app = await live.newPage();
      await app.goto(`${baseUrl}/`);
      await app.locator('[data-figure="subpoenas"]').waitFor();
      const order = await app.evaluate(() => ({
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
        main: performance.getEntriesByType("resource").find((entry) => /\/assets\/main-[\w-]{8}\.js$/.test(entry.name))
          ?.startTime,
      }));
      expect(order.paint).toBeTypeOf("number");
      expect(order.main).toBeGreaterThanOrEqual(order.paint ?? Infinity);
      expect(await app.locator("h1").count()).toBe(1);
      expect(await app.locator("main").count()).toBe(1);
      expect(await app.locator("h1").textContent()).toBe("How many subpoenas, where, and what happened to them");
      await live.close();
    } finally {
      await browser.close();
    }
  });
});

describe("the web fonts' arrival", () => {
  // The page paints in a fallback font and swaps in Inter and Source Serif 4 when they arrive (font-display: swap).
  // The fallback faces in styles.css have the web fonts' widths, so the swap moves nothing (Lighthouse's layout
  // shift: 0.017-0.061 on a phone before them, 0.165 with the fonts this late) and the app's title in the web font is
  // no larger a paint than the shell's (Lighthouse's largest paint would move to the app's render).
  it("moves nothing on the page and leaves the shell's header the largest paint, on a phone and a desktop", async () => {
    const browser = await launchBrowser();
    try {
      for (const [form, options] of Object.entries({
        phone: { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 },
        "Lighthouse's phone": { viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 },
        desktop: { viewport: DESKTOP },
      })) {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        let fontsSent = 0;
        // The fonts arrive well after the first paint, as on a slow connection.
        await page.route(/\.woff2$/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1200));
          await route.continue();
          fontsSent++;
        });
        await page.addInitScript(() => {
          const seen: { shifts: number; paints: { size: number; tag: string; at: number }[] } = {
            shifts: 0,
            paints: [],
          };
          (window as unknown as { seen: typeof seen }).seen = seen;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
              seen.shifts += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { size: number; element: Element | null })[])
              seen.paints.push({ size: entry.size, tag: entry.element?.tagName ?? "", at: entry.startTime });
          }).observe({ type: "largest-contentful-paint", buffered: true });
        });
        await page.goto(`${baseUrl}/`);
        await page.locator('[data-figure="subpoenas"]').waitFor();
        await expect.poll(() => fontsSent, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(300);
        const seen = await page.evaluate(
          () =>
            (window as unknown as { seen: { shifts: number; paints: { size: number; tag: string; at: number }[] } })
              .seen,
        );
        expect(await page.evaluate(() => getComputedStyle(document.querySelector("h1")!).fontFamily)).toMatch(
          /^"Source Serif 4 Variable"/,
        );
        expect(seen.shifts, form).toBeLessThan(0.005);
        // One largest paint: the shell's title or introduction, before any script ran; none later in the web font.
        expect(
          seen.paints.map((p) => p.tag),
          form,
        ).toHaveLength(1);
        expect(["H1", "P"], form).toContain(seen.paints[0].tag);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
