import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  buildChartDocument,
  mapNoteLines,
  STATEWIDE_LEAD,
  type EmbedPayload,
  type MapModel,
} from "@subpoena-tracker/charts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesizePackage } from "../src/synth/synth";
import { EMBED_TEMPLATE, inlined } from "./helpers/embed-page";
import { startTestServer, type TestServer } from "./helpers/server";

interface ApiBucket {
  jurisdiction: { slug: string; name: string; kind: string; state: string | null } | null;
  state: string | null;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
}

/** The same filter as an embed address and as GraphQL's BatchFilter. */
const FILTERS: [query: string, filter: Record<string, unknown>][] = [
  ["", {}],
  ["from=2024&to=2024", { issuedFrom: "2024", issuedTo: "2024" }],
  ["outcome=DECLINED", { outcomes: ["DECLINED"] }],
];

const figures = (b: {
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches?: number;
}) => ({
  subpoenas: b.subpoenas,
  batches: b.batches,
  unknownCountBatches: b.unknownCountBatches,
  inexactCountBatches: b.inexactCountBatches ?? 0,
});

/**
 * A session found the where embed listing 4 fewer places than GraphQL's counts by jurisdiction on a generated
 * 5,000-batch package (212 jurisdictions; 208 circles). Its JSON holds every jurisdiction; the 4 are the states' own
 * jurisdictions (batches filed under a state, served on its agencies), which the map shades into their states and
 * draws no circle for, since no point of a state stands for them. The map now keeps them apart (MapModel.statewide),
 * names them with their figures in its text and table, and says under the map what has no circle. These checks hold
 * the map against GraphQL's answer on generated data, so that any drift between them shows.
 */
describe("the where embed against GraphQL's counts by jurisdiction", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "synth-where-"));
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "where-dist-"));
  fs.writeFileSync(path.join(dist, "embed.html"), EMBED_TEMPLATE);
  let server: TestServer;

  beforeAll(async () => {
    await synthesizePackage(folder, { batches: 5_000, seed: 2 });
    server = await startTestServer({ seedDir: folder, webDistDir: dist });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(dist, { recursive: true, force: true });
  });

  async function api(filter: Record<string, unknown>): Promise<{ buckets: ApiBucket[]; total: ApiBucket }> {
    const figureFields = "subpoenas batches unknownCountBatches inexactCountBatches";
    const { data, errors } = await server.graphql<{ subpoenaCounts: { buckets: ApiBucket[]; total: ApiBucket } }>(
      `query ($filter: BatchFilter) {
        subpoenaCounts(groupBy: [JURISDICTION], filter: $filter) {
          buckets { jurisdiction { slug name kind state } state ${figureFields} }
          total { ${figureFields} }
        }
      }`,
      { filter },
    );
    expect(errors).toBeUndefined();
    return data!.subpoenaCounts;
  }

  for (const [query, filter] of FILTERS) {
    it(`lists every jurisdiction GraphQL lists, each once, with the same figures (${query || "no filter"})`, async () => {
      const answer = await api(filter);
      const payload = (await (await fetch(`${server.url}/embed/where.json?${query}`)).json()) as EmbedPayload;
      // The JSON is the API's answer, place by place.
      const bySlug = (b: { jurisdiction?: { slug: string } | null }) => b.jurisdiction!.slug;
      expect(new Map(payload.counts.buckets.map((b) => [bySlug(b), figures(b)]))).toEqual(
        new Map(answer.buckets.map((b) => [bySlug(b), figures(b)])),
      );
      expect(figures(payload.counts.total)).toEqual(figures(answer.total));

      const { model, description } = buildChartDocument(payload.view, payload.counts, payload.context);
      if (model.kind !== "map") throw new Error(`not a map: ${model.kind}`);
      // Circles and the states' own jurisdictions are every jurisdiction, each once, with the API's figures.
      const listed = [...model.symbols, ...model.statewide];
      expect(listed).toHaveLength(answer.buckets.length);
      expect(new Map(listed.map((s) => [s.key, figures(s)]))).toEqual(
        new Map(answer.buckets.map((b) => [bySlug(b), figures(b)])),
      );
      // The difference from GraphQL's list is exactly its STATE jurisdictions, and the map says so.
      const states = answer.buckets.filter((b) => b.jurisdiction!.kind === "STATE");
      expect(states.length).toBeGreaterThan(0);
      expect(answer.buckets.length - model.symbols.length).toBe(states.length);
      expect(model.statewide.map((s) => s.key).sort()).toEqual(states.map(bySlug).sort());
      expect(description).toContain(`${STATEWIDE_LEAD}: `);
      for (const s of model.statewide) expect(description).toContain(`${s.label} `);
      expect(mapNoteLines(model)[0]).toBe(
        `State agencies of ${states.length} states: in their states' shading, with no circle`,
      );
      // Every state's shading is its own jurisdiction and every place inside it.
      const stateTotals = new Map<string, number>();
      for (const b of answer.buckets) {
        const code = b.jurisdiction!.state!;
        stateTotals.set(code, (stateTotals.get(code) ?? 0) + b.subpoenas);
      }
      expect(new Map(model.states.map((s) => [s.code, s.subpoenas]))).toEqual(stateTotals);
    });
  }

  it("says under the map, in the page and the image, which jurisdictions have no circle", async () => {
    const answer = await api({});
    const page = inlined(await (await fetch(`${server.url}/embed/where`)).text());
    const drawn = buildChartDocument(page.view, page.counts, page.context).model as MapModel;
    // The page carries every state's own jurisdiction, whatever it leaves for later.
    const states = answer.buckets.filter((b) => b.jurisdiction!.kind === "STATE").length;
    expect(drawn.statewide).toHaveLength(states);
    expect(drawn.symbols.length + (drawn.omittedSymbols ?? 0) + drawn.statewide.length).toBe(answer.buckets.length);

    const svg = await (await fetch(`${server.url}/embed/where.svg`)).text();
    expect(svg).toContain(`State agencies of ${states} states: in their states&#x27; shading, with no circle`);
    // The generated places have no county code: none is drawn, and the map says so rather than look empty.
    const places = answer.buckets.length - states;
    expect(svg).not.toContain("data-jurisdiction=");
    expect(svg).toContain(`${places} counties and cities have no point on the map: listed in the table, not drawn`);
  });
});
