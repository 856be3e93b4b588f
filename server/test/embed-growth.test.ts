import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  buildChartDocument,
  MAP_INLINE_PLACES,
  placeColorIndices,
  spanOf,
  TOL_MUTED,
  type EmbedPayload,
  type SeriesInfo,
} from "@subpoena-tracker/charts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesizePackage } from "../src/synth/synth";
import { MAX_COLUMNS } from "../src/embed/embed-params";
import { inlined, EMBED_TEMPLATE } from "./helpers/embed-page";
import { countStatements } from "./helpers/sql-counter";
import { startTestServer, type TestServer } from "./helpers/server";

// Issue 12: "the default over-time embed answers 400 once the data spans more than ten years".
describe("an over-time embed over data that spans more than ten years", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "synth-span-"));
  let server: TestServer;
  beforeAll(async () => {
    await synthesizePackage(folder, { batches: 200, seed: 3, from: "2012-01-01", to: "2025-12-31" });
    server = await startTestServer({ seedDir: folder });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("draws by quarter when no interval was chosen, rather than refusing", async () => {
    for (const suffix of [".svg"]) {
      const res = await fetch(`${server.url}/embed/subpoenas-over-time${suffix}`);
      expect({ suffix, status: res.status }).toEqual({ suffix, status: 200 });
      const body = await res.text();
      expect(body).toMatch(/20\d\d-Q[1-4]|Q[1-4] 20\d\d/);
    }
  });

  // At 1M batches, counting months x places for the default view took 17 s, only for the answer to be refused for
  // too many months and counted again by quarter: the interval is settled on the periods alone first.
  it("settles the interval on the periods alone, without counting months x places first", async () => {
    const counter = countStatements(server.database.dataSource);
    try {
      // A view of its own (from=2011, before any batch), so that no cached answer hides the statements.
      const res = await fetch(`${server.url}/embed/subpoenas-over-time.json?from=2011`);
      expect(res.status).toBe(200);
      const counts = counter.statements.filter((s) => s.includes("row_kind"));
      const monthly = counts.filter((s) => s.includes("'YYYY-MM'"));
      expect(monthly.length).toBeGreaterThan(0);
      expect(monthly.filter((s) => s.includes("j.slug AS jurisdiction_slug"))).toEqual([]);
    } finally {
      counter.restore();
    }
  });

  // Issue 12: "an embed page's HTML <= 100 KB at any data size". The bar charts and the map add the periods up, so
  // they are sent one bucket per bar or place (and the span apart), not periods x places: 79.6 MB for the map at 1M.
  it("sends the bar charts and the map one bucket per bar or place, with the span the periods cover", async () => {
    const periods = await server.graphql<{
      subpoenaCounts: {
        buckets: { period: string; subpoenas: number; batches: number; unknownCountBatches: number }[];
      };
    }>(
      `{ subpoenaCounts(groupBy: [PERIOD], interval: MONTH) { buckets { period subpoenas batches unknownCountBatches } } }`,
    );
    const span = spanOf(periods.data!.subpoenaCounts.buckets);
    expect(span).not.toBeNull();
    const places = await server.graphql<{ subpoenaCounts: { buckets: unknown[] } }>(
      `{ subpoenaCounts(groupBy: [JURISDICTION]) { buckets { subpoenas } } }`,
    );
    for (const [chart, most] of [
      ["outcomes", 11],
      ["by-jurisdiction", 15],
      ["by-jurisdiction?place=state", 15],
      ["where", places.data!.subpoenaCounts.buckets.length],
    ] as const) {
      const [name, query] = chart.split("?");
      const json = await fetch(`${server.url}/embed/${name}.json${query ? `?${query}` : ""}`);
      const payload = (await json.json()) as EmbedPayload;
      expect({ chart, periods: payload.counts.buckets.filter((b) => b.period).length }).toEqual({ chart, periods: 0 });
      expect(payload.counts.buckets.length).toBeLessThanOrEqual(most);
      expect(payload.counts.range).toEqual(span);
      // The chart says the span it covers, as it did from period x key buckets.
      const document = buildChartDocument(payload.view, payload.counts, payload.context);
      expect(document.model.range).toEqual(span);
      const page = await (await fetch(`${server.url}/embed/${chart}`)).text();
      expect(page.length).toBeLessThan(100_000);
    }
  });

  it("still refuses months asked for explicitly, saying how to fix it", async () => {
    const res = await fetch(`${server.url}/embed/subpoenas-over-time.svg?interval=month`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/interval=quarter or year/);
  });
});

/** Every embed kind with each of its options, as press staff may paste them. */
const EMBEDS = [
  "subpoenas-over-time",
  "subpoenas-over-time?stack=state",
  "subpoenas-over-time?stack=outcome",
  "subpoenas-over-time?stack=none",
  "subpoenas-over-time?interval=year",
  "subpoenas-over-time?interval=month&from=2024&to=2024",
  "subpoenas-over-time?outcome=DECLINED&theme=dark",
  "by-jurisdiction",
  "by-jurisdiction?place=state",
  "outcomes",
  "where",
  "where?from=2024&to=2024",
];

interface Measured {
  places: number;
  pages: Map<string, { bytes: number; cells: number; symbols: number }>;
}

/** What a chart draws, in numbers: columns x series over time, bars, states and places on the map. */
function cellsOf(page: EmbedPayload): { cells: number; symbols: number } {
  const { model } = buildChartDocument(page.view, page.counts, page.context);
  switch (model.kind) {
    case "columns":
      return { cells: (model.columns.length + model.coarse.length) * model.series.length, symbols: 0 };
    case "bars":
      return { cells: model.bars.length, symbols: 0 };
    case "map":
      return { cells: model.states.length + model.symbols.length, symbols: model.symbols.length };
  }
}

