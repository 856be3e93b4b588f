// The records browser and the record pages in real Chromium, against the real server on the seed: sorting, facets,
// keyset paging, addresses that survive a reload, the tables' downloads, and the pages of a court case and a source.
import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { openPage, screenshot, seriousViolations, useBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");

const browsing = useBrowser();

async function open(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(context, `${baseUrl}${path}`);
  await page.locator('[data-testid="records-browser"] tbody tr, [data-page-title]').first().waitFor();
  return { page, errors };
}

/** The ids of the rows shown, once the table has settled. */
async function rowIds(page: Page): Promise<string[]> {
  await page.locator('.records-table[aria-busy="false"]').waitFor();
  return page.locator("[data-row]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-row") ?? ""));
}

async function columnText(page: Page, index: number): Promise<string[]> {
  return page
    .locator(`.records-table tbody tr td:nth-child(${index})`)
    .evaluateAll((cells) => cells.map((c) => (c.textContent ?? "").trim()));
}

async function resultCount(page: Page): Promise<number> {
  await rowIds(page);
  return Number(((await page.locator("#records-results-heading").textContent()) ?? "").split(" ")[0]);
}

describe("records browser", () => {
  it("sorts by a column, ascending then descending, with aria-sort and the sort in the address", async () => {
    const { page, errors } = await open(browsing.desktop, "/sources");
    const header = page.locator('th[data-column="publisher"]');
    await header.getByRole("link").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("publisher");
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    await rowIds(page);
    const ascending = await columnText(page, 3);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), "en")));

    await header.getByRole("link").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("-publisher");
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("descending");
    await rowIds(page);
    const descending = await columnText(page, 3);
    expect(descending[0].toLowerCase() >= descending[descending.length - 1].toLowerCase()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("narrows by a facet value, shows its count, and takes it away again", async () => {
    const { page, errors } = await open(browsing.desktop, "/batches");
    const total = await resultCount(page);
    const oregon = page.locator('[data-facet="state"] a[data-value="OR"]');
    const facetCount = Number(await oregon.locator(".facet__count").textContent());
    await oregon.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("state")).toBe("OR");
    await expect.poll(() => resultCount(page)).toBe(facetCount);
    await rowIds(page);
    expect(new Set(await columnText(page, 3))).toEqual(new Set(["OR"]));
    await expect.poll(() => oregon.getAttribute("aria-current")).toBe("true");

    await page.getByRole("link", { name: "Remove filter State: Oregon" }).click();
    await expect.poll(() => resultCount(page)).toBe(total);
    expect(new URL(page.url()).searchParams.has("state")).toBe(false);
    expect(errors).toEqual([]);
  });

  it("pages by cursor without repeating a row, and the address survives a reload", async () => {
    const { page, errors } = await open(browsing.desktop, "/sources?sort=title");
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(25); // the seed has more sources than one page holds
    const first = await rowIds(page);
    expect(first).toHaveLength(25);
    await page.getByRole("link", { name: "Next →" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has("after")).toBe(true);
    await expect.poll(async () => (await rowIds(page))[0]).not.toBe(first[0]);
    const second = await rowIds(page);
    expect(second.filter((id) => first.includes(id))).toEqual([]);

    const shared = page.url();
    await page.reload();
    expect(page.url()).toBe(shared);
    expect(await rowIds(page)).toEqual(second);

    await page.getByRole("link", { name: "← Previous" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has("before")).toBe(true);
    await expect.poll(() => rowIds(page)).toEqual(first);
    expect(errors).toEqual([]);
  });

  it("links the table's CSV and JSON twins with the same filters and order", async () => {
    const { page, errors } = await open(browsing.desktop, "/sources?kind=NEWS&sort=-published_on");
    const ids = await rowIds(page);
    const csvHref = await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
    expect(csvHref).toBe("/api/v1/sources.csv?kind=NEWS&orderBy=PUBLISHED_ON_DESC");
    const csv = await (await fetch(`${baseUrl}${csvHref}`)).text();
    const csvIds = csv
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[0]);
    expect(csvIds.length).toBe(await resultCount(page));
    expect(csvIds.slice(0, ids.length)).toEqual(ids);

    const jsonHref = await page.getByRole("link", { name: "JSON", exact: true }).getAttribute("href");
    const json = (await (await fetch(`${baseUrl}${jsonHref}`)).json()) as { sources: { id: string }[] };
    expect(json.sources.map((s) => s.id)).toEqual(csvIds);
    expect(errors).toEqual([]);
  });

  it("turns a batch's year into a date range in the twin, one year at a time", async () => {
    const { page, errors } = await open(browsing.desktop, "/batches?year=2020&state=OR");
    const href = await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
    expect(href).toBe("/api/v1/batches.csv?state=OR&from=2020&to=2020&orderBy=ISSUED_ON_ASC");
    expect(errors).toEqual([]);
  });

  it("is axe-clean and readable at 1280 and 360 px", async () => {
    for (const [context, name] of [
      [browsing.desktop, "desktop"],
      [browsing.phone, "phone"],
    ] as const) {
      for (const path of ["/batches?state=OR", "/sources?kind=NEWS", "/court-cases", "/agencies?sort=-kind"]) {
        const { page, errors } = await open(context, path);
        await rowIds(page);
        expect(await seriousViolations(page), `${path} at ${name}`).toEqual([]);
        const table = path.slice(1).split("?")[0];
        if (table === "batches" || table === "sources") await screenshot(page, `records-${table}-${name}`);
        // Nothing but the table itself may be wider than the screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${name}`).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
        await page.close();
      }
    }
  });
});

describe("record pages", () => {
  it("reaches a court case from the browser and lists every step and source that refers to it", async () => {
    const { page, errors } = await open(browsing.desktop, "/court-cases");
    await page.getByRole("link", { name: "U.S. Immigration & Customs Enforcement v. Gomez" }).click();
    await page.locator('[data-testid="court-case-detail"]').waitFor();
    expect(new URL(page.url()).pathname).toBe("/court-cases/ice-v-gomez-2020");
    const steps = page.locator('[data-testid="timeline"] > li');
    await expect.poll(() => steps.count()).toBe(3);
    expect(await page.locator('[data-testid="timeline"]').textContent()).toMatch(/Enforcement petition filed/);
    expect(await page.locator("#batches a", { hasText: "Denver, 13 Jan 2020" }).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="sources"] [data-source-id="casetext-ice-v-gomez"]').count()).toBe(1);
    // The site names no one: the judge is not on the page.
    expect(await page.locator("main").textContent()).not.toMatch(/Hegarty/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("lists every fact that cites a source, each linked", async () => {
    const { page, errors } = await open(browsing.desktop, "/sources/westword-2020-02-denver-doj");
    const citedBy = page.locator('[data-testid="cited-by"] > li');
    await citedBy.first().waitFor();
    const kinds = await citedBy.evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")));
    expect(kinds).toEqual(expect.arrayContaining(["BATCH", "EVENT", "COURT_CASE"]));
    await page.locator('[data-kind="COURT_CASE"] a').click();
    await page.locator('[data-testid="court-case-detail"]').waitFor();
    expect(new URL(page.url()).pathname).toBe("/court-cases/ice-v-gomez-2020");
    expect(errors).toEqual([]);
  });

  it("says plainly when a record does not exist", async () => {
    const { page } = await open(browsing.desktop, "/sources/no-such-source");
    await expect.poll(() => page.locator("h1").textContent()).toBe("No such source");
    const missingCase = await open(browsing.desktop, "/court-cases/no-such-case");
    await expect.poll(() => missingCase.page.locator("h1").textContent()).toBe("No such court case");
  });
});
