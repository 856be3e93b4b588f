import { describe, expect, it } from "vitest";
import { descendantSlugs, flattenJurisdictionTree, type JurisdictionLike } from "./tree";

function j(slug: string, name: string, parent: string | null, kind = "COUNTY"): JurisdictionLike {
  return { slug, name, kind, state: "OR", parent: parent ? { slug: parent } : null };
}

const seed = [
  j("washington-county-or", "Washington County", "oregon"),
  j("oregon", "Oregon", null, "STATE"),
  j("hillsboro-or", "Hillsboro", "washington-county-or", "CITY"),
  j("clackamas-county-or", "Clackamas County", "oregon"),
  j("colorado", "Colorado", null, "STATE"),
  j("denver-co", "Denver", "colorado", "CITY_COUNTY"),
];

describe("flattenJurisdictionTree", () => {
  it("lists states, then their parts depth-first, alphabetically", () => {
    expect(flattenJurisdictionTree(seed).map((n) => `${n.depth}:${n.jurisdiction.slug}`)).toEqual([
      "0:colorado",
      "1:denver-co",
      "0:oregon",
      "1:clackamas-county-or",
      "1:washington-county-or",
      "2:hillsboro-or",
    ]);
  });

  it("shows a jurisdiction whose parent is missing at the top", () => {
    expect(flattenJurisdictionTree([j("hillsboro-or", "Hillsboro", "nowhere")]).map((n) => n.depth)).toEqual([0]);
  });
});

describe("descendantSlugs", () => {
  it("includes the parts of the parts", () => {
    expect(descendantSlugs(seed, "oregon").sort()).toEqual(
      ["clackamas-county-or", "hillsboro-or", "oregon", "washington-county-or"].sort(),
    );
    expect(descendantSlugs(seed, "denver-co")).toEqual(["denver-co"]);
  });
});
