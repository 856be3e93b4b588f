// What the seed does not contain but the charts must get right: a batch whose size was not reported ("several"), and
// a batch dated only by its year. The server runs on a copy of the seed's 2020 batches with those two batches added.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { collectPageErrors, DESKTOP, launchBrowser, newContext, screenshot } from "./support/browser";
import { overTimeSegments } from "./support/overTimeChart";
import { REPO_ROOT } from "./support/paths";
import { startTestServer, type TestServer } from "./support/server";

const EXTRA_BATCHES = [
  "2020-03-denver-several,2020-03,denver-co,denver-sheriff,ERO,,unknown,,A report said only several subpoenas.,,,,westword-2020-01-denver",
  "2020-nyc-year-only,2020,new-york-city-ny,nyc-doc,ERO,2,exact,,A batch dated only by its year.,,,,ice-2020-01-18-nyc",
];
const EXTRA_EVENTS = [
  "2020-03-denver-several,2020-03,issued,,,,,westword-2020-01-denver",
  "2020-nyc-year-only,2020,issued,,,,,ice-2020-01-18-nyc",
];

function fixtureSeed(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-fixture-"));
  fs.cpSync(path.join(REPO_ROOT, "data", "seed"), dir, { recursive: true });
  // Only the seed's 2020 batches (ids start with their date), so that the month axis is the first months of 2020
  // and the figures are the 2020 record's plus the two batches below.
  for (const file of ["batches.csv", "events.csv"]) {
    const target = path.join(dir, file);
    const [header, ...rows] = fs.readFileSync(target, "utf8").trimEnd().split("\n");
    fs.writeFileSync(target, `${[header, ...rows.filter((row) => row.startsWith("2020"))].join("\n")}\n`);
  }
  const append = (file: string, lines: string[]): void => {
    const target = path.join(dir, file);
    const text = fs.readFileSync(target, "utf8");
    fs.writeFileSync(target, `${text.endsWith("\n") ? text : `${text}\n`}${lines.join("\n")}\n`);
  };
  append("batches.csv", EXTRA_BATCHES);
  append("events.csv", EXTRA_EVENTS);
  return dir;
}

let seedDir: string;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  seedDir = fixtureSeed();
  server = await startTestServer({ seedDir });
  browser = await launchBrowser();
  context = await newContext(browser, DESKTOP);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (seedDir) fs.rmSync(seedDir, { recursive: true, force: true });
});

async function open(pathname: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}${pathname}`);
  await page.locator('[data-figure="subpoenas"]').waitFor();
  return { page, errors };
}

describe("a batch of unreported size", () => {
  it("is never counted as zero: the total says so, the chart marks it, the table names it", async () => {
    const { page, errors } = await open("/");
    expect(await page.locator('[data-figure="subpoenas"]').textContent()).toBe("24");
    expect(await page.locator('[data-testid="headline"]').textContent()).toContain("plus 1 batch of unreported size");

    const overTime = page.locator('[data-chart="over-time"]');
    await overTime.locator("path.chart-series").first().waitFor();
    // March has no known subpoenas: no bar is drawn, a marker is.
    const segments = await overTimeSegments(overTime);
    expect(segments.filter((segment) => segment.period === "2020-03")).toEqual([]);
    expect(segments.filter((segment) => segment.period === "2020-02").length).toBeGreaterThan(0);
    expect(await overTime.locator('.chart-unknown-marker[data-unknown-count="1"]').count()).toBe(1);
    expect(await overTime.locator("[data-chart-summary]").textContent()).toContain(
      "1 batch whose number of subpoenas was not reported (1 in Mar 2020)",
    );

    await overTime.getByRole("button", { name: "Show as table" }).click();
    const march = overTime.locator('tr[data-period="2020-03"]');
    expect(await march.locator("[data-total]").textContent()).toBe("0 + 1 unreported");

    // Its batches list says "not reported", never 0.
    await march.getByRole("button", { name: /^Mar 2020/ }).click();
    const panel = page.locator('[data-testid="drill-down"]');
    await panel.locator("article").first().waitFor();
    expect(await panel.locator("article").count()).toBe(1);
    expect(await panel.locator("article").textContent()).toContain("not reported");
    await screenshot(page, "honest-unreported-desktop");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a batch dated only by its year", () => {
  it("is kept apart from the months, never spread over them or padded to January", async () => {
    const { page, errors } = await open("/");
    const overTime = page.locator('[data-chart="over-time"]');
    await overTime.locator("path.chart-series").first().waitFor();
    const ticks = await overTime.locator(".chart-tick").allTextContents();
    // The period axis (the value axis has only numbers): the year-only batch is drawn apart after the months, as the
    // embeds and images draw it (the dashboard used to leave it out).
    expect(ticks.filter((tick) => /[A-Za-z]/.test(tick))).toEqual([
      "Jan 2020",
      "Feb 2020",
      "Mar 2020",
      "2020 (no month)",
    ]);
    expect(await overTime.locator('.chart-column-top[data-period="2020"]').getAttribute("data-value")).toBe("2");
    expect(await overTime.textContent()).toContain("2020 (month not reported)");
    await overTime.getByRole("button", { name: "Show as table" }).click();
    expect(await overTime.locator('tr[data-period="2020"] [data-total]').textContent()).toBe("2");
    expect(await overTime.locator('tr[data-period="2020-01"] [data-total]').textContent()).toBe("8");

    // By year the two fit together.
    await page.getByRole("radio", { name: "Year", exact: true }).check();
    await page.waitForURL(/interval=year/);
    await expect
      .poll(() => overTime.locator('tr[data-period="2020"] [data-total]').textContent())
      .toBe("24 + 1 unreported");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows its date at its own precision on its page", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/batches/2020-nyc-year-only`);
    await page.locator("h1").waitFor();
    expect(await page.locator("h1").textContent()).toBe("2 subpoenas served in New York City, 2020");
    expect(await page.locator(".facts").textContent()).toContain("2020 (month not reported)");
    await page.close();
  });
});
