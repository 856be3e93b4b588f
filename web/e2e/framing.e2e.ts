// Numbers a reporter can quote without a second look: every headline figure says the time frame it covers, the update
// date is called what it is, and a mistyped link says what it could not read instead of drawing confident zeros.
// Run on the seed and on the edge-case package (year-only dates, unknown and inexact counts).
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
import { EDGE_CASES_DIR } from "./support/paths";
import { startTestServer, type TestServer } from "./support/server";

let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;
let fixture: TestServer;

beforeAll(async () => {
  fixture = await startTestServer({ seedDir: EDGE_CASES_DIR });
  browser = await launchBrowser();
  desktop = await newContext(browser, DESKTOP);
  phone = await newContext(browser, PHONE);
});

afterAll(async () => {
  await browser?.close();
  await fixture?.stop();
});

const PACKAGES = [
  { name: "the seed", url: () => inject("baseUrl"), frame: "Jan to Mar 2020" },
  // A batch dated only "2022" stretches the frame to the end of 2022.
  { name: "the edge-case package", url: () => fixture.url, frame: "2021 to 2022" },
];

async function open(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  await page.locator('[data-figure="subpoenas"]').waitFor();
  return { page, errors };
}

for (const pkg of PACKAGES) {
  describe(`the time frame, on ${pkg.name}`, () => {
    it("stands beside every headline figure, and the update date is the database's", async () => {
      const { page, errors } = await open(desktop, `${pkg.url()}/`);
      const periods = await page.locator("[data-stat-period]").allTextContents();
      expect(periods).toHaveLength(4);
      // The seed's batches run from January to March; the data helper may add more, so only the fixture is exact.
      if (pkg.name !== "the seed") expect(new Set(periods)).toEqual(new Set([pkg.frame]));
      else expect(periods[0]).toMatch(/\d{4}/);
      expect(await page.getByRole("heading", { name: /^Subpoenas served \w/ }).count()).toBe(1);
      expect(await page.locator('[data-testid="dataset-line"]').textContent()).toMatch(
        /^Data version \d+, database updated \d+ \w{3} \d{4}$/,
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    it("is the filter's own when dates are asked for", async () => {
      const { page } = await open(desktop, `${pkg.url()}/?from=2020-01&to=2021-06`);
      expect(new Set(await page.locator("[data-stat-period]").allTextContents())).toEqual(
        new Set(["Jan 2020 to Jun 2021"]),
      );
      await page.close();
    });

    it("is in the image's subtitle and its text alternative, with 'database updated'", async () => {
      const svg = await (await fetch(`${pkg.url()}/embed/by-jurisdiction.svg?from=2020&to=2021`)).text();
      expect(svg).toMatch(/<desc[^>]*>[^<]*, 2020 to 2021: /);
      expect(svg).toMatch(/<text[^>]*>[^<]*in \d+ batch(es)?, 2020 to 2021/);
      expect(svg).toContain("database updated");
      expect(svg).not.toContain("data as of");
    });
  });

  describe(`a mistyped link, on ${pkg.name}`, () => {
    it("says what it could not read, before any figure, and draws the view without it", async () => {
      const { page, errors } = await open(
        desktop,
        `${pkg.url()}/?state=ZZ&outcome=refused&interval=fortnight&from=2020-13`,
      );
      const notice = page.locator('[data-testid="view-notice"]');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? "";
      expect(text).toContain('state=ZZ: "ZZ" is not a U.S. state code');
      expect(text).toContain('outcome=refused: "refused" is not one of PENDING');
      expect(text).toContain('interval=fortnight: "fortnight" is not one of month, quarter, year.');
      expect(text).toContain('from=2020-13: "2020-13" is not a date');
      // The figures are the whole dataset's, not zeros.
      expect(Number(await page.locator('[data-figure="subpoenas"]').textContent())).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);
      await notice.getByRole("button", { name: "Remove them from the address" }).click();
      await notice.waitFor({ state: "detached" });
      expect(new URL(page.url()).search).toBe("");
      expect(errors).toEqual([]);
      await page.close();
    });

    it("reads values in any case, as the API does: state=or is Oregon", async () => {
      const { page } = await open(desktop, `${pkg.url()}/?state=or&outcome=declined`);
      expect(await page.locator('[data-testid="view-notice"]').count()).toBe(0);
      const api = (await (await fetch(`${pkg.url()}/api/v1/counts.json?state=OR&outcome=DECLINED`)).json()) as {
        total: { subpoenas: number };
      };
      await page.waitForFunction(
        (n) => document.querySelector('[data-figure="subpoenas"]')?.textContent === String(n),
        api.total.subpoenas,
      );
      await page.close();
    });

    it("with a jurisdiction that does not exist: a notice, never 'Check your connection'", async () => {
      const { page, errors } = await open(desktop, `${pkg.url()}/?jurisdiction=nowhere`);
      const notice = page.locator('[data-testid="view-notice"]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('No jurisdiction has the slug "nowhere"');
      await page.locator('[data-chart="over-time"] path.chart-series').first().waitFor();
      expect(await page.locator("main").textContent()).not.toContain("Check your connection");
      expect(Number(await page.locator('[data-figure="subpoenas"]').textContent())).toBeGreaterThan(0);
      expect(errors.filter((e) => !e.includes("Failed to load resource"))).toEqual([]);
      await page.close();
    });
  });
}

describe("the notice on a phone", () => {
  it("fits 360 px and is axe-clean", async () => {
    const { page } = await open(phone, `${fixture.url}/?state=ZZ&interval=fortnight`);
    await page.locator('[data-testid="view-notice"]').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "view-notice-360");
    await page.close();
  });
});
