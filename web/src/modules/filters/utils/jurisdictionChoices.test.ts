import { describe, expect, it } from "vitest";
import { foldForSearch, jurisdictionChoices, matchJurisdictions, MAX_SHOWN_CHOICES } from "./jurisdictionChoices";

const jurisdictions = [
  { slug: "oregon", name: "Oregon", kind: "STATE", state: "OR", parent: null },
  { slug: "washington-county-or", name: "Washington County", kind: "COUNTY", state: "OR", parent: { slug: "oregon" } },
  { slug: "portland-or", name: "Portland", kind: "CITY", state: "OR", parent: { slug: "multnomah-county-or" } },
  { slug: "multnomah-county-or", name: "Multnomah County", kind: "COUNTY", state: "OR", parent: { slug: "oregon" } },
  { slug: "connecticut", name: "Connecticut", kind: "STATE", state: "CT", parent: null },
  { slug: "new-haven-ct", name: "New Haven", kind: "CITY", state: "CT", parent: { slug: "connecticut" } },
  { slug: "dona-ana-county-nm", name: "Doña Ana County", kind: "COUNTY", state: "NM", parent: null },
  { slug: "washington-dc", name: "Washington", kind: "CITY", state: "DC", parent: null },
];
const choices = jurisdictionChoices(jurisdictions);
const values = (query: string, limit?: number) =>
  matchJurisdictions(choices, query, limit).shown.map((choice) => choice.value);

describe("jurisdictionChoices", () => {
  it("lists each state then its parts depth-first, each saying where it lies", () => {
    expect(choices.map((c) => [c.label, c.context, c.depth])).toEqual([
      ["Connecticut", "whole state", 0],
      ["New Haven", "Connecticut", 1],
      ["Doña Ana County", "New Mexico", 0],
      ["Oregon", "whole state", 0],
      ["Multnomah County", "Oregon", 1],
      ["Portland", "Multnomah County, Oregon", 2],
      ["Washington County", "Oregon", 1],
      ["Washington", "District of Columbia", 0],
    ]);
  });
});

describe("matchJurisdictions", () => {
  it("matches every place for an empty query, in the tree's order, capped", () => {
    expect(matchJurisdictions(choices, "  ").total).toBe(choices.length);
    expect(values("", 3)).toEqual(["connecticut", "new-haven-ct", "dona-ana-county-nm"]);
  });

  it("ignores case and accents, and finds a word anywhere in the name", () => {
    expect(values("DONA ana")).toEqual(["dona-ana-county-nm"]);
    expect(values("haven")).toEqual(["new-haven-ct"]);
    expect(foldForSearch("  Doña   Ana ")).toBe("dona ana");
  });

  it("ranks names that start with the query first, then a word of the name, then the rest", () => {
    // "Washington" (DC) and "Washington County" start with it; no other name holds it.
    expect(values("washington")).toEqual(["washington-county-or", "washington-dc"]);
    // "or" starts Oregon's name; it is only the end of "Portland" and part of where the others lie.
    expect(values("or")[0]).toBe("oregon");
    // A word of the name before a place that only lies in a county.
    expect(values("county")).toEqual([
      "dona-ana-county-nm",
      "multnomah-county-or",
      "washington-county-or",
      "portland-or",
    ]);
  });

  it("narrows by where a place lies: every word must match the name or its place", () => {
    expect(values("washington oregon")).toEqual(["washington-county-or"]);
    expect(values("portland multnomah")).toEqual(["portland-or"]);
    expect(values("portland connecticut")).toEqual([]);
    expect(matchJurisdictions(choices, "nowhere").total).toBe(0);
  });

  it("shows at most the limit and counts the rest", () => {
    const many = jurisdictionChoices(
      Array.from({ length: 120 }, (_, i) => ({
        slug: `town-${i}`,
        name: `Town ${String(i).padStart(3, "0")}`,
        kind: "CITY",
        state: "OR",
        parent: null,
      })),
    );
    const all = matchJurisdictions(many, "town");
    expect(all.shown).toHaveLength(MAX_SHOWN_CHOICES);
    expect(all.total).toBe(120);
    expect(all.shown[0].label).toBe("Town 000");
    const narrowed = matchJurisdictions(many, "town 11");
    // "Town 110"–"Town 119" start with the query; "Town 011" only holds both words.
    expect(narrowed.shown.map((c) => c.label)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `Town 11${i}`),
      "Town 011",
    ]);
    expect(narrowed.total).toBe(11);
  });
});
