// The "Where" map on the dashboard: states shaded by subpoenas under the current filters, counties and cities as
// circles, a table alternative, keyboard access to the drill-down, geography from the bundle (no other host) loaded
// only when the map comes near the screen, and axe-clean at 1280 and 360 px with screenshots.
import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { collectPageErrors, openPage, screenshot, seriousViolations, useBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
const browsing = useBrowser();

async function openMap(context: BrowserContext, path: string) {
  const { page, errors } = await openPage(context, `${baseUrl}${path}`);
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseUrl) && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  const map = page.locator('[data-testid="where-map"]');
  // The map loads its shapes and draws only when it comes near the screen.
  await page.locator('[data-chart="where"]').scrollIntoViewIfNeeded();
  await map.waitFor();
  return { page, errors, map, foreign };
}

describe("the Where map", () => {
  it("is left out of the first view: its shapes load only when it comes near the screen", async () => {
    const page = await browsing.phone.newPage();
    const errors = collectPageErrors(page);
    const geography: string[] = [];
    page.on("request", (request) => {
      if (/\/assets\/geography-/.test(request.url())) geography.push(request.url());
    });
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-chart="where"] [data-chart-summary]').waitFor();
    await page.waitForLoadState("networkidle");
    expect(geography).toEqual([]);
    expect(await page.locator('[data-testid="where-map"]').count()).toBe(0);
    // Its placeholder shimmers for as long as it waits, so only on the compositor: no property that repaints the
    // page every frame. (Read from the style sheets: a panel off the screen, content-visibility: auto, runs none.)
    const animated = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSKeyframesRule => rule instanceof CSSKeyframesRule && rule.name === "skeleton")
        .flatMap((rule) => [...rule.cssRules] as CSSKeyframeRule[])
        .flatMap((frame) => [...frame.style]),
    );
    expect(animated.length).toBeGreaterThan(0);
    expect([...new Set(animated)]).toEqual(["transform"]);
    await page.locator('[data-chart="where"]').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="where-map"]').waitFor();
    expect(geography).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shades the states with subpoenas, draws places as circles and follows the filters", async () => {
    const { page, errors, map, foreign } = await openMap(browsing.desktop, "/");
    // Every state is drawn from us-atlas; Oregon (its own batches and its counties') carries the largest figure.
    expect(await map.locator("path[data-state]").count()).toBeGreaterThanOrEqual(51);
    const oregon = map.locator('path[data-state="OR"]');
    expect(Number((await oregon.getAttribute("data-value"))?.replace("*", ""))).toBeGreaterThan(0);
    expect(await map.locator('[data-jurisdiction="washington-county-or"] circle[role=button]').count()).toBe(1);
    expect(await map.getAttribute("aria-label")).toMatch(/^Map of ICE subpoenas served by state/);

    // Filtered to Colorado, only Colorado is shaded.
    await page.goto(`${baseUrl}/?state=CO`);
    await page.locator('[data-chart="where"]').scrollIntoViewIfNeeded();
    await map.locator('path[data-state="CO"][data-value]').waitFor();
    expect(await map.locator("path[data-state][data-value]").count()).toBe(1);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a state's batches from the keyboard, and lists every figure in its table", async () => {
    const { page, errors, map } = await openMap(browsing.desktop, "/");
    await map.locator('path[data-state="OR"]').focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/drill=where/);
    const panel = page.locator('[data-testid="drill-down"]');
    await panel.locator("article").first().waitFor();
    expect(await panel.locator("article").count()).toBeGreaterThan(0);

    const figure = page.locator('[data-chart="where"]');
    await figure.getByRole("button", { name: "Show as table" }).click();
    const rows = await page.locator('[data-testid="where-table"] tbody tr').allTextContents();
    expect(rows.some((row) => row.startsWith("Oregon"))).toBe(true);
    expect(rows.some((row) => row.includes("Washington County, OR"))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is the same map in the embed and the SVG image, figure for figure, and has an Embed button", async () => {
    const read = (selector: string) => (page: Page) =>
      page
        .locator(selector)
        .evaluateAll((nodes) =>
          nodes.map((node) => `${node.getAttribute("data-state")}=${node.getAttribute("data-value")}`).sort(),
        );
    const { page, map } = await openMap(browsing.desktop, "/?state=OR,CO");
    await map.locator("path[data-state][data-value]").first().waitFor();
    const dashboard = await read('[data-testid="where-map"] path[data-state][data-value]')(page);
    expect(
      await page
        .locator('[data-chart="where"]')
        .getByRole("button", { name: /^Embed/ })
        .count(),
    ).toBe(1);

    const embed = await browsing.desktop.newPage();
    await embed.goto(`${baseUrl}/embed/where?state=OR,CO`);
    await embed.locator("svg path[data-state][data-value]").first().waitFor();
    expect(await read("svg path[data-state][data-value]")(embed)).toEqual(dashboard);

    const svg = await (await fetch(`${baseUrl}/embed/where.svg?state=OR,CO`)).text();
    const image = [...svg.matchAll(/data-state="([A-Z]{2})" data-value="([^"]+)"/g)].map(([, s, v]) => `${s}=${v}`);
    expect(image.sort()).toEqual(dashboard);
    expect(dashboard.length).toBe(2);
    expect(await seriousViolations(embed)).toEqual([]);
    await screenshot(embed, "map-embed-desktop");
    await embed.close();
    await page.close();
  });

  it.each([
    ["desktop", () => browsing.desktop],
    ["phone", () => browsing.phone],
  ] as const)("is axe-clean with a screenshot on the %s", async (name, context) => {
    const { page, errors, map } = await openMap(context(), "/");
    await map.scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `map-${name}`);
    const box = await map.boundingBox();
    expect(box && box.width).toBeLessThanOrEqual(name === "phone" ? 360 : 1280);
    expect(errors).toEqual([]);
    await page.close();
  });
});
