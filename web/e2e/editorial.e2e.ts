// The editorial flow in real Chromium, against the real server on its own embedded database with the seed: a
// contributor drafts a new batch with two events and a quoted source, an editor reviews the diff and publishes it,
// and the public pages then show the new numbers, the record's history and the change in the feed. Accounts are made
// with the admin CLI, as an administrator would, before the server starts on the same database folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  collectPageErrors,
  DESKTOP,
  launchBrowser,
  newContext,
  PHONE,
  screenshot,
  seriousViolations,
} from "./support/browser";
import { createStaffAccount, startTestServer, type CreatedAccount, type TestServer } from "./support/server";

const NOTE = "Added Denver's September 2025 subpoenas";
const BATCH_ID = "2025-09-02-denver";
const SOURCE_ID = "example-2025-09-denver";
const QUOTE = "ICE served three subpoenas on the Denver Sheriff Department on September 2.";
const NEW_SUBPOENAS = 3;
// Publishing runs the whole write path and the machines are shared: wait for answers generously.
const POLL = { timeout: 20_000 };

let dataDir: string;
let server: TestServer;
let browser: Browser;
let contributor: CreatedAccount;
let editor: CreatedAccount;
let admin: CreatedAccount;
let baseUrl: string;
let subpoenasBefore: number;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-editorial-"));
  contributor = await createStaffAccount(dataDir, "contributor@example.org", "contributor");
  editor = await createStaffAccount(dataDir, "editor@example.org", "editor");
  admin = await createStaffAccount(dataDir, "admin@example.org", "admin");
  server = await startTestServer({ dataDir });
  baseUrl = server.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

// Labels carry " (required)" on required fields; match the label's words either way.
function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(required\\))?$`);
}

/** The dashboard's headline figure of subpoenas, read off the public home page as a reader sees it (no cookie). */
async function dashboardSubpoenas(page: Page): Promise<number> {
  await page.goto(`${baseUrl}/`);
  const figure = page.locator('[data-figure="subpoenas"]');
  await figure.waitFor();
  // The figure is written for people ("1,234"): read it back as a number.
  return Number(((await figure.textContent()) ?? "").replace(/[^\d]/g, ""));
}

async function expectAxeClean(page: Page, what: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Signs in; a first sign-in with the one-time password goes on to choose a new one. */
async function signIn(context: BrowserContext, account: CreatedAccount, newPassword: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/editor`);
  await page.waitForURL(/\/editor\/sign-in/);
  await page.getByLabel(label("Email address")).fill(account.email);
  await page.getByLabel(label("Password")).fill(account.oneTimePassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
  await page.getByLabel(label("One-time password")).fill(account.oneTimePassword);
  await page.getByLabel(label("New password")).fill(newPassword);
  await page.getByLabel(label("New password again")).fill(newPassword);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await page.getByRole("heading", { name: "Changesets", level: 1 }).waitFor();
  return page;
}

async function cite(scope: Locator, sourceId: string): Promise<void> {
  await scope.getByLabel(/^Sources: cite a source by its id/).fill(sourceId);
  await scope.getByRole("button", { name: "Cite", exact: true }).click();
}

