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
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(states + places);
    expect(await page.locator(".embed__table").textContent()).not.toContain("still loading");
    expect(await page.locator("svg desc").first().textContent()).not.toContain("still loading");
    expect(errors).toEqual([]);
    await screenshot(page, "map-embed-many-places");
    await page.close();
  });
});
