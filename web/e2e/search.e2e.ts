// The search box in real Chromium: from any page's header to the results, and on to the record found.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { collectPageErrors, screenshot, seriousViolations, useBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");

const browsing = useBrowser();

async function searchFromHeader(page: Page, words: string): Promise<void> {
  const box = page.getByRole("search", { name: "Site search" }).getByRole("searchbox", { name: "Search the records" });
  await box.fill(words);
  await box.press("Enter");
  await page.locator(".search-results > li").first().waitFor();
}

describe("search", () => {
  it("goes from the header's box to the results and on to the record", async () => {
    const page = await browsing.desktop.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}/methodology`);
    await searchFromHeader(page, "enforce subpoenas");
    expect(new URL(page.url()).pathname).toBe("/search");
    expect(new URL(page.url()).searchParams.get("q")).toBe("enforce subpoenas");
    const hit = page.locator('.search-results > li[data-id="cbs-denver-2020-04-21"]');
    expect(await hit.locator("mark").allTextContents()).toEqual(expect.arrayContaining(["subpoenas", "enforce"]));
    await hit.getByRole("link").click();
    await page.locator('[data-testid="source-detail"]').waitFor();
    expect(new URL(page.url()).pathname).toBe("/sources/cbs-denver-2020-04-21");
    expect(errors).toEqual([]);
  });

  it("keeps what was typed into the home page's prerendered search box, and its focus, when the app takes over", async () => {
    const page = await browsing.desktop.newPage();
    const errors = collectPageErrors(page);
    // The app's entry script is held back until the reader has typed into the shell's box.
    let release: () => void = () => {};
    const typed = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/main-[\w-]{8}\.js$/, async (route) => {
      await typed;
      await route.continue();
    });
    await page.goto(`${baseUrl}/`);
    const box = page
      .getByRole("search", { name: "Site search" })
      .getByRole("searchbox", { name: "Search the records" });
    await box.fill("Gomez");
    expect(await page.locator(".filters").count()).toBe(0);
    release();
    await page.locator(".filters select").first().waitFor();
    expect(await box.inputValue()).toBe("Gomez");
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await box.press("Enter");
    await page.locator(".search-results > li").first().waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("Gomez");
    expect(errors).toEqual([]);
  });

  it("finds a court case and a batch, and the address survives a reload", async () => {
    const page = await browsing.desktop.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}/`);
    await searchFromHeader(page, "Gomez");
    await page.locator('.search-results > li[data-kind="COURT_CASE"] a').click();
    await page.locator('[data-testid="court-case-detail"]').waitFor();
    expect(new URL(page.url()).pathname).toBe("/court-cases/ice-v-gomez-2020");

    await page.goto(`${baseUrl}/search?q=Denver`);
    await page.locator(".search-results > li").first().waitFor();
    const before = await page.locator(".search-results > li").evaluateAll((items) => items.map((i) => i.dataset.id));
    await page.reload();
    await page.locator(".search-results > li").first().waitFor();
    expect(await page.locator(".search-results > li").evaluateAll((items) => items.map((i) => i.dataset.id))).toEqual(
      before,
    );
    expect(before).toContain("2020-01-13-denver");
    // The box shows the words searched for.
    expect(await page.getByRole("search", { name: "Site search" }).getByRole("searchbox").inputValue()).toBe("Denver");
    expect(errors).toEqual([]);
  });

  it("says so when nothing matches", async () => {
    const page = await browsing.desktop.newPage();
    await page.goto(`${baseUrl}/search?q=zzzyxq`);
    await expect
      .poll(() => page.locator('[data-testid="search-results"] .status').textContent())
      .toMatch(/Nothing matches “zzzyxq”/);
  });

  it("is axe-clean at 1280 and 360 px", async () => {
    for (const [context, name] of [
      [browsing.desktop, "desktop"],
      [browsing.phone, "phone"],
    ] as const) {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${baseUrl}/search?q=subpoena%20sheriff`);
      await page.locator(".search-results > li").first().waitFor();
      expect(await seriousViolations(page), name).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `search-${name}`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
