import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MapChart, mapNaturalHeight } from "../components/MapChart";
import { LIGHT_THEME } from "../theme";
import { bucket } from "../test-fixtures";
import { mapGeography } from "./geography";
import { describeMap, mapNoteLines, STATEWIDE_LEAD, toMapModel } from "./model";

// The edge-case package grouped by jurisdiction: two Washington Counties, an "at least 4", an unknown count.
const BUCKETS = [
  bucket({
    jurisdiction: { slug: "denver-co", name: "Denver", kind: "city_county", state: "CO", countyFips: "08031" },
    subpoenas: 4,
  }),
  bucket({
    jurisdiction: {
      slug: "washington-county-or",
      name: "Washington County",
      kind: "county",
      state: "OR",
      countyFips: "41067",
    },
    subpoenas: 4,
    inexactCountBatches: 1,
  }),
  bucket({
    jurisdiction: {
      slug: "washington-county-mn",
      name: "Washington County",
      kind: "county",
      state: "MN",
      countyFips: "27163",
    },
    subpoenas: 3,
  }),
  bucket({
    jurisdiction: { slug: "new-york-city-ny", name: "New York City", kind: "city", state: "NY", countyFips: "36061" },
    subpoenas: 0,
    unknownCountBatches: 1,
  }),
  bucket({
    jurisdiction: { slug: "oregon", name: "Oregon", kind: "state", state: "OR", countyFips: null },
    subpoenas: 5,
  }),
];

describe("toMapModel", () => {
  it("adds each state's own batches and those of the places inside it, and keeps places as symbols", () => {
    const model = toMapModel(BUCKETS);
    expect(model.states.map((s) => [s.code, s.subpoenas, s.unknownCountBatches, s.inexactCountBatches])).toEqual([
      ["OR", 9, 0, 1],
      ["CO", 4, 0, 0],
      ["MN", 3, 0, 0],
      ["NY", 0, 1, 0],
    ]);
    expect(model.symbols.map((s) => s.label)).toEqual([
      "Denver",
      "Washington County, OR",
      "Washington County, MN",
      "New York City",
    ]);
    expect(model.totals.subpoenas).toBe(16);
    // A state of unreported size only is not shaded as if it had none: it gets no class, and the text says so.
    expect(model.states.find((s) => s.code === "NY")?.shade).toBe(0);
    expect(describeMap(model)).toContain("New York not reported");
    expect(describeMap(model)).not.toMatch(/New York( City)? 0/);
    expect(describeMap(model)).toContain("Oregon at least or about 9");
  });
});

describe("the jurisdictions a map draws no circle for", () => {
  it("keeps a state's own jurisdiction apart, with its own figures, so that with the circles it is every jurisdiction", () => {
    const model = toMapModel(BUCKETS);
    expect(model.statewide.map((s) => [s.key, s.subpoenas])).toEqual([["oregon", 5]]);
    expect([...model.symbols, ...model.statewide].map((s) => s.key).sort()).toEqual(
      BUCKETS.map((b) => b.jurisdiction!.slug).sort(),
    );
    expect(describeMap(model)).toContain(`${STATEWIDE_LEAD}: Oregon 5.`);
    expect(mapNoteLines(model)).toEqual(["Oregon's state agencies: in the state's shading, with no circle"]);
  });

  it("knows a state's own jurisdiction whichever way its kind is spelt (STATE from GraphQL, state from JSON)", () => {
    const upper = BUCKETS.map((b) => ({
      ...b,
      jurisdiction: { ...b.jurisdiction!, kind: b.jurisdiction!.kind!.toUpperCase() },
    }));
    expect(toMapModel(upper).statewide.map((s) => s.key)).toEqual(["oregon"]);
    expect(toMapModel(upper).symbols).toHaveLength(4);
  });

  it("says how many counties and cities have no point on the map", () => {
    const model = toMapModel([
      ...BUCKETS,
      bucket({
        jurisdiction: { slug: "x", name: "Nowhere", kind: "city", state: "OR", countyFips: null },
        subpoenas: 1,
      }),
      bucket({
        jurisdiction: { slug: "colorado", name: "Colorado", kind: "state", state: "CO", countyFips: null },
        subpoenas: 1,
      }),
    ]);
    expect(mapNoteLines(model)).toEqual([
      "State agencies of Oregon and Colorado: in their states' shading, with no circle",
      "1 county or city has no point on the map: listed in the table, not drawn",
    ]);
    // A county code the map's shapes do not know leaves its place undrawn too.
    expect(mapNoteLines(toMapModel(BUCKETS.slice(0, 1)), { "41067": [0, 0] })).toEqual([
      "1 county or city has no point on the map: listed in the table, not drawn",
    ]);
    expect(mapNoteLines(toMapModel(BUCKETS.slice(0, 1)))).toEqual([]);
  });
});

describe("MapChart", () => {
  it("draws every state from us-atlas, shades those with subpoenas and places a circle per county", () => {
    const geography = mapGeography();
    expect(geography.states.length).toBeGreaterThanOrEqual(51);
    const svg = renderToStaticMarkup(
      createElement(
        "svg",
        null,
        createElement(MapChart, {
          model: toMapModel(BUCKETS),
          geography,
          width: 640,
          height: 440,
          theme: LIGHT_THEME,
          scale: 1,
        }),
      ),
    );
    expect(svg).toMatch(/data-state="OR" data-value="9\*"/);
    expect(svg).toContain('data-jurisdiction="washington-county-mn"');
    expect(svg).toContain(`fill="${LIGHT_THEME.mapShades[0]}"`);
    expect(svg).not.toContain("NaN");
    // The line under the map names what has no circle.
    expect(svg).toContain("Oregon&#x27;s state agencies: in the state&#x27;s shading, with no circle");
  });

  it("wraps its notes to a narrow width rather than cutting them off, and is as tall as they need", () => {
    const geography = mapGeography();
    const model = toMapModel([
      ...BUCKETS,
      bucket({
        jurisdiction: { slug: "x", name: "Nowhere", kind: "city", state: "OR", countyFips: null },
        subpoenas: 1,
      }),
    ]);
    const render = (width: number) =>
      renderToStaticMarkup(
        createElement(
          "svg",
          null,
          createElement(MapChart, { model, geography, width, height: 400, theme: LIGHT_THEME, scale: 1 }),
        ),
      );
    const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const narrow = texts(render(280));
    // Every word of both notes is drawn, on more lines than at a desktop width, and nothing ends in an ellipsis.
    for (const note of mapNoteLines(model)) {
      expect(narrow.join(" ").replace(/&#x27;/g, "'")).toContain(note);
    }
    expect(narrow.some((t) => t.endsWith("…"))).toBe(false);
    expect(narrow.length).toBeGreaterThan(texts(render(960)).length);
    expect(mapNaturalHeight(geography, 280, 1, model) - mapNaturalHeight(geography, 280, 1)).toBeGreaterThan(
      mapNaturalHeight(geography, 960, 1, model) - mapNaturalHeight(geography, 960, 1),
    );
  });
});
