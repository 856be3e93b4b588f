// One chart, three renderers: the dashboard's over-time chart (React, its own SVG), the embed page (Preact, the
// shared SVG components) and the server's SVG image must show the same figures and the same marks for the same view.
// Each draws from the shared chart model (packages/charts), and each column carries its figure as data attributes:
// the period, the figure as written ("4", or "4*" for an "at least" or "about" count) and its batches of unreported
// size.
// Run on the seed and on the edge-case package (year-only dates, an "at least 4", an unknown count).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DESKTOP, launchBrowser, newContext } from "./support/browser";
import { EDGE_CASES_DIR } from "./support/paths";
import { startTestServer, type TestServer } from "./support/server";

interface Column {
  period: string;
  value: string;
  unknown: string;
}

let browser: Browser;
let context: BrowserContext;
let edgeCases: TestServer;

beforeAll(async () => {
  edgeCases = await startTestServer({ seedDir: EDGE_CASES_DIR });
  browser = await launchBrowser();
  context = await newContext(browser, DESKTOP);
});

afterAll(async () => {
  await browser?.close();
  await edgeCases?.stop();
});

const byPeriod = (a: Column, b: Column): number => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

// Only columns that hold something: the dashboard spans the whole data set, an embed the data's own range, so their
// empty months differ by design.
const drawn = (columns: Column[]): Column[] =>
  columns.filter((c) => c.value !== "0" || c.unknown !== "0").sort(byPeriod);

async function readColumns(page: Page, selector: string): Promise<Column[]> {
  return page.locator(selector).evaluateAll((nodes) =>
    nodes.map((node) => ({
      period: node.getAttribute("data-period") ?? "",
      value: node.getAttribute("data-value") ?? "",
      unknown: node.getAttribute("data-unknown") ?? "",
    })),
  );
}

async function dashboardColumns(baseUrl: string, query: string): Promise<Column[]> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/?${query}`);
  const chart = page.locator('[data-testid="subpoenas-over-time-chart"]');
  // Attached, not visible: a column whose total is not written (too many columns) has only its data attributes.
  await chart.locator(".chart-column-top").first().waitFor({ state: "attached" });
  const columns = await readColumns(page, '[data-testid="subpoenas-over-time-chart"] .chart-column-top');
  await page.close();
  return drawn(columns);
}

async function embedColumns(baseUrl: string, query: string): Promise<Column[]> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/embed/subpoenas-over-time?${query}`);
  await page.locator("svg g[data-period]").first().waitFor({ state: "attached" });
  const columns = await readColumns(page, "svg g[data-period]");
  await page.close();
  return drawn(columns);
}

async function imageColumns(baseUrl: string, query: string): Promise<Column[]> {
  const response = await fetch(`${baseUrl}/embed/subpoenas-over-time.svg?${query}`);
  expect(response.status).toBe(200);
  const svg = await response.text();
  const columns = [...svg.matchAll(/<g data-period="([^"]+)" data-value="([^"]+)" data-unknown="([^"]+)"/g)].map(
    ([, period, value, unknown]) => ({ period, value, unknown }),
  );
  return drawn(columns);
}

async function expectParity(baseUrl: string, query: string): Promise<Column[]> {
  const [dashboard, embed, image] = await Promise.all([
    dashboardColumns(baseUrl, query),
    embedColumns(baseUrl, query),
    imageColumns(baseUrl, query),
  ]);
  expect(dashboard.length, `${query}: the dashboard draws columns`).toBeGreaterThan(0);
  expect(embed, `${query}: embed vs dashboard`).toEqual(dashboard);
  expect(image, `${query}: SVG image vs dashboard`).toEqual(dashboard);
  return dashboard;
}

describe("the dashboard, the embed and the SVG image draw the same chart", () => {
  it.each(["stack=jurisdiction", "state=OR&stack=outcome", "interval=quarter&stack=none"])(
    "on the seed: %s",
    async (query) => {
      await expectParity(inject("baseUrl"), query);
    },
  );

  it.each(["stack=jurisdiction", "interval=quarter&stack=state", "stack=outcome"])(
    "on the edge cases (year-only dates, at-least and unknown counts): %s",
    async (query) => {
      const columns = await expectParity(edgeCases.url, query);
      // The dashboard used to drop the batches dated only to a year; the "at least 4" was a plain 4; the unknown count
      // is a marker, not a zero.
      expect(columns.map((c) => c.period)).toEqual(expect.arrayContaining(["2021", "2022"]));
      expect(columns.some((c) => c.value.endsWith("*"))).toBe(true);
      expect(columns.some((c) => c.unknown !== "0")).toBe(true);
    },
  );
});
