import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesizePackage } from "../src/synth/synth";
import { loadConfig } from "../src/config";
import { startTestServer, type TestServer } from "./helpers/server";

const DIMENSIONS = [
  "PERIOD",
  "JURISDICTION",
  "STATE",
  "OUTCOME",
  "AGENCY_KIND",
  "ISSUING_COMPONENT",
  "OFFENSE_CATEGORY",
];
const SINGLE_VALUED = ["PERIOD", "JURISDICTION", "STATE", "ISSUING_COMPONENT"];

interface Figures {
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
}
interface Counts {
  subpoenaCounts: { total: Figures; buckets: Figures[] };
}

/** Every subset of the dimensions, the empty one included. */
const combinations = DIMENSIONS.reduce<string[][]>((all, d) => [...all, ...all.map((c) => [...c, d])], [[]]);

const FILTERS: Record<string, Record<string, unknown>> = {
  none: {},
  "one year, one component": { issuedFrom: "2019", issuedTo: "2019", issuingComponents: ["ERO"] },
  "two outcomes": { outcomes: ["IN_COURT", "PENDING"] },
};

// Issue 10, "Two totals on one page": a batch of unknown size with an event that says how many of its subpoenas it
// concerns used to add those to the total grouped by OUTCOME only.
describe("one total whatever the grouping, on generated data", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "synth-totals-"));
  let server: TestServer;
  beforeAll(async () => {
    await synthesizePackage(folder, { batches: 300, seed: 5, from: "2018-01-01", to: "2020-12-31" });
    // Every grouping at once can exceed the public bucket cap (docs/security.md); this test is about totals, not caps.
    const defaults = loadConfig({});
    server = await startTestServer({
      seedDir: folder,
      api: { ...defaults.api, maxBuckets: 10_000_000, maxNodes: 10_000_000 },
    });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const counts = async (groupBy: string[], filter: Record<string, unknown>) => {
    const res = await server.graphql<Counts>(
      `query ($groupBy: [CountDimension!]!, $filter: BatchFilter) {
         subpoenaCounts(groupBy: $groupBy, filter: $filter) {
           total { subpoenas batches unknownCountBatches inexactCountBatches }
           buckets { subpoenas batches unknownCountBatches inexactCountBatches }
         }
       }`,
      { groupBy, filter },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.subpoenaCounts;
  };

  it("holds a batch of unknown size whose events give a number", async () => {
    const [row] = await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM batches b
        WHERE b.subpoena_count IS NULL AND EXISTS (SELECT 1 FROM batch_outcomes bo WHERE bo.batch_id = b.id AND bo.subpoenas IS NOT NULL)`,
    );
    expect(row.n).toBeGreaterThan(0);
  });

  for (const [name, filter] of Object.entries(FILTERS)) {
    it(`gives the same total for all ${combinations.length} groupings (${name})`, async () => {
      const reference = (await counts([], filter)).total;
      expect(reference.batches).toBeGreaterThan(0);
      for (const groupBy of combinations) {
        const c = await counts(groupBy, filter);
        expect({ groupBy, total: c.total }).toEqual({ groupBy, total: reference });
        // Buckets of single-valued dimensions, and of outcomes, add up to the total.
        if (groupBy.every((d) => SINGLE_VALUED.includes(d) || d === "OUTCOME")) {
          const sum = c.buckets.reduce((s, b) => s + b.subpoenas, 0);
          expect({ groupBy, sum }).toEqual({ groupBy, sum: reference.subpoenas });
        }
        if (groupBy.every((d) => SINGLE_VALUED.includes(d))) {
          const batches = c.buckets.reduce((s, b) => s + b.batches, 0);
          expect({ groupBy, batches }).toEqual({ groupBy, batches: reference.batches });
        }
      }
    });
  }
});
