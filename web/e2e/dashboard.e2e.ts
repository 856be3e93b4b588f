// The journalist's path through the built dashboard, in real Chromium, against the real server on the seed.
import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { collectPageErrors, openPage, screenshot, seriousViolations, useBrowser } from "./support/browser";
import { overTimeSegments, segmentPoint } from "./support/overTimeChart";

// The CSV names a jurisdiction as the data does; the charts and tables add a county's state ("San Diego County, CA").
function withoutState(label: string): string {
  return label.replace(/, [A-Z]{2}$/, "");
}

const baseUrl = inject("baseUrl");

const browsing = useBrowser();

async function open(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[] }> {
  return openPage(context, `${baseUrl}${path}`);
}

async function headlineSubpoenas(page: Page): Promise<string> {
  const figure = page.locator('[data-figure="subpoenas"]');
  await figure.waitFor();
  return (await figure.textContent()) ?? "";
}

// The rows of a chart's data table as { first cell: numbers }.
async function tableRows(page: Page, testId: string): Promise<Record<string, string[]>> {
  return page.locator(`[data-testid="${testId}"] tbody tr`).evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => {
        const cells = [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim());
        return [cells[0], cells.slice(1)];
      }),
    ),
  );
}

// A month row's label ("Feb 2020") as the period the API writes ("2020-02"); null for anything else.
function monthPeriod(label: string): string | null {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const match = /^([A-Z][a-z]{2}) (\d{4})$/.exec(label);
  const month = match ? months.indexOf(match[1]) + 1 : 0;
  return match && month > 0 ? `${match[2]}-${String(month).padStart(2, "0")}` : null;
}

function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const columns = header.split(",");
  return lines.map((line) => {
    // The seed's names have no commas; quoted fields are unquoted without splitting on their commas.
    const cells =
      line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((cell) => cell.replace(/,$/, "").replace(/^"|"$/g, "")) ?? [];
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ""]));
  });
}

