// A record with more places than a chart can draw apart: the over-time chart asks the API for its top series and one
// "other" bucket per period (the counts API's `top`), never for every place × every month. The server here holds a
// made-up package of 60 jurisdictions over 13 years and accepts at most 5,000 buckets per answer, as a production
// server at 1M batches accepts 10,000 for 3,000 places: the full breakdown (about 60 × 156) would be refused, and the
// dashboard used to show "The chart could not be loaded" for its default view.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { collectPageErrors, DESKTOP, launchBrowser, newContext, screenshot } from "./support/browser";
import { clickSegment, overTimeSegments } from "./support/overTimeChart";
import { REPO_ROOT } from "./support/paths";
import { startTestServer, type TestServer } from "./support/server";

const MAX_BUCKETS = "5000";

let packageDir: string;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  packageDir = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-many-places-"));
  execFileSync(
    process.execPath,
    ["-r", "./server/register.cjs", "server/src/synth/cli.ts", "--batches", "400", "--seed", "1", packageDir],
    { cwd: REPO_ROOT, stdio: "ignore" },
  );
  server = await startTestServer({ seedDir: packageDir, env: { API_MAX_BUCKETS: MAX_BUCKETS } });
  browser = await launchBrowser();
  context = await newContext(browser, DESKTOP);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (packageDir) fs.rmSync(packageDir, { recursive: true, force: true });
});

