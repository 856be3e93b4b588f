// Embeds as a press office's page shows them: a page on another origin frames the chart with the snippet, in real
// Chromium against the real server on the seed. Screenshots go to artifacts/screenshots/embed-*.png.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
// The snippet module alone: the rest of the package is React components, which this config does not compile.
import { embedSnippet, type ChartId } from "@subpoena-tracker/charts/links";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshot, seriousViolations } from "./support/browser";
import { SCREENSHOT_DIR } from "./support/paths";

const baseUrl = inject("baseUrl");

/** A press office's article: some text, then whatever embed HTML the test puts in. */
function article(embeds: string, colorScheme: "light" | "dark" = "light"): string {
  const dark = colorScheme === "dark";
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="${dark ? "dark" : "light"}">
    <title>Press release</title>
    <style>
      body { font-family: Georgia, serif; max-width: 760px; margin: 24px auto; padding: 0 16px;
             background: ${dark ? "#111" : "#fafafa"}; color: ${dark ? "#eee" : "#222"}; }
    </style>
  </head>
  <body>
    <h1>County responds to immigration subpoenas</h1>
    <p>The chart below shows the subpoenas served on sanctuary jurisdictions.</p>
    ${embeds}
    <p>End of release.</p>
  </body>
</html>`;
}

/** Another origin: a different host name and port than the app's. */
let hostServer: http.Server;
let hostOrigin: string;
const pages = new Map<string, string>();

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  hostServer = http.createServer((req, res) => {
    const body = pages.get(req.url ?? "");
    if (req.url === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => hostServer.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://localhost:${(hostServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => hostServer?.close(resolve));
});

function snippet(chart: ChartId, query: string, height: number): string {
  return embedSnippet({
    origin: baseUrl,
    chart,
    query: new URLSearchParams(query),
    title: "Subpoenas served (Subpoena Tracker)",
    maxWidth: 680,
    height,
  });
}

async function openArticle(
  context: BrowserContext,
  name: string,
  html: string,
): Promise<{ page: Page; errors: string[] }> {
  pages.set(`/${name}.html`, html);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${hostOrigin}/${name}.html`);
  return { page, errors };
}

async function embedFrame(page: Page, index = 0): Promise<Frame> {
  const handle = await page.locator("iframe").nth(index).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("the iframe has no document");
  await frame.locator("svg[role=img]").waitFor();
  return frame;
}

/** The iframe's height on the host page, and the height of the page inside it. */
async function heights(page: Page, frame: Frame, index = 0): Promise<{ frame: number; content: number }> {
  const frameHeight = await page
    .locator("iframe")
    .nth(index)
    .evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(
    () => (document.querySelector(".embed") as HTMLElement).getBoundingClientRect().height,
  );
  return { frame: Math.round(frameHeight), content: Math.round(content) };
}

