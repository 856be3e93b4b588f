// The jurisdiction filter as a journalist uses it with the keyboard alone: type part of a place's name, pick it with
// the arrows and Enter, and see the dashboard filtered; in real Chromium against the real server on the seed.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { collectPageErrors, seriousViolations, useBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
const browsing = useBrowser();

/** The names of the GraphQL operations the page asks for, in order. */
function operations(page: Page): string[] {
  const names: string[] = [];
  page.on("request", (request) => {
    if (!new URL(request.url()).pathname.endsWith("/graphql")) return;
    const body = request.postData();
    const query = body
      ? (JSON.parse(body) as { query?: string }).query
      : new URL(request.url()).searchParams.get("query");
    const name = /^\s*query (\w+)/.exec(query ?? "")?.[1];
    if (name) names.push(name);
  });
  return names;
}

async function headlineSubpoenas(page: Page): Promise<string> {
  const figure = page.locator('[data-figure="subpoenas"]');
  await figure.waitFor();
  return (await figure.textContent()) ?? "";
}

describe("the jurisdiction filter", () => {
  it("finds a place as it is typed and picks it with the arrows and Enter", async () => {
    const page = await browsing.desktop.newPage();
    const asked = operations(page);
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}/`);
    expect(await headlineSubpoenas(page)).toBe("34");
    const box = page.getByRole("combobox", { name: "Jurisdiction", exact: true });
    await expect.poll(() => box.getAttribute("placeholder")).toBe("All jurisdictions");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    expect(await box.getAttribute("aria-autocomplete")).toBe("list");
    // The places to choose from are asked for when the box is first used, not with the page.
    await page.waitForLoadState("networkidle");
    expect(asked).toContain("FilterBar_Options");
    expect(asked).not.toContain("FilterBar_Choices");

    await box.focus();
    await expect.poll(() => asked.filter((name) => name === "FilterBar_Choices")).toHaveLength(1);
    await page.keyboard.type("multno");
    const listbox = page.getByRole("listbox", { name: "Jurisdiction" });
    await listbox.waitFor();
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    expect(await box.getAttribute("aria-controls")).toBe(await listbox.getAttribute("id"));
    // Only the matches are in the list, each saying where it lies.
    await expect.poll(() => listbox.getByRole("option").allTextContents()).toEqual(["Multnomah County, Oregon"]);
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "match" }).textContent())
      .toBe("1 jurisdiction matches.");
    expect(await box.getAttribute("aria-activedescendant")).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);

    // Escape closes the list and puts back what was chosen (nothing yet); the address does not change.
    await page.keyboard.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    expect(await box.inputValue()).toBe("");
    expect(new URL(page.url()).search).toBe("");

    // "oreg": Oregon itself first, then its counties and cities (they lie in Oregon).
    await page.keyboard.type("oreg");
    await listbox.waitFor();
    const options = listbox.getByRole("option");
    expect(await options.count()).toBe(7);
    expect(await options.first().textContent()).toBe("Oregon, whole state");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("End");
    const last = await options.last().getAttribute("id");
    expect(await box.getAttribute("aria-activedescendant")).toBe(last);
    expect(await options.last().getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowUp");
    expect(await box.getAttribute("aria-activedescendant")).toBe(last);
    await page.keyboard.press("ArrowDown");
    expect(await box.getAttribute("aria-activedescendant")).toBe(await options.first().getAttribute("id"));
    await page.keyboard.press("Enter");

    await page.waitForURL(/jurisdiction=oregon/);
    await expect.poll(() => headlineSubpoenas(page)).toBe("17");
    expect(await box.inputValue()).toBe("Oregon");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator(".chip").first().textContent()).toContain("Jurisdiction: Oregon");

    // The clear button takes the filter off again.
    await page.getByRole("button", { name: "Clear the jurisdiction filter" }).click();
    await page.waitForURL((url) => url.search === "");
    await expect.poll(() => headlineSubpoenas(page)).toBe("34");
    expect(await box.inputValue()).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens on a click with every place grouped under its state, and says when nothing matches", async () => {
    const page = await browsing.phone.newPage();
    const asked = operations(page);
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}/?jurisdiction=hillsboro-or`);
    const box = page.getByRole("combobox", { name: "Jurisdiction", exact: true });
    // The place in the address is named without every place being loaded.
    await expect.poll(() => box.inputValue()).toBe("Hillsboro");
    expect(await page.locator(".chip").first().textContent()).toContain("Jurisdiction: Hillsboro");
    expect(asked).toContain("FilterBar_Selected");
    expect(asked).not.toContain("FilterBar_Choices");
    await box.click();
    const listbox = page.getByRole("listbox", { name: "Jurisdiction" });
    await listbox.waitFor();
    // The places are asked for on this first use: the list fills in when they arrive (CI once read it before then).
    await expect.poll(() => listbox.getByRole("option").count()).toBe(16);
    const options = await listbox.getByRole("option").allTextContents();
    // "All jurisdictions" first, then the tree: each state, then its parts.
    expect(options.slice(0, 3)).toEqual([
      "All jurisdictions",
      "California, whole state",
      "Los Angeles County, California",
    ]);
    expect(options).toContain("Hillsboro, Washington County, Oregon");
    expect(options).toHaveLength(16);

    await page.keyboard.type("atlantis");
    await expect.poll(() => page.locator(".combobox__note").textContent()).toBe("No jurisdiction matches “atlantis”.");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Tab");
    expect(await box.inputValue()).toBe("Hillsboro");
    expect(new URL(page.url()).searchParams.get("jurisdiction")).toBe("hillsboro-or");
    expect(errors).toEqual([]);
    await page.close();
  });
});