describe("home", () => {
  it("shows 34 subpoenas and the four jurisdictions of the brief with their totals", async () => {
    const { page, errors } = await open(browsing.desktop, "/");
    expect(await headlineSubpoenas(page)).toBe("34");
    await expect.poll(() => page.locator('[data-figure="batches"]').textContent()).toBe("9");

    // The panels below the first view ask for their figures as they near the screen.
    const figure = page.locator('[data-chart="by-place"]');
    await figure.scrollIntoViewIfNeeded();
    await figure.getByRole("button", { name: "Show as table" }).click();
    const rows = await tableRows(page, "by-place-table");
    // A county says its state wherever its name stands alone: Washington County alone is in thirty states.
    expect(rows["San Diego County, CA"]?.[0]).toBe("4");
    expect(rows["Connecticut"]?.[0]).toBe("3");
    expect(rows["New York City"]?.[0]).toBe("4");
    expect(rows["Denver"]?.[0]).toBe("4");
    // The chart itself names them too, with the same numbers written at the bars. Long names wrap onto two lines
    // (two text elements), so the words are compared without the spaces between them.
    await figure.locator("path.recharts-rectangle").first().waitFor();
    const chartText = ((await figure.locator("svg").first().textContent()) ?? "").replace(/\s+/g, "");
    for (const name of ["San Diego County, CA", "Connecticut", "New York City", "Denver"])
      expect(chartText).toContain(name.replace(/\s+/g, ""));

    await screenshot(page, "home-desktop");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads well on a 360 px phone", async () => {
    const { page, errors } = await open(browsing.phone, "/");
    expect(await headlineSubpoenas(page)).toBe("34");
    // Below the first view on a phone: drawn once scrolled to.
    await page.locator('[data-chart="over-time"]').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="subpoenas-over-time-chart"] path.chart-series').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "home-phone");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("filters and the address", () => {
  it("writes a filter into the URL, restores it on reload, and undoes it with Back", async () => {
    const { page, errors } = await open(browsing.desktop, "/");
    expect(await headlineSubpoenas(page)).toBe("34");

    // Oregon: Washington County's 2 and the statewide 5 of 2020, the four counties' 10 of 2025.
    const jurisdiction = page.getByRole("combobox", { name: "Jurisdiction", exact: true });
    await jurisdiction.fill("oregon");
    await page.getByRole("option", { name: "Oregon, whole state" }).click();
    await page.waitForURL(/jurisdiction=oregon/);
    await expect.poll(() => headlineSubpoenas(page)).toBe("17");
    await page.getByRole("radio", { name: "Outcome", exact: true }).check();
    await page.waitForURL(/stack=outcome/);
    const filtered = page.url();

    await page.reload();
    expect(page.url()).toBe(filtered);
    await expect.poll(() => headlineSubpoenas(page)).toBe("17");
    // The names arrive with the jurisdictions query, so the box shows "Oregon" only once they have loaded.
    await expect.poll(() => jurisdiction.inputValue()).toBe("Oregon");
    expect(await page.getByRole("radio", { name: "Outcome", exact: true }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('[data-chart="over-time"] .legend').textContent()).toContain("Mixed");
    await screenshot(page, "filtered-oregon-desktop");

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("stack="));
    await page.goBack();
    await page.waitForURL((url) => url.search === "");
    await expect.poll(() => headlineSubpoenas(page)).toBe("34");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("drill-down", () => {
  it("lists the batches behind the February 2020 bar, with their sources", async () => {
    const { page, errors } = await open(browsing.desktop, "/");
    const chart = page.locator('[data-testid="subpoenas-over-time-chart"]');
    const february = (await overTimeSegments(chart)).filter((segment) => segment.period === "2020-02");
    // Four places' segments, one path per place (series) across the columns.
    expect(february).toHaveLength(4);
    // A hover shows the month's figures beside the column; a click on a segment lists that place's batches.
    const point = await segmentPoint(chart, february[0]);
    await page.mouse.move(point.x, point.y);
    const tooltip = chart.locator(".chart-tooltip");
    await expect.poll(() => tooltip.textContent()).toContain("Feb 2020");
    expect(await tooltip.locator("tbody tr").count()).toBe(4);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/drill=over-time/);
    expect(page.url()).toContain("drill.jurisdiction=");
    expect(page.url()).toContain("drill.period=2020-02");

    const panel = page.locator('[data-testid="drill-down"]');
    await panel.locator("article").first().waitFor();
    // A segment is one jurisdiction's part of the bar; widen to the whole month.
    await panel.getByRole("button", { name: "All of Feb 2020" }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("drill.period") === "2020-02" && !url.search.includes("drill.jurisdiction"),
    );
    await expect.poll(() => panel.locator("article").count()).toBe(4);

    const titles = await panel.locator("article h4").allTextContents();
    expect(titles.sort()).toEqual(
      [
        "Connecticut, 13 Feb 2020",
        "Oregon, 21 Feb 2020",
        "San Diego County, 14 Feb 2020",
        "Washington County, 18 Feb 2020",
      ].sort(),
    );
    for (const article of await panel.locator("article").all()) {
      const sources = article.locator(".source");
      expect(await sources.count()).toBeGreaterThan(0);
      // Each source names its publisher and its date, and links to the document.
      const meta = await sources.first().locator(".source__meta").textContent();
      expect(meta).toMatch(/·\s*(\d{1,2} )?[A-Z][a-z]{2} \d{4}|·\s*\d{4}/);
      expect(await sources.first().locator("a").getAttribute("href")).toMatch(/^https?:\/\//);
    }
    // The open drill-down is part of the page axe checks, too.
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "drill-feb-2020-desktop");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("downloads", () => {
  it("gives, as CSV, the numbers the over-time chart shows", async () => {
    const { page, errors } = await open(browsing.desktop, "/?interval=month&stack=jurisdiction");
    const figure = page.locator('[data-chart="over-time"]');
    await figure.locator("path.chart-series").first().waitFor();
    await figure.getByRole("button", { name: "Show as table" }).click();
    const rows = await tableRows(page, "over-time-table");
    const header = await page.locator('[data-testid="over-time-table"] thead th').allTextContents();

    const href = await figure.locator('a[data-download="csv"]').getAttribute("href");
    expect(href).toMatch(/^\/api\/v1\/counts\.csv\?/);
    const download = page.waitForEvent("download");
    await figure.locator('a[data-download="csv"]').click();
    const file = await download;
    const text = await (await fetch(`${baseUrl}${href}`)).text();
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const csv = parseCsv(text);

    // Per period and jurisdiction, the CSV's subpoenas are the table's cells; per period, they add up to its total.
    for (const [label, cells] of Object.entries(rows)) {
      const period = monthPeriod(label);
      expect(period, label).not.toBeNull();
      const csvRows = csv.filter((row) => row.period === period);
      header.slice(1, -1).forEach((name, index) => {
        const fromCsv = csvRows
          .filter((row) => row.jurisdictionName === withoutState(name))
          .reduce((sum, row) => sum + Number(row.subpoenas), 0);
        expect(String(fromCsv), `${label}, ${name}`).toBe(cells[index]);
      });
      expect(String(csvRows.reduce((sum, row) => sum + Number(row.subpoenas), 0))).toBe(cells[cells.length - 1]);
    }
    expect(csv.reduce((sum, row) => sum + Number(row.subpoenas), 0)).toBe(34);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("gives, as CSV, the numbers the by-jurisdiction chart shows", async () => {
    const { page } = await open(browsing.desktop, "/");
    const figure = page.locator('[data-chart="by-place"]');
    await figure.scrollIntoViewIfNeeded();
    await figure.getByRole("button", { name: "Show as table" }).click();
    const rows = await tableRows(page, "by-place-table");
    const href = await figure.locator('a[data-download="csv"]').getAttribute("href");
    const csv = parseCsv(await (await fetch(`${baseUrl}${href}`)).text());
    const byName = Object.fromEntries(Object.entries(rows).map(([label, cells]) => [withoutState(label), cells]));
    for (const row of csv) expect(byName[row.jurisdictionName]?.[0], row.jurisdictionName).toBe(row.subpoenas);
    expect(csv).toHaveLength(Object.keys(rows).length);
    await page.close();
  });
});

describe("keyboard", () => {
  it("goes from home to a batch's sources with the keyboard alone", async () => {
    const { page, errors } = await open(browsing.desktop, "/");
    await headlineSubpoenas(page);
    await page.locator('[data-chart="over-time"] .legend button').first().waitFor();

    // Tab until a legend entry has focus, then open its batches.
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          tag: el?.tagName ?? "",
          label: el?.getAttribute("aria-label") ?? "",
          href: el?.getAttribute("href") ?? "",
          text: el?.textContent ?? "",
          inSources: Boolean(el?.closest('[data-testid="sources"]')),
          inDrill: Boolean(el?.closest('[data-testid="drill-down"]')),
        };
      });
    const tabUntil = async (predicate: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 150) => {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press("Tab");
        if (predicate(await focused())) return;
      }
      throw new Error(
        `Focus never reached the target after ${limit} Tab presses; last: ${JSON.stringify(await focused())}`,
      );
    };

    await tabUntil((f) => f.label.startsWith("Denver:"));
    await page.keyboard.press("Enter");
    await page.waitForURL(/drill\.jurisdiction=denver-co/);
    await expect.poll(async () => (await focused()).text).toContain("Batches behind Denver");

    await tabUntil((f) => f.inDrill && f.href.startsWith("/batches/"));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/batches\/2020-01-13-denver$/);
    await page.locator('[data-testid="sources"]').waitFor();
    // Focus is on the new page's title, so the next Tab starts at the top of the batch.
    await expect.poll(async () => (await focused()).tag).toBe("H1");

    await tabUntil((f) => f.inSources && f.href.startsWith("http"));
    const source = await focused();
    expect(source.href).toMatch(/^https?:\/\//);
    await screenshot(page, "batch-keyboard-desktop");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("chart bars from the keyboard", () => {
  const focusedMark = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return {
        role: el?.getAttribute("role") ?? "",
        label: el?.getAttribute("aria-label") ?? "",
        chart: el?.closest("[data-chart]")?.getAttribute("data-chart") ?? "",
      };
    });
  const tabTo = async (page: Page, wanted: (f: Awaited<ReturnType<typeof focusedMark>>) => boolean) => {
    for (let i = 0; i < 300; i += 1) {
      await page.keyboard.press("Tab");
      if (wanted(await focusedMark(page))) return;
    }
    throw new Error(`Tab never reached the bar; last: ${JSON.stringify(await focusedMark(page))}`);
  };

  it("tabs to a bar, names it with its figure, and opens its drill-down with Enter or Space", async () => {
    const { page, errors } = await open(browsing.desktop, "/");
    await headlineSubpoenas(page);
    // The bar charts load as their panel nears the viewport; then Tab starts again from the top of the page.
    await page.locator('[data-chart="by-place"]').scrollIntoViewIfNeeded();
    await page.locator('[data-chart="by-place"] [data-testid="by-jurisdiction-chart"] [role=button]').first().waitFor();

    // The by-place chart's Oregon bar: a named button, opened with Enter.
    await tabTo(page, (f) => f.chart === "by-place" && f.label.startsWith("Oregon:"));
    const oregon = await focusedMark(page);
    expect(oregon.role).toBe("button");
    expect(oregon.label).toMatch(/^Oregon: \d+ subpoenas/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/drill=by-place/);
    const panel = page.locator('[data-testid="drill-down"]');
    await panel.locator("article").first().waitFor();
    expect(await panel.textContent()).toContain("Oregon");

    // An outcome's bar opens with Space; an over-time column with Enter.
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-chart="outcomes"]').scrollIntoViewIfNeeded();
    await page.locator('[data-chart="outcomes"] [data-testid="outcomes-chart"] [role=button]').first().waitFor();
    await tabTo(page, (f) => f.chart === "outcomes" && f.role === "button");
    expect((await focusedMark(page)).label).toMatch(/^[^:]+: \d+ subpoenas?/);
    await page.keyboard.press(" ");
    await page.waitForURL(/drill=outcomes/);

    await page.goto(`${baseUrl}/`);
    await page.locator('[data-chart="over-time"] .chart-column-top[role=button]').first().waitFor();
    await tabTo(page, (f) => f.chart === "over-time" && f.role === "button");
    expect((await focusedMark(page)).label).toMatch(/^[A-Z][a-z]{2} \d{4}: (at least )?\d+ subpoenas?/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/drill=over-time/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the panels below the first view, loaded as they near it", () => {
  // The by-place, outcomes and map panels (and, on a phone, the over-time chart) ask for their figures only when
  // they near the screen, and recharts, which draws the bars, comes in a chunk of its own then: the first view loads
  // without their answers, their rendering and their code (issue 12: Lighthouse's blocking time on `/`).
  const isBarsChunk = (url: string) => /\/assets\/(HorizontalBarsChart|charts)-[\w-]+\.js$/.test(url);

  it("asks for a panel's figures when it is scrolled to, not before, and draws its bars as buttons then", async () => {
    const page = await browsing.desktop.newPage();
    const errors = collectPageErrors(page);
    const scripts: string[] = [];
    const operations: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
      if (request.url().endsWith("/graphql")) operations.push(String(request.postDataJSON()?.operationName));
    });
    await page.goto(`${baseUrl}/`);
    await headlineSubpoenas(page);
    await page.locator('[data-chart="over-time"] path.chart-series').first().waitFor();
    await page.waitForLoadState("networkidle");
    // The first view at 1280 × 800 holds the headline figures and the top of the over-time chart.
    expect(operations).toContain("HeadlineFigures_Counts");
    expect(operations).toContain("SubpoenasOverTimePanel_Counts");
    for (const panel of ["ByJurisdictionPanel_Counts", "OutcomesPanel_Counts", "WherePanel_Counts"])
      expect(operations).not.toContain(panel);
    expect(scripts.filter(isBarsChunk)).toEqual([]);

    const figure = page.locator('[data-chart="by-place"]');
    // Until then the panel is there, named by its heading, with its controls, and a placeholder that says it loads.
    expect(await figure.getByRole("heading", { level: 2 }).textContent()).toBe("Subpoenas by jurisdiction");
    expect(await figure.getByRole("radio").count()).toBeGreaterThan(0);
    expect(await figure.locator(".skeleton").getAttribute("role")).toBe("status");
    expect(await figure.locator(".skeleton").textContent()).toBe("Loading the chart…");

    await figure.scrollIntoViewIfNeeded();
    const bars = figure.locator('[data-testid="by-jurisdiction-chart"] path.recharts-rectangle');
    await bars.first().waitFor();
    expect(operations).toContain("ByJurisdictionPanel_Counts");
    expect(scripts.filter(isBarsChunk).length).toBeGreaterThan(0);
    const chart = figure.locator('[data-testid="by-jurisdiction-chart"]');
    expect(await chart.getAttribute("data-chart-pending")).toBeNull();
    expect(await chart.getAttribute("role")).toBe("group");
    expect(await chart.getAttribute("aria-label")).toMatch(
      /^Bar chart of ICE subpoenas served by jurisdiction: .*Oregon 15/,
    );
    expect(await bars.count()).toBe(8);
    expect(await figure.locator('[role=button][aria-label^="Oregon: 15 subpoenas"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a jurisdiction's page", () => {
  it("lists the batches that reached its agencies but are filed under a larger jurisdiction", async () => {
    const { page, errors } = await open(browsing.desktop, "/jurisdictions/washington-county-or");
    // Oregon's statewide batch of 2020 reached the Hillsboro police, inside Washington County, and the 2025 batch the
    // county itself; the county's own batch is in its figures, not here.
    const cards = page.locator("#also-served [data-batch-id]");
    await cards.first().waitFor();
    expect(await cards.evaluateAll((all) => all.map((card) => card.getAttribute("data-batch-id")))).toEqual([
      "2020-02-21-oregon",
      "2025-07-oregon-counties",
    ]);
    expect(await page.locator("#also-served h2").textContent()).toBe("Also served on agencies in Washington County");
    // Nothing is larger than a state: Oregon's page has no such section.
    await page.goto(`${baseUrl}/jurisdictions/oregon`);
    await page.locator('[data-testid="timeline"]').first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.locator("#also-served").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("accessibility and layout of every kind of page", () => {
  const pages = [
    { name: "home", path: "/", ready: '[data-figure="subpoenas"]' },
    { name: "jurisdiction-oregon", path: "/jurisdictions/oregon", ready: '[data-testid="timeline"]' },
    { name: "jurisdiction-denver", path: "/jurisdictions/denver-co", ready: '[data-testid="timeline"]' },
    { name: "batch-denver", path: "/batches/2020-01-13-denver", ready: '[data-testid="sources"]' },
    { name: "jurisdictions", path: "/jurisdictions", ready: '[data-testid="jurisdiction-index"]' },
    { name: "methodology", path: "/methodology", ready: '[data-testid="data-dictionary"]' },
  ];

  for (const target of pages) {
    it(`${target.name}: axe finds no serious or critical violation; screenshots on desktop and phone`, async () => {
      for (const [context, device] of [
        [browsing.desktop, "desktop"],
        [browsing.phone, "phone"],
      ] as const) {
        const { page, errors } = await open(context, target.path);
        await page.locator(target.ready).first().waitFor();
        await page.waitForLoadState("networkidle");
        const violations = await seriousViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
        await screenshot(page, `${target.name}-${device}`);
        expect(errors).toEqual([]);
        await page.close();
      }
    });
  }

  it("opens every jurisdiction in the data", async () => {
    const { page } = await open(browsing.desktop, "/jurisdictions");
    await page.locator('[data-testid="jurisdiction-index"]').waitFor();
    const hrefs = await page
      .locator('[data-testid="jurisdiction-index"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        "/jurisdictions/san-diego-county-ca",
        "/jurisdictions/connecticut",
        "/jurisdictions/new-york-city-ny",
        "/jurisdictions/denver-co",
        "/jurisdictions/oregon",
        "/jurisdictions/hillsboro-or",
      ]),
    );
    for (const href of hrefs) {
      await page.goto(`${baseUrl}${href}`);
      await page.locator("h1").first().waitFor();
      expect(await page.locator("h1").first().textContent()).not.toMatch(/not found/i);
      await page.locator('[data-figure="subpoenas"]').waitFor();
    }
    await page.close();
  });
});