describe("the embed snippet on another site", () => {
  it("renders the chart, and the frame takes its content's height", async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme: "light" });
    // The second frame starts far too short: only the resize script can make it fit.
    const { page, errors } = await openArticle(
      context,
      "light",
      article(
        `${snippet("subpoenas-over-time", "", 480)}\n<p>And by place:</p>\n${snippet("by-jurisdiction", "", 160)}`,
      ),
    );
    const overTime = await embedFrame(page, 0);
    const byPlace = await embedFrame(page, 1);
    expect(new URL(overTime.url()).origin).toBe(baseUrl);
    expect(new URL(page.url()).origin).not.toBe(baseUrl);

    const chartText = await overTime.locator("svg[role=img]").textContent();
    // The seed: 8 subpoenas in January 2020 and 14 in February.
    expect(chartText).toContain("14");
    expect(chartText).toContain("8");
    expect(await overTime.locator("h1").textContent()).toBe("ICE subpoenas served per month");
    expect(await overTime.getByRole("link", { name: /Subpoena Tracker/ }).getAttribute("href")).toMatch(/#over-time$/);
    expect(await byPlace.locator("svg[role=img]").textContent()).toContain("San Diego County");

    for (const [index, frame] of [overTime, byPlace].entries()) {
      await expect
        .poll(async () => {
          const h = await heights(page, frame, index);
          return Math.abs(h.frame - h.content);
        })
        .toBeLessThanOrEqual(1);
    }
    expect((await heights(page, byPlace, 1)).frame).toBeGreaterThan(160);

    // The data table is one keyboard step away and the frame grows to hold it.
    const before = (await heights(page, overTime, 0)).frame;
    await overTime.getByRole("button", { name: "Show data table" }).focus();
    await page.keyboard.press("Enter");
    await overTime.getByRole("table").waitFor();
    await expect.poll(async () => (await heights(page, overTime, 0)).frame).toBeGreaterThan(before);
    const rows = await overTime.locator("table tbody tr").allTextContents();
    expect(rows[0]).toContain("Jan 2020");

    await screenshot(page, "embed-host-light");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows the reader's dark colour scheme with theme=auto", async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme: "dark" });
    const { page, errors } = await openArticle(
      context,
      "dark",
      article(snippet("outcomes", "theme=auto", 420), "dark"),
    );
    const frame = await embedFrame(page);
    const colors = await frame.evaluate(() => ({
      resolved: document.querySelector(".embed")?.getAttribute("data-theme-resolved"),
      background: getComputedStyle(document.body).backgroundColor,
      title: getComputedStyle(document.querySelector("h1") as Element).color,
    }));
    expect(colors.resolved).toBe("dark");
    expect(colors.background).toBe("rgb(21, 24, 28)");
    expect(colors.title).toBe("rgb(242, 242, 242)");
    await expect
      .poll(async () => {
        const h = await heights(page, frame);
        return Math.abs(h.frame - h.content);
      })
      .toBeLessThanOrEqual(1);
    await screenshot(page, "embed-host-dark");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("still looks right at the snippet's fixed height when the host strips scripts", async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme: "light" });
    const scriptless = snippet("subpoenas-over-time", "stack=outcome", 380).replace(/<script[^>]*><\/script>/, "");
    const { page, errors } = await openArticle(context, "no-script", article(scriptless));
    const frame = await embedFrame(page);
    const fit = await frame.evaluate(() => ({
      viewport: window.innerHeight,
      content: (document.querySelector(".embed") as HTMLElement).getBoundingClientRect().height,
      svg: (document.querySelector("svg[role=img]") as SVGElement).getBoundingClientRect().height,
    }));
    expect((await heights(page, frame)).frame).toBe(380);
    // The chart shrinks to fit the frame: no scroll bar, nothing cut off.
    expect(fit.content).toBeLessThanOrEqual(fit.viewport);
    expect(fit.svg).toBeGreaterThanOrEqual(140);
    await screenshot(page, "embed-host-no-script");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the embed page itself", () => {
  it.each(["light", "dark"] as const)("has no serious accessibility violation in the %s theme", async (theme) => {
    const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}/embed/subpoenas-over-time?theme=${theme}`);
    await page.locator("svg[role=img]").waitFor();
    await page.getByRole("button", { name: "Show data table" }).click();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the embed builder", () => {
  it("goes from a dashboard view to a working snippet and an email PNG", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, colorScheme: "light" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}/?state=OR&stack=outcome`);
    const figure = page.locator('[data-chart="over-time"]');
    await figure.getByRole("button", { name: "Embed" }).click();
    const dialog = page.getByRole("dialog", { name: "Embed this chart" });
    await dialog.waitFor();

    const snippet = dialog.getByTestId("embed-snippet");
    await expect
      .poll(() => snippet.inputValue())
      .toContain(`${baseUrl}/embed/subpoenas-over-time?state=OR&amp;stack=outcome"`);
    const preview = await (await dialog.locator("iframe").elementHandle())?.contentFrame();
    if (!preview) throw new Error("the preview has no document");
    await preview.locator("svg[role=img]").waitFor();
    expect(await preview.locator("svg[role=img]").textContent()).toContain("Oregon");
    // The preview measured itself: the snippet's fixed height is the embed page's own height. Both are read together
    // each time: the page's height can still change after its chart first appears (seen: 480, then 482 px), and the
    // snippet follows it.
    const contentHeight = () =>
      preview.evaluate(() =>
        Math.ceil((document.querySelector(".embed") as HTMLElement).getBoundingClientRect().height),
      );
    await expect
      .poll(async () => {
        const [snippetHeight, height] = [
          Number(/height="(\d+)"/.exec(await snippet.inputValue())?.[1]),
          await contentHeight(),
        ];
        return { snippetHeight, matches: snippetHeight > 100 && snippetHeight === height };
      })
      .toMatchObject({ matches: true });
    await expect
      .poll(() => dialog.getByTestId("embed-alt").inputValue())
      .toContain("Stacked column chart of ICE subpoenas served per month (Oregon)");

    // Dark, without the title: the preview follows.
    await dialog.getByLabel("Theme").selectOption("dark");
    await dialog.getByLabel("Show the title").uncheck();
    await expect.poll(() => snippet.inputValue()).toContain("theme=dark&amp;title=0");

    const png = await dialog.getByTestId("embed-png").getAttribute("href");
    expect(png).toContain(
      "/embed/subpoenas-over-time.png?state=OR&stack=outcome&theme=dark&title=0&width=600&height=400&scale=2",
    );
    const response = await fetch(png ?? "");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");

    await dialog.getByLabel("Size").selectOption("social");
    expect(await dialog.getByTestId("embed-png").getAttribute("href")).toContain("preset=social");
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "embed-builder.png") });
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("draws its controls as the dashboard's filter controls, axe-clean at 1280 and 360 px", async () => {
    // What makes a control look like the filters': its type size, its height and its border.
    const looks = (elements: Element[]) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return [style.fontSize, style.minHeight, style.borderTopWidth, style.borderTopColor, style.borderRadius].join(
          " ",
        );
      });
    for (const viewport of [
      { width: 1280, height: 1000 },
      { width: 360, height: 740 },
    ]) {
      const context = await browser.newContext({ viewport, colorScheme: "light" });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${baseUrl}/?state=OR`);
      // The app draws the page after the prerendered shell's first paint, not by the load event.
      await page.locator(".filters select").first().waitFor();
      const [filterSelect] = await page.locator(".filters select").evaluateAll(looks);
      await page.locator('[data-chart="outcomes"]').getByRole("button", { name: "Embed" }).click();
      const dialog = page.getByRole("dialog", { name: "Embed this chart" });
      await dialog.waitFor();
      await dialog.getByLabel("Size").selectOption("custom");
      await dialog.getByLabel("Width", { exact: true }).waitFor();

      // Every select and number field looks like the filters' selects; the chart choice is a segmented control.
      const controls = await dialog.locator("select, input[type=number]").evaluateAll(looks);
      expect(controls.length).toBe(5);
      for (const control of controls) expect(control).toBe(filterSelect);
      expect(await dialog.locator("fieldset.segmented").getByRole("radio").count()).toBe(3);
      expect(await dialog.getByRole("radio", { name: "Outcomes" }).isChecked()).toBe(true);

      await page.waitForTimeout(300);
      await screenshot(page, `embed-builder-controls-${viewport.width}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

describe("images for places that run no scripts", () => {
  it("keeps the social card and the email PNG as artifacts", async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const [name, query] of [
      ["embed-image-social", "subpoenas-over-time.png?preset=social"],
      ["embed-image-square-dark", "by-jurisdiction.png?preset=square&theme=dark"],
      ["embed-image-email", "outcomes.png?width=600&height=400&scale=2"],
    ] as const) {
      const response = await fetch(`${baseUrl}/embed/${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      fs.writeFileSync(path.join(SCREENSHOT_DIR, `${name}.png`), Buffer.from(await response.arrayBuffer()));
    }
  });
});
