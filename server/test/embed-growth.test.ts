import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildChartDocument, spanOf, type EmbedPayload } from "@subpoena-tracker/charts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesizePackage } from "../src/synth/synth";
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