/** Most states and territories a map or a state split can show. */
const STATES = 56;

/**
 * Issue 12: "an embed page's HTML <= 100 KB at any data size". The same embeds over the same years with four times
 * the batches and twice the places (more than a map's page inlines at both sizes): each page is a few KB plus a few
 * dozen bytes per number it draws, and what it draws is capped whatever the data (MAX_COLUMNS periods x at most 11
 * series; the bars; the states and MAP_INLINE_PLACES places), so no page can pass 6 KB + 40 x 120 x 11 = 59 KB (the
 * map 6 KB + 100 x 256 = 32 KB). Each draws what its JSON (the full numbers) draws.
 */
describe("embed pages as the data grows", () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "embed-growth-dist-"));
  fs.writeFileSync(path.join(dist, "embed.html"), EMBED_TEMPLATE);
  const sizes: Measured[] = [];

  async function measure(batches: number, check: (server: TestServer) => Promise<void>): Promise<Measured> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "synth-growth-"));
    await synthesizePackage(folder, { batches, seed: 11, from: "2019-01-01", to: "2025-12-31" });
    const server = await startTestServer({ seedDir: folder, webDistDir: dist });
    try {
      const places = await server.graphql<{ jurisdictions: unknown[] }>(`{ jurisdictions { slug } }`);
      const pages: Measured["pages"] = new Map();
      for (const embed of EMBEDS) {
        const res = await fetch(`${server.url}/embed/${embed}`);
        expect({ embed, status: res.status }).toEqual({ embed, status: 200 });
        const html = await res.text();
        pages.set(embed, { bytes: html.length, ...cellsOf(inlined(html)) });
      }
      await check(server);
      return { places: places.data!.jurisdictions.length, pages };
    } finally {
      await server.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }

  beforeAll(async () => {
    sizes.push(await measure(5_000, async () => undefined));
    sizes.push(await measure(20_000, drawsWhatItsJsonDraws));
  }, 600_000);
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it("keeps every page to a few KB plus what it draws, which does not grow with the data", () => {
    const [small, large] = sizes;
    expect(large.places).toBeGreaterThan(small.places * 1.8);
    console.log(
      `embed HTML bytes (numbers drawn) at ${small.places} and ${large.places} places:\n` +
        EMBEDS.map((e) => {
          const [before, after] = [small.pages.get(e)!, large.pages.get(e)!];
          return `${e}: ${before.bytes} (${before.cells}) -> ${after.bytes} (${after.cells})`;
        }).join("\n"),
    );
    for (const { pages } of sizes) {
      for (const [embed, { bytes, cells, symbols }] of pages) {
        const map = embed.startsWith("where");
        const cap = map ? STATES + MAP_INLINE_PLACES : embed.startsWith("subpoenas") ? MAX_COLUMNS * 11 : 15;
        // A place on the map carries its name, slug and county; a column's number only its figures.
        const perCell = map ? 100 : 40;
        expect({ embed, cells: cells <= cap, bytes: bytes <= 6_000 + perCell * cells }).toEqual({
          embed,
          cells: true,
          bytes: true,
        });
        expect(bytes).toBeLessThan(100_000);
        // The map's page carries as many places at both sizes, though the data has twice as many.
        if (embed === "where") expect(symbols).toBe(MAP_INLINE_PLACES);
      }
    }
  });
});

/** Each embed page draws the chart its JSON twin (every number, uncut) draws, and colours places as the dashboard. */
async function drawsWhatItsJsonDraws(server: TestServer): Promise<void> {
  const { data } = await server.graphql<{ jurisdictions: { slug: string }[] }>(`{ jurisdictions { slug } }`);
  // The dashboard's colour order: every jurisdiction's slug in code-point order (usePlaceOrder).
  const order = data!.jurisdictions.map((j) => j.slug).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const embed of EMBEDS) {
    const [name, query] = embed.split("?");
    const page = inlined(await (await fetch(`${server.url}/embed/${embed}`)).text());
    const json = (await (
      await fetch(`${server.url}/embed/${name}.json${query ? `?${query}` : ""}`)
    ).json()) as EmbedPayload;
    const drawn = buildChartDocument(page.view, page.counts, page.context);
    const whole = buildChartDocument(json.view, json.counts, json.context);
    if (drawn.model.kind === "map" && whole.model.kind === "map") {
      // The map's page carries its biggest places; the rest come from the JSON after the first paint.
      expect(page.counts.omittedPlaces).toBeGreaterThan(0);
      const { symbols, omittedSymbols, ...shading } = drawn.model;
      const { symbols: all, ...wholeShading } = whole.model;
      expect(shading).toEqual(wholeShading);
      expect(symbols).toEqual(all.slice(0, symbols.length));
      expect(symbols.length + omittedSymbols!).toBe(all.length);
    } else {
      expect({ embed, drawn: { ...drawn } }).toEqual({ embed, drawn: { ...whole } });
    }
    if (drawn.model.kind === "columns" && drawn.model.stack === "jurisdiction") {
      // The embed colours each place as the dashboard does from the whole order of places.
      const places = drawn.model.series.filter((s: SeriesInfo) => s.color.kind === "series").map((s) => s.key);
      expect(places.length).toBeGreaterThan(0);
      const dashboard = placeColorIndices(places, order, TOL_MUTED.length);
      for (const series of drawn.model.series.filter((s) => s.color.kind === "series")) {
        expect({ place: series.key, color: series.color }).toEqual({
          place: series.key,
          color: { kind: "series", index: dashboard.get(series.key) },
        });
      }
    }
  }
}
