// Sharing and citing in real Chromium, against the real server on the seed: "Cite this" on every page in four
// formats, chart downloads named for what they hold, and the pages a shared link lands on.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  collectPageErrors,
  DESKTOP,
  launchBrowser,
  newContext,
  PHONE,
  screenshot,
  seriousViolations,
} from "./support/browser";

const baseUrl = inject("baseUrl");

let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  desktop = await newContext(browser, DESKTOP);
  phone = await newContext(browser, PHONE);
});

afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${baseUrl}${path}`);
  return { page, errors };
}

async function datasetVersion(): Promise<number> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ dataset { version } }" }),
  });
  return ((await res.json()) as { data: { dataset: { version: number } } }).data.dataset.version;
}

describe("cite this", () => {
  it("is on every page, batch and record pages included", async () => {
    for (const path of [
      "/",
      "/batches/2020-01-13-denver",
      "/jurisdictions/denver-co",
      "/sources/westword-2020-01-denver",
      "/court-cases/ice-v-gomez-2020",
      "/batches",
      "/jurisdictions",
      "/methodology",
      "/search?q=denver",
      "/changes",
    ]) {
      const { page, errors } = await open(desktop, path);
      await page.locator('[data-testid="cite-this"] [data-citation]').waitFor();
      expect(await page.locator('[data-testid="cite-this"]').count(), path).toBe(1);
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it("gives plain text, APA, BibTeX and RIS, each naming the dataset version and this page", async () => {
    const version = await datasetVersion();
    const { page, errors } = await open(desktop, "/batches/2020-01-13-denver");
    await page.locator("[data-page-title]").waitFor();
    const box = page.locator('[data-testid="cite-this"]');
    const citation = box.locator("[data-citation]");
    await citation.waitFor();
    expect(await citation.textContent()).toContain(`ersion ${version}`);
    expect(await citation.textContent()).toContain(`${baseUrl}/batches/2020-01-13-denver`);

    await box.getByLabel("APA").check();
    await expect.poll(() => citation.getAttribute("data-format")).toBe("apa");
    const apa = (await citation.textContent()) ?? "";
    expect(apa).toMatch(
      new RegExp(`^Subpoena Tracker\\. \\(\\d{4}\\)\\. .+ \\(Version ${version}\\) \\[Data set\\]\\.`),
    );
    // The batch page names itself, once its data is in.
    await expect.poll(async () => (await citation.textContent()) ?? "").toContain("Denver");

    await box.getByLabel("BibTeX").check();
    await expect.poll(() => citation.getAttribute("data-format")).toBe("bibtex");
    const bibtex = (await citation.textContent()) ?? "";
    expect(bibtex).toMatch(/^@misc\{/);
    expect(bibtex).toContain(`version = {${version}}`);

    await box.getByLabel("RIS").check();
    await expect.poll(() => citation.getAttribute("data-format")).toBe("ris");
    expect(await citation.textContent()).toContain(`ET  - Version ${version}`);
    const download = page.waitForEvent("download");
    await box.locator('a[data-download="ris"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("subpoena-tracker.ris");
    const ris = fs.readFileSync((await file.path()) ?? "", "utf8");
    expect(ris.startsWith("TY  - DATA")).toBe(true);
    expect(ris).toContain(`ET  - Version ${version}`);

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a phone's width in every format, axe-clean", async () => {
    const { page, errors } = await open(phone, "/batches/2020-01-13-denver");
    const box = page.locator('[data-testid="cite-this"]');
    await box.locator("[data-citation]").waitFor();
    await box.getByLabel("BibTeX").check();
    await box.locator('[data-format="bibtex"]').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("chart downloads", () => {
  it("saves each chart's CSV under a name that says what it is", async () => {
    const { page, errors } = await open(desktop, "/?state=OR&from=2020-01&to=2020-12&stack=none");
    const figure = page.locator('[data-chart="over-time"]');
    await figure.locator('a[data-download="csv"]').waitFor();
    const download = page.waitForEvent("download");
    await figure.locator('a[data-download="csv"]').click();
    expect((await download).suggestedFilename()).toBe("subpoenas-by-month-oregon-2020.csv");

    const outcomes = page.locator('[data-chart="outcomes"] a[data-download="csv"]');
    const second = page.waitForEvent("download");
    await outcomes.click();
    expect((await second).suggestedFilename()).toMatch(/^subpoenas-by-outcome-oregon-2020\.csv$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("dark mode", () => {
  /** A context whose system setting is dark, as newContext's otherwise. */
  async function darkContext(viewport: { width: number; height: number }): Promise<BrowserContext> {
    const context = await newContext(browser, viewport);
    const dark = await browser.newContext({
      viewport,
      deviceScaleFactor: viewport.width < 600 ? 2 : 1,
      isMobile: viewport.width < 600,
      hasTouch: viewport.width < 600,
      reducedMotion: "reduce",
      colorScheme: "dark",
    });
    await context.close();
    return dark;
  }

  /** Words in the page's SVG charts whose colour is under 3:1 against the page's background, with that ratio. */
  const unreadableChartWords = (page: Page) =>
    page.evaluate(() => {
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const ratio = (a: number[], b: number[]) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      const page = rgb(getComputedStyle(document.body).backgroundColor);
      return [...document.querySelectorAll("main svg text")]
        .filter((text) => (text.textContent ?? "").trim() !== "" && text.getBoundingClientRect().width > 0)
        .map((text) => ({ text: text.textContent, ratio: ratio(rgb(getComputedStyle(text).fill), page) }))
        .filter((word) => word.ratio < 3)
        .map((word) => `${word.text} (${word.ratio.toFixed(1)}:1)`);
    });

  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  for (const [name, viewport] of [
    ["1280", DESKTOP],
    ["360", PHONE],
  ] as const) {
    it(`follows the system's dark setting, axe-clean at ${name} px`, async () => {
      const context = await darkContext(viewport);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${baseUrl}/`);
      await page.locator('[data-figure="subpoenas"]').waitFor();
      // The charts load as their panels near the screen (below the first view on a phone): every chart is drawn
      // before it is read.
      await page.locator('[data-chart="over-time"]').scrollIntoViewIfNeeded();
      await page.locator('[data-chart="over-time"] path.chart-series').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
      expect(await background(page)).toBe("rgb(21, 24, 28)");
      await page.locator('[data-chart="where"]').scrollIntoViewIfNeeded();
      await page.locator('[data-testid="where-map"]').waitFor();
      for (const chart of ["by-place", "outcomes"]) {
        await page.locator(`[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
        await page.locator(`[data-chart="${chart}"] path.recharts-rectangle`).first().waitFor();
      }
      await screenshot(page, `home-dark-${name}`);
      expect(await seriousViolations(page)).toEqual([]);
      // axe does not check the words inside SVG charts: every one must read against the dark page (3:1 at least).
      // recharts wrote the bar charts' place names dark on dark, and the map kept its light palette.
      expect(await unreadableChartWords(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("has a switch that overrides the system and is remembered", async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}/methodology`);
    await page.locator("[data-page-title]").waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    await page.getByLabel("Colours").selectOption("dark");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await background(page)).toBe("rgb(21, 24, 28)");
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/batches/2020-01-13-denver`);
    await page.locator("[data-page-title]").waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await page.getByLabel("Colours").inputValue()).toBe("dark");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("Colours").selectOption("auto");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    await page.reload();
    await page.locator("[data-page-title]").waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a shared drill-down link", () => {
  it("scrolls to the open panel, on a phone too", async () => {
    for (const context of [phone, desktop]) {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${baseUrl}/?drill=over-time&drill.period=2025-07`);
      const heading = page.locator("#drill-heading");
      await heading.waitFor();
      await page.locator('[data-testid="drill-down"] article').first().waitFor();
      // The charts below hold their final height from the start (the bars' recharts loads only near the viewport,
      // in a placeholder of the chart's size): the scroll to the panel is not undone by what arrives later.
      await page.locator('[data-chart="outcomes"] [data-testid="outcomes-chart"]').waitFor();
      await expect
        .poll(async () => {
          const box = await heading.boundingBox();
          const height = await page.evaluate(() => window.innerHeight);
          // Sub-pixel positions: scrollIntoView may leave the heading a fraction of a pixel above the top.
          return box !== null && box.y > -2 && box.y < height;
        })
        .toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe("filter selects", () => {
  it("show their chosen text whole, at 1280 and 360 px", async () => {
    for (const context of [desktop, phone]) {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      await page.locator(".filters select").first().waitFor();
      const clipped = await page.locator(".filters select").evaluateAll((selects) => {
        const canvas = document.createElement("canvas").getContext("2d");
        if (!canvas) return ["no canvas"];
        return (selects as HTMLSelectElement[]).flatMap((select) => {
          const style = getComputedStyle(select);
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = select.options[select.selectedIndex]?.text ?? "";
          // Room for the text: the box less its padding, borders and the drop-down arrow (about 20 px in Chromium).
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
          return canvas.measureText(text).width > room ? [text] : [];
        });
      });
      expect(clipped).toEqual([]);
      await page.close();
    }
  });
});

describe("methodology", () => {
  it("shows the schema's code as code, never raw Markdown backticks", async () => {
    const { page, errors } = await open(desktop, "/methodology");
    await page.locator("[data-page-title]").waitFor();
    await page.locator("#type-Dataset, [id^='type-']").first().waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text.match(/`[^`]*`/g) ?? []).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("methodology on a 360 px phone", () => {
  it("lets no element overflow the page: a wide table scrolls inside its own box", async () => {
    const { page, errors } = await open(phone, "/methodology");
    await page.locator("[data-page-title]").waitFor();
    await page.locator('[data-testid="data-dictionary"]').waitFor();
    await page.locator('[data-testid="completeness-table"]').waitFor();
    // Every element wider than the viewport, unless an ancestor that lies inside the viewport scrolls it.
    const overflowing = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const found: string[] = [];
      for (const element of document.querySelectorAll("body *")) {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || (rect.right <= width + 0.5 && rect.left >= -0.5)) continue;
        let scrolled = false;
        for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
          const overflowX = getComputedStyle(up).overflowX;
          const box = up.getBoundingClientRect();
          if ((overflowX === "auto" || overflowX === "scroll") && box.right <= width + 0.5 && box.left >= -0.5) {
            scrolled = true;
            break;
          }
        }
        if (!scrolled) {
          const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === "string" ? `.${element.className.split(" ")[0]}` : ""}`;
          found.push(`${name} (${Math.round(rect.left)}–${Math.round(rect.right)} px)`);
        }
      }
      return { found, pageWidth: document.documentElement.scrollWidth, width };
    });
    expect(overflowing.found).toEqual([]);
    expect(overflowing.pageWidth).toBeLessThanOrEqual(overflowing.width);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a jurisdiction with no batch of its own", () => {
  it("says so in a sentence instead of drawing empty charts", async () => {
    const { page, errors } = await open(desktop, "/jurisdictions/wasco-county-or");
    await page.locator('[data-testid="no-batches-here"]').waitFor();
    expect(await page.getByText("No subpoenas match these filters").count()).toBe(0);
    expect(await page.locator('[data-chart="over-time"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("embed.js on a host page", () => {
  it("logs nothing in the host page, even for frames not loaded yet", async () => {
    const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body>
      <div style="height: 5000px">An article.</div>
      <iframe data-subpoena-tracker-embed loading="lazy" src="${baseUrl}/embed/outcomes" title="Chart" width="600" height="400"></iframe>
      <script async src="${baseUrl}/embed.js"></script></body></html>`;
    const host = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const page = await desktop.newPage();
    const messages: string[] = [];
    page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
    page.on("pageerror", (error) => messages.push(`pageerror: ${error.message}`));
    await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
    await page.waitForLoadState("load");
    await page.waitForTimeout(500);
    expect(messages.filter((m) => /postMessage|origin/i.test(m))).toEqual([]);
    await page.close();
    await new Promise((resolve) => host.close(resolve));
  });
});
