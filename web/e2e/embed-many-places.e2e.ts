// Issue 12: "an embed page's HTML <= 100 KB at any data size". A map of more places than its page inlines
// (MAP_INLINE_PLACES) is sent its biggest places and each state's figure, draws them, and fetches the rest from its
// JSON after the first paint: in the end its table lists every place, as the full numbers do, with no script error.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { collectPageErrors, DESKTOP, launchBrowser, newContext, screenshot } from "./support/browser";
import { REPO_ROOT } from "./support/paths";
import { startTestServer, type TestServer } from "./support/server";

interface Bucket {
  jurisdiction: { kind: string | null; state: string | null } | null;
  state: string | null;
  subpoenas: number;
  batches: number;
}

let packageDir: string;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  packageDir = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-embed-many-places-"));
  // 3 x sqrt(5,000): about 210 jurisdictions, more than a map's page carries.
  execFileSync(
    process.execPath,
    ["-r", "./server/register.cjs", "server/src/synth/cli.ts", "--batches", "5000", "--seed", "2", packageDir],
    { cwd: REPO_ROOT, stdio: "ignore" },
  );
  server = await startTestServer({ seedDir: packageDir });
  browser = await launchBrowser();
  context = await newContext(browser, DESKTOP);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (packageDir) fs.rmSync(packageDir, { recursive: true, force: true });
});

describe("a map embed with more places than its page carries", () => {
  it("draws the biggest first, then lists every place once the rest has arrived", async () => {
    // (This file's types are checked without JSX, so it reads the payloads as plain JSON, not through the charts.)
    const html = await (await fetch(`${server.url}/embed/where`)).text();
    const inline = JSON.parse(
      /<script id="embed-payload" type="application\/json">(.*?)<\/script>/s.exec(html)![1],
    ) as {
      packed: { places: [string, string, string | null][]; omittedPlaces?: number };
    };
    const json = (await (await fetch(`${server.url}/embed/where.json`)).json()) as { counts: { buckets: Bucket[] } };
    const drawn = json.counts.buckets.filter((b) => b.batches > 0 || b.subpoenas > 0);
    const places = drawn.filter((b) => b.jurisdiction && b.jurisdiction.kind !== "state").length;
    const jurisdictions = drawn.filter((b) => b.jurisdiction).length;
    const states = new Set(drawn.map((b) => b.jurisdiction?.state ?? b.state).filter(Boolean)).size;
    const inlinePlaces = inline.packed.places.filter(([, , kind]) => kind !== "state").length;
    expect(inlinePlaces).toBeLessThan(places);
    expect(inline.packed.omittedPlaces).toBe(places - inlinePlaces);

    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}/embed/where`);
    await page.locator("svg path[data-state][data-value]").first().waitFor();
    await page.getByRole("button", { name: "Show data table" }).click();
    const rows = page.locator(".embed__table tbody tr");
    // A row per state, then one per jurisdiction the API lists: the states' own ("Oregon, state agencies", in their
    // states' shading, with no circle, as the line under the map says) and every county and city.
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(states + jurisdictions);
    expect(await page.locator(".embed__table tbody th", { hasText: ", state agencies" }).count()).toBe(
      jurisdictions - places,
    );
    expect(await page.locator("svg").first().textContent()).toContain(
      `State agencies of ${jurisdictions - places} states: in their states' shading, with no circle`,
    );
    expect(await page.locator(".embed__table").textContent()).not.toContain("still loading");
    expect(await page.locator("svg desc").first().textContent()).not.toContain("still loading");
    expect(errors).toEqual([]);
    await screenshot(page, "map-embed-many-places");
    await page.close();
  });
});

describe("the dashboard's map with more places than it draws apart", () => {
  it("asks for its biggest places and the states' figures, shades every state as all places do, and lists every place in its table", async () => {
    const answer = (await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query:
          "{ subpoenaCounts(groupBy: [JURISDICTION]) { buckets { jurisdiction { kind state } state subpoenas batches } } }",
      }),
    }).then((res) => res.json())) as { data: { subpoenaCounts: { buckets: Bucket[] } } };
    const drawn = answer.data.subpoenaCounts.buckets.filter((b) => b.batches > 0 || b.subpoenas > 0);
    const jurisdictions = drawn.filter((b) => b.jurisdiction).length;
    const byState = new Map<string, number>();
    for (const b of drawn) {
      const code = b.jurisdiction?.state ?? b.state;
      if (code) byState.set(code, (byState.get(code) ?? 0) + b.subpoenas);
    }
    const top = 200;
    expect(jurisdictions).toBeGreaterThan(top);

    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const asked: string[] = [];
    page.on("request", (request) => {
      if (!new URL(request.url()).pathname.endsWith("/graphql")) return;
      const sent = JSON.parse(request.postData() ?? "{}") as { query?: string; variables?: { top?: number } };
      if (sent.query?.includes("query WherePanel_Counts")) asked.push(`counts top ${sent.variables?.top}`);
      if (sent.query?.includes("query WherePanel_AllPlaces")) asked.push("every place");
    });
    await page.goto(`${server.url}/`);
    const figure = page.locator('[data-chart="where"]');
    await figure.scrollIntoViewIfNeeded();
    const map = figure.locator('[data-testid="where-map"]');
    await map.locator("path[data-state][data-value]").first().waitFor();
    expect(asked).toEqual([`counts top ${top}`]);

    // Every state carries the figure of all its places, those drawn and those summed.
    const shaded = await map
      .locator("path[data-state][data-value]")
      .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute("data-state"), n.getAttribute("data-value")]));
    expect(Object.fromEntries(shaded.map(([code, value]) => [code, Number(value?.replace(/\D/g, ""))]))).toEqual(
      Object.fromEntries(byState),
    );
    // At most the biggest places are circles, and the map says what it leaves to the states.
    expect(await map.locator("g[data-jurisdiction]").count()).toBeLessThanOrEqual(top);
    const rest = `the other ${jurisdictions - top} are counted in their states' shading and figures`;
    expect(await figure.locator('[data-testid="where-summed"]').textContent()).toContain(rest);
    expect(await figure.locator("[data-chart-summary]").textContent()).toContain(rest);

    // Every place is fetched when the table is asked for.
    await figure.getByRole("button", { name: "Show as table" }).click();
    const rows = figure.locator('[data-testid="where-table"] tbody tr');
    await figure.locator('[data-testid="where-table"]').waitFor();
    const keys = await rows.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-key")));
    // A row per state, then one per jurisdiction: the states' own ones too, by "Oregon, state agencies".
    expect(keys.length, keys.join(" ")).toBe(byState.size + jurisdictions);
    expect(asked).toEqual([`counts top ${top}`, "every place"]);
    expect(errors).toEqual([]);
    await screenshot(page, "many-places-dashboard-map");
    await page.close();
  });
});