describe("the editorial flow", () => {
  let changesetUrl: string;

  it("reads the public dashboard's headline before the change", async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    subpoenasBefore = await dashboardSubpoenas(page);
    expect(subpoenasBefore).toBeGreaterThan(0);
    await context.close();
  });

  it("refuses the editor's pages to the public: they ask to sign in", async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}/editor/changesets/1`);
    await page.waitForURL(/\/editor\/sign-in\?next=%2Feditor%2Fchangesets%2F1/);
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    await page.getByLabel(label("Email address")).fill(contributor.email);
    await page.getByLabel(label("Password")).fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent(), POLL).toContain("do not match an active account");
    await expectAxeClean(page, "sign-in page with an error");
    await screenshot(page, "editor-sign-in-desktop");
    // The refusal is an HTTP 401, which Chromium itself logs as a failed resource; nothing else may fail.
    expect(errors.filter((error) => !/status of 401/.test(error))).toEqual([]);
    await context.close();
  });

  it("lets a contributor draft a new batch with two events and a quoted source", { timeout: 240_000 }, async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signIn(context, contributor, "contributor's own long password");
    const errors = collectPageErrors(page);
    await expectAxeClean(page, "changesets list");
    await screenshot(page, "editor-changesets-desktop");

    await page.getByLabel(label("Public note for a new changeset")).fill(NOTE);
    await page.getByRole("button", { name: "Start a changeset" }).click();
    await page.getByRole("heading", { name: NOTE, level: 1 }).waitFor();
    changesetUrl = page.url();
    expect(changesetUrl).toMatch(/\/editor\/changesets\/\d+$/);

    // The source, with its supporting quote.
    await page.getByLabel(label("Kind of record")).selectOption("SOURCE");
    await page.getByRole("button", { name: "Add a source" }).click();
    let form = page.locator("form.record-form");
    await form.getByLabel(label("Id")).fill(SOURCE_ID);
    await form.getByLabel(label("Address")).fill("https://example.org/news/2025/09/denver-subpoenas");
    await form.getByLabel(label("Publisher")).fill("Example News");
    await form.getByLabel(label("Kind of document")).selectOption("NEWS");
    await form.getByLabel(label("Reliability")).selectOption("SECONDARY");
    await form.getByLabel(label("Supporting quote")).fill(QUOTE);
    await form.getByRole("button", { name: "Save the source in the draft" }).click();
    await page.getByRole("heading", { name: `Add source ${SOURCE_ID}` }).waitFor();

    // The batch and its two events; the second event's date is wrong at first.
    await page.getByLabel(label("Kind of record")).selectOption("BATCH");
    await page.getByRole("button", { name: "Add a batch of subpoenas" }).click();
    form = page.locator("form.record-form");
    await form.getByLabel(label("Id")).fill(BATCH_ID);
    await form.getByLabel(label("Issued on")).fill("2025-09-02");
    await form.getByLabel(label("Counted under")).fill("denver-co");
    await form.getByLabel(label("Agencies served")).fill("denver-sheriff");
    await form.getByLabel(label("Issued by")).selectOption("ERO");
    await form.getByLabel(label("Number of subpoenas")).fill(String(NEW_SUBPOENAS));
    await form.getByLabel(label("How exact the number is")).selectOption("EXACT");
    await cite(form.locator(".form-grid").first(), SOURCE_ID);
    const first = form.getByRole("group", { name: "Event 1" });
    await first.getByLabel(label("Date")).fill("2025-09-02");
    await first.getByLabel(label("What happened")).selectOption("ISSUED");
    await cite(first, SOURCE_ID);
    await form.getByRole("button", { name: "Add an event" }).click();
    const second = form.getByRole("group", { name: "Event 2" });
    await second.getByLabel(label("Date")).fill("2025-13-40");
    await second.getByLabel(label("What happened")).selectOption("DECLINED");
    await cite(second, SOURCE_ID);
    await form.getByRole("button", { name: "Save the batch in the draft" }).click();

    // The server's own message, beside the field it names, and the field marked invalid.
    const badDate = second.getByLabel(label("Date"));
    await expect.poll(() => badDate.getAttribute("aria-invalid"), POLL).toBe("true");
    const describedBy = (await badDate.getAttribute("aria-describedby")) ?? "";
    const message = await page.locator(`[id="${describedBy.split(" ")[0]}"]`).textContent();
    expect(message).toMatch(/2025-13-40/);
    await expectAxeClean(page, "batch form with a server error beside a field");
    await screenshot(page, "editor-batch-form-error-desktop");

    await badDate.fill("2025-09-20");
    await form.getByRole("button", { name: "Save the batch in the draft" }).click();
    await page.getByRole("heading", { name: `Add batch ${BATCH_ID}` }).waitFor();
    await expect.poll(() => page.locator(".change-card").count(), POLL).toBe(4);
    await page.getByRole("button", { name: "Ask for review" }).click();
    await page.getByText("Waiting for an editor's review.").waitFor();
    // A contributor cannot publish.
    expect(await page.getByRole("heading", { name: "Publish" }).count()).toBe(0);
    await expectAxeClean(page, "changeset page");
    await screenshot(page, "editor-changeset-desktop");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is usable at 360 px", async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    // The contributor's session belongs to another context: sign in again with the password chosen above.
    await page.goto(`${baseUrl}/editor/sign-in`);
    await page.getByLabel(label("Email address")).fill(contributor.email);
    await page.getByLabel(label("Password")).fill("contributor's own long password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Changesets", level: 1 }).waitFor();
    await page.goto(changesetUrl);
    await page.getByRole("heading", { name: NOTE, level: 1 }).waitFor();
    await page.locator(".change-card").first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(page, "changeset page at 360 px");
    await screenshot(page, "editor-changeset-phone");
    await context.close();
  });

  it("lets an editor review the diff and publish it", { timeout: 120_000 }, async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signIn(context, editor, "the editor's own long password");
    const errors = collectPageErrors(page);
    const inReview = page.locator("section", { has: page.getByRole("heading", { name: /^In review/ }) });
    await inReview.getByRole("link", { name: NOTE }).click();
    await page.getByRole("heading", { name: NOTE, level: 1 }).waitFor();

    const batchCard = page.locator(".change-card", {
      has: page.getByRole("heading", { name: `Add batch ${BATCH_ID}` }),
    });
    const diff = batchCard.getByRole("table");
    await expect
      .poll(() => diff.getByRole("row", { name: /Number of subpoenas/ }).textContent(), POLL)
      .toContain(String(NEW_SUBPOENAS));
    const quoteRow = page
      .locator(".change-card", { has: page.getByRole("heading", { name: `Add source ${SOURCE_ID}` }) })
      .getByRole("row", { name: /Supporting quote/ });
    expect(await quoteRow.textContent()).toContain(QUOTE);
    await expectAxeClean(page, "review page");
    await screenshot(page, "editor-review-desktop");

    await page.getByRole("button", { name: "Publish this changeset" }).click();
    await expect
      .poll(() => page.locator(".publish-panel").getByRole("status").textContent(), POLL)
      .toMatch(/Published as version \d+/);
    await page.locator(".stage-tag", { hasText: "Published" }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the published change to the public: dashboard, history and feed", { timeout: 120_000 }, async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    // The public dashboard, freshly loaded, counts the new batch in its headline figure.
    await expect.poll(() => dashboardSubpoenas(page), POLL).toBe(subpoenasBefore + NEW_SUBPOENAS);
    await expectAxeClean(page, "dashboard after publishing");

    await page.goto(`${baseUrl}/batches/${BATCH_ID}`);
    const history = page.locator("section", { has: page.getByRole("heading", { name: "History" }) });
    await expect.poll(() => history.textContent(), POLL).toContain(NOTE);

    await expectAxeClean(page, "batch page with its history");

    await page.goto(`${baseUrl}/changes`);
    const log = page.getByTestId("change-log");
    await expect.poll(() => log.locator("li").first().textContent(), POLL).toContain(NOTE);
    expect(await page.getByRole("link", { name: /Atom feed/ }).getAttribute("href")).toBe("/feeds/changes.atom");
    await expectAxeClean(page, "changes page");
    await screenshot(page, "changes-desktop");

    const feed = await fetch(`${baseUrl}/feeds/changes.atom`);
    expect(feed.status).toBe(200);
    // The note as the feed escapes it (an apostrophe may be written as an entity).
    expect(await feed.text()).toContain("September 2025 subpoenas");
    expect(errors).toEqual([]);
    await context.close();
  });

  it(
    "takes a reader's error report to the editors' inbox, where it is linked to a changeset",
    { timeout: 120_000 },
    async () => {
      const reader = await newContext(browser, PHONE);
      const page = await reader.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${baseUrl}/batches/${BATCH_ID}`);
      await page.getByText("Report an error on this page").click();
      const form = page.getByRole("form", { name: /Report an error/ });
      await form.getByLabel(label("What is wrong?")).fill("Too short");
      await form.getByRole("button", { name: "Send the report" }).click();
      await expect.poll(() => form.getByLabel(label("What is wrong?")).getAttribute("aria-invalid"), POLL).toBe("true");
      await form.getByLabel(label("What is wrong?")).fill("The sheriff's letter lists four subpoenas, not three.");
      await form.getByLabel(label("A source that shows it")).fill("https://example.org/letter.pdf");
      await form.getByRole("button", { name: "Send the report" }).click();
      await expect.poll(() => page.getByRole("status").filter({ hasText: "report number" }).count(), POLL).toBe(1);
      await expectAxeClean(page, "batch page after an error report, 360 px");
      expect(errors).toEqual([]);
      await reader.close();

      const context = await newContext(browser, DESKTOP);
      const staff = await context.newPage();
      await staff.goto(`${baseUrl}/editor/sign-in?next=%2Feditor%2Finbox`);
      await staff.getByLabel(label("Email address")).fill(editor.email);
      await staff.getByLabel(label("Password")).fill("the editor's own long password");
      await staff.getByRole("button", { name: "Sign in" }).click();
      await staff.getByRole("heading", { name: "Error reports", level: 1 }).waitFor();
      const item = staff.locator(".inbox-item", { hasText: "four subpoenas, not three" });
      await item.waitFor();
      await item.getByRole("button", { name: "Start a changeset for it" }).click();
      await staff.waitForURL(/\/editor\/changesets\/\d+$/);
      await staff.getByRole("heading", { name: /error report/, level: 1 }).waitFor();
      await staff.goto(`${baseUrl}/editor/inbox`);
      const linked = staff.locator(".inbox-item", { hasText: "four subpoenas, not three" });
      await expect.poll(() => linked.textContent(), POLL).toMatch(/Changeset#\d+/);
      await expectAxeClean(staff, "inbox");
      await screenshot(staff, "editor-inbox-desktop");
      await context.close();
    },
  );

  it("lets an admin manage accounts and tokens, by keyboard, at 1280 and 360 px", { timeout: 240_000 }, async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signIn(context, admin, "the admin's own long password");
    const errors = collectPageErrors(page);
    await page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Accounts and tokens" }).click();
    await page.getByRole("heading", { name: "Accounts and tokens", level: 1 }).waitFor();
    const accounts = page.getByRole("list", { name: "Staff accounts" });
    await expect.poll(() => accounts.getByRole("listitem").count(), POLL).toBe(3);

    // A new account, by keyboard: type the address, pick the role with the arrow keys, submit with Enter.
    const newcomer = "researcher@example.org";
    await page.getByLabel(label("Email address of the new account")).fill(newcomer);
    await page.getByLabel(label("Role of the new account")).focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.getByLabel(label("Role of the new account")).inputValue()).toBe("EDITOR");
    await page.getByLabel(label("Email address of the new account")).press("Enter");
    const secret = page.getByRole("region", { name: `One-time password for ${newcomer}` });
    await secret.waitFor();
    // The password takes the focus, so a screen reader reads it out; it is shown this once.
    expect(await page.evaluate(() => document.activeElement?.classList.contains("one-time-secret"))).toBe(true);
    const password = ((await secret.getByTestId("one-time-secret").textContent()) ?? "").trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    const signInAnswer = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { account { role } } }",
        variables: { e: newcomer, p: password },
      }),
    });
    expect(((await signInAnswer.json()) as { data: unknown }).data).toEqual({
      signIn: { account: { role: "EDITOR" } },
    });
    await expectAxeClean(page, "admin page with a one-time password");
    await screenshot(page, "editor-admin-desktop");
    await secret.getByRole("button", { name: /hide it/ }).click();
    expect(await secret.count()).toBe(0);

    // Change its role, then disable it.
    const card = accounts.getByRole("listitem", { name: newcomer });
    await card.getByLabel(label(`Role of ${newcomer}`)).selectOption("CONTRIBUTOR");
    await card.getByRole("button", { name: `Change the role of ${newcomer}` }).click();
    await expect.poll(() => card.locator(".stage-tag").textContent(), POLL).toBe("Contributor");
    await card.getByRole("button", { name: `Disable ${newcomer}` }).click();
    await expect.poll(() => card.locator(".stage-tag").textContent(), POLL).toBe("Disabled");

    // A token for the contributor's scripts: read and draft, 30 days; shown once with its scope and expiry.
    await page.getByLabel(label("Account the token acts as")).selectOption({ label: contributor.email });
    await page.getByLabel(label("Name of the token")).fill("nightly import script");
    await page.getByRole("checkbox", { name: /Draft: create and edit/ }).check();
    await page.getByLabel(label("Days until it expires")).fill("30");
    await page.getByRole("button", { name: "Make the token" }).click();
    const tokenBox = page.getByRole("region", { name: /API token “nightly import script”: read, draft, until / });
    await tokenBox.waitFor();
    const token = ((await tokenBox.getByTestId("one-time-secret").textContent()) ?? "").trim();
    const asScript = () =>
      fetch(`${baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "{ viewer { scopes account { email } } }" }),
      });
    const seen = (await (await asScript()).json()) as { data: { viewer: { scopes: string[]; account: unknown } } };
    expect([...seen.data.viewer.scopes].sort()).toEqual(["DRAFT", "READ"]);
    expect(seen.data.viewer.account).toEqual({ email: contributor.email });
    await expectAxeClean(page, "admin page with a new token");

    // The list, read again, says when the token was last used.
    await page.reload();
    const tokens = page.getByRole("list", { name: "API tokens" });
    const tokenCard = tokens.getByRole("listitem", { name: "Token nightly import script" });
    await expect.poll(() => tokenCard.textContent(), POLL).toMatch(/Last used.*\d{4}/);
    await tokenCard.getByRole("button", { name: "Revoke token nightly import script" }).click();
    await expect.poll(() => tokenCard.locator(".stage-tag").textContent(), POLL).toBe("Revoked");
    expect((await asScript()).status).toBe(401);
    expect(errors).toEqual([]);
    await context.close();

    // At 360 px: nothing wider than the screen, and still axe-clean.
    const phone = await newContext(browser, PHONE);
    const small = await phone.newPage();
    await small.goto(`${baseUrl}/editor/sign-in?next=%2Feditor%2Fadmin`);
    await small.getByLabel(label("Email address")).fill(admin.email);
    await small.getByLabel(label("Password")).fill("the admin's own long password");
    await small.getByRole("button", { name: "Sign in" }).click();
    await small.getByRole("heading", { name: "Accounts and tokens", level: 1 }).waitFor();
    await small.getByRole("list", { name: "API tokens" }).waitFor();
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(small, "admin page at 360 px");
    await screenshot(small, "editor-admin-phone");
    await phone.close();
  });
});