describe("the over-time chart with more places than it draws apart", () => {
  it("draws the default view from the top places and the rest summed, where the full breakdown is refused", async () => {
    // The full breakdown is beyond this server's limit: what the chart used to ask for.
    const full = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query:
          "{ subpoenaCounts(groupBy: [PERIOD, JURISDICTION], interval: MONTH, fillEmptyPeriods: true) { total { subpoenas } } }",
      }),
    }).then((res) => res.json() as Promise<{ errors?: { extensions: { code: string } }[] }>);
    expect(full.errors?.[0]?.extensions.code).toBe("BUCKET_LIMIT_EXCEEDED");

    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}/`);
    const figure = page.locator('[data-chart="over-time"]');
    await figure.locator(".chart-column-top").first().waitFor({ state: "attached" });
    expect(await figure.textContent()).not.toContain("could not be loaded");

    // Seven places by name and every other place with batches as "N others"; the columns add up to the headline.
    const places = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ subpoenaCounts(groupBy: [JURISDICTION]) { buckets { batches } } }" }),
    }).then((res) => res.json() as Promise<{ data: { subpoenaCounts: { buckets: unknown[] } } }>);
    const legend = figure.locator(".legend li");
    expect(await legend.count()).toBe(8);
    const others = legend.last();
    expect(await others.textContent()).toMatch(
      new RegExp(`^\\s*${places.data.subpoenaCounts.buckets.length - 7} others`),
    );
    // The places the API summed are not named in its answer, so "others" lists no batches of its own.
    expect(await others.getByRole("button").count()).toBe(0);
    const columns = await figure
      .locator(".chart-column-top")
      .evaluateAll((nodes) => nodes.map((node) => Number((node.getAttribute("data-value") ?? "0").replace(/\D/g, ""))));
    const headline = Number((await page.locator('[data-figure="subpoenas"]').textContent())?.replace(/\D/g, ""));
    expect(columns.reduce((a, b) => a + b, 0)).toBe(headline);

    // A click on an "others" segment lists the whole period's batches.
    const othersSegment = (await overTimeSegments(figure)).find((segment) => segment.series === "__others");
    if (!othersSegment) throw new Error("no segment of the others");
    await clickSegment(page, figure, othersSegment);
    await page.waitForURL(/drill=over-time/);
    expect(new URL(page.url()).searchParams.get("drill.jurisdiction")).toBeNull();
    expect(new URL(page.url()).searchParams.get("drill.period")).toMatch(/^\d{4}-\d{2}$/);
    await screenshot(page, "many-places-over-time");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the by-place bars with more places than they draw apart", () => {
  it("draws the top places and one bar summing the rest, while the table and the download list every place", async () => {
    const places = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ subpoenaCounts(groupBy: [JURISDICTION]) { buckets { subpoenas } } }" }),
    }).then((res) => res.json() as Promise<{ data: { subpoenaCounts: { buckets: { subpoenas: number }[] } } }>);
    const placeCount = places.data.subpoenaCounts.buckets.length;
    // As many by name as the embed of the same chart draws (its `top`), and the rest as one bar.
    const top = 14;
    expect(placeCount).toBeGreaterThan(top + 1);

    const page = await context.newPage();
    const errors = collectPageErrors(page);
    // The `top` of each request the panel makes for its counts (null: every place).
    const asked: (number | null)[] = [];
    const headlineQueries: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!url.pathname.endsWith("/graphql")) return;
      const body = request.postData();
      const sent = (body ? JSON.parse(body) : { query: url.searchParams.get("query"), variables: null }) as {
        query?: string;
        variables?: { top?: number | null } | null;
      };
      const variables = sent.variables ?? JSON.parse(url.searchParams.get("variables") ?? "{}");
      if (sent.query?.includes("ByJurisdictionPanel_Counts")) asked.push(variables?.top ?? null);
      if (sent.query?.includes("HeadlineFigures_Counts")) headlineQueries.push(sent.query);
    });
    await page.goto(`${server.url}/`);
    const figure = page.locator('[data-chart="by-place"]');
    await figure.scrollIntoViewIfNeeded();
    const chart = figure.locator('[data-testid="by-jurisdiction-chart"]');
    await chart.locator("[role=button]").first().waitFor();

    expect(await chart.locator("path.recharts-rectangle").count()).toBe(top + 1);
    expect(await chart.locator("[role=button]").count()).toBe(top);
    // The summed bar is named with what it sums, and lists no batches of its own.
    const other = chart.locator('[data-key="__others"][role=img]');
    const rest = `Other places (${placeCount - top})`;
    expect(await other.getAttribute("aria-label")).toMatch(
      new RegExp(`^${rest.replace(/[()]/g, "\\$&")}: \\S+ subpoenas`),
    );
    expect(await chart.locator("text.chart-category").allTextContents()).toContain(rest);
    // A chart of 15 rows, not one row per place.
    expect((await chart.boundingBox())?.height).toBeLessThan(600);

    // The panel asked only for what it draws; its summary names the places drawn and counts the rest.
    expect(asked).toEqual([top]);
    const summary = (await figure.locator("[data-chart-summary]").textContent()) ?? "";
    expect(summary).toContain(` across ${placeCount} jurisdictions. `);
    expect(summary).toMatch(new RegExp(`; ${placeCount - top} other jurisdictions together [^;]+\\.$`));
    expect(summary.split("; ")).toHaveLength(top + 1);

    // The headline counts every place from the top place and the number of others, without reading them all.
    await expect
      .poll(async () => page.locator('[data-figure="jurisdictions"]').textContent())
      .toBe(placeCount.toLocaleString("en-US"));
    expect(headlineQueries.length).toBeGreaterThan(0);
    expect(headlineQueries.every((q) => /groupBy: \[JURISDICTION\], top: 1\)/.test(q))).toBe(true);

    // Every place is fetched when the table is asked for.
    await figure.getByRole("button", { name: "Show as table" }).click();
    await figure.locator('[data-testid="by-place-table"]').waitFor();
    expect(asked).toEqual([top, null]);
    expect(await figure.locator('[data-testid="by-place-table"] tbody tr').count()).toBe(placeCount);

    const csv = await figure.locator('a[data-download="csv"]').getAttribute("href");
    const lines = (await fetch(new URL(csv ?? "", server.url)).then((res) => res.text())).trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(placeCount + 1);
    await screenshot(page, "many-places-by-place");
    expect(errors).toEqual([]);
    await page.close();
  });
});
