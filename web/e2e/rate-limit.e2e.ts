// A reader who goes over the API's rate limit is told so and how long to wait, never shown "not found": on a server
// with a tiny budget, a jurisdiction's page runs out of points part way through its queries.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { DESKTOP, launchBrowser, newContext } from "./support/browser";
import { startTestServer, type TestServer } from "./support/server";

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMIT_POINTS: "3", RATE_LIMIT_WINDOW_SECONDS: "600" } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it("says the reader has made too many requests and how long to wait, and does not call the page missing", async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await page.goto(`${server.url}/jurisdictions/oregon`);
  const alert = page.locator('[data-error="rate-limited"]').first();
  await alert.waitFor();
  expect(await alert.getAttribute("role")).toBe("alert");
  expect(await alert.textContent()).toMatch(/too many requests from your network.*Wait \d+ seconds and try again/);
  expect(await page.title()).not.toMatch(/not found/i);
  expect(await page.getByText(/No such jurisdiction/).count()).toBe(0);
  await context.close();
});
