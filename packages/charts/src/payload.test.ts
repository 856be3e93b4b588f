import { describe, expect, it } from "vitest";
import { buildChartDocument } from "./document";
import type { ChartView, CountBucketLike, CountsLike } from "./model";
import { inlinePayload, packCounts, unpackCounts, unpackInlinePayload, type EmbedPayload } from "./payload";
import { placeColorIndices, placePositions } from "./theme";
import { bucket, CONTEXT, OVER_TIME, SEED_BY_JURISDICTION, total } from "./test-fixtures";

const WHERE: ChartView = { ...OVER_TIME, chart: "where" };
const STATES = ["OR", "CA", "NY", "MN", "CO"];

/** A pseudo-random but fixed sequence (a linear congruential generator), so that the tests never change. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** n places of the five states (counties, cities and the states themselves), with skewed figures, some unknown. */
function manyPlaces(n: number): CountsLike {
  const random = sequence(n);
  const buckets: CountBucketLike[] = STATES.map((state, i) =>
    bucket({ jurisdiction: { slug: `state-${state}`, name: `State ${state}`, kind: "state", state }, subpoenas: i }),
  );
  for (let i = 0; i < n; i += 1) {
    const state = STATES[i % STATES.length];
    buckets.push(
      bucket({
        jurisdiction: {
          slug: `place-${i}`,
          name: `Place ${i}`,
          kind: i % 3 === 0 ? "county" : "city",
          state,
          countyFips:
            i % 4 === 0 ? null : `${String(10 + (i % 40)).padStart(2, "0")}${String(i % 999).padStart(3, "0")}`,
        },
        subpoenas: Math.floor(1000 * random() ** 3),
        batches: 1 + Math.floor(10 * random()),
        unknownCountBatches: random() < 0.2 ? 1 : 0,
        inexactCountBatches: random() < 0.1 ? 1 : 0,
      }),
    );
  }
  return { buckets, total: total(buckets), range: { from: "2020-01", to: "2024-12" } };
}

function payloadOf(view: ChartView, counts: CountsLike): EmbedPayload {
  const link = "http://example.test/";
  return {
    chart: view.chart,
    view,
    theme: "light",
    showTitle: true,
    counts,
    context: CONTEXT,
    dataset: { version: 1, updatedAt: CONTEXT.asOf },
    links: { dashboard: link, csv: link, svg: link, png: link, page: link },
  };
}

describe("the embed page's packed counts", () => {
  it("unpack to exactly the counts packed", () => {
    const counts: CountsLike = {
      ...SEED_BY_JURISDICTION,
      buckets: [
        ...SEED_BY_JURISDICTION.buckets.map((b) => ({ state: null, outcome: null, ...b })),
        bucket({ period: "2020-02", jurisdiction: null, state: "OR", outcome: "DECLINED", subpoenas: 1, other: true }),
      ].map((b) => ({
        ...b,
        jurisdiction: b.jurisdiction ? { kind: null, state: null, countyFips: null, ...b.jurisdiction } : null,
      })),
      placeOrder: { "denver-co": 3 },
      otherSeries: 4,
    };
    const packed = packCounts(counts);
    expect(packed.periods).toEqual(["2020-01", "2020-02"]);
    expect(packed.places).toHaveLength(6);
    expect(unpackCounts(JSON.parse(JSON.stringify(packed)))).toEqual(counts);
  });

  it("draw the same chart as the counts they came from", () => {
    for (const view of [OVER_TIME, { ...OVER_TIME, chart: "by-jurisdiction" as const }, WHERE]) {
      const page = unpackInlinePayload(
        JSON.parse(JSON.stringify(inlinePayload(payloadOf(view, SEED_BY_JURISDICTION)))),
      );
      expect(buildChartDocument(view, page.counts, CONTEXT)).toEqual(
        buildChartDocument(view, SEED_BY_JURISDICTION, CONTEXT),
      );
    }
  });
});

describe("a place's colour from the positions of the places drawn", () => {
  it("is the colour the whole order gives it, for any set of places drawn together", () => {
    const random = sequence(7);
    const order = Array.from({ length: 300 }, (_, i) => `place-${String(i).padStart(3, "0")}`);
    for (let trial = 0; trial < 200; trial += 1) {
      const drawn = Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => order[Math.floor(random() * order.length)],
      );
      // A place the order does not know (deleted since) falls back to its hash either way.
      if (trial % 10 === 0) drawn.push("unknown-place");
      expect(placeColorIndices(drawn, placePositions(drawn, order))).toEqual(placeColorIndices(drawn, order));
    }
  });
});

describe("a map's page with more places than it inlines", () => {
  const full = manyPlaces(1000);
  const page = unpackInlinePayload(JSON.parse(JSON.stringify(inlinePayload(payloadOf(WHERE, full), 50))));
  const whole = buildChartDocument(WHERE, full, CONTEXT).model;
  const first = buildChartDocument(WHERE, page.counts, CONTEXT).model;

  it("carries the biggest places, and each state's figure as all of them make it", () => {
    if (whole.kind !== "map" || first.kind !== "map") throw new Error("not a map");
    expect(first.states).toEqual(whole.states);
    expect(first.breaks).toEqual(whole.breaks);
    expect(first.totals).toEqual(whole.totals);
    expect(first.symbolMax).toBe(whole.symbolMax);
    expect(first.symbols).toEqual(whole.symbols.slice(0, 50));
    expect(first.omittedSymbols).toBe(whole.symbols.length - 50);
    expect(page.counts.omittedPlaces).toBe(whole.symbols.length - 50);
  });

  it("says how many places are still to come", () => {
    expect(buildChartDocument(WHERE, page.counts, CONTEXT).description).toContain(
      `${(whole.kind === "map" ? whole.symbols.length - 50 : 0).toLocaleString("en-US")} smaller counties and cities are still loading.`,
    );
  });

  it("stays the same size however many places the data holds", () => {
    const bytes = (n: number) => JSON.stringify(inlinePayload(payloadOf(WHERE, manyPlaces(n)), 50)).length;
    const small = bytes(200);
    expect(bytes(2000)).toBeLessThan(small * 1.1);
    expect(bytes(20000)).toBeLessThan(small * 1.1);
  });

  it("is whole when the map has no more places than a page carries", () => {
    const few = manyPlaces(40);
    const inline = inlinePayload(payloadOf(WHERE, few), 50);
    expect(inline.packed.omittedPlaces).toBeUndefined();
    expect(buildChartDocument(WHERE, unpackInlinePayload(inline).counts, CONTEXT)).toEqual(
      buildChartDocument(WHERE, few, CONTEXT),
    );
  });
});
