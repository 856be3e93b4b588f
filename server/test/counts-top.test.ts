import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { toCriteria } from "../src/modules/batches/batch-criteria";
import type { BatchFilterValues } from "../src/modules/batches/dto/batch-filter.input";
import { countSubpoenas, type CountsResult } from "../src/modules/counts/counts.service";
import { CountDimension, Interval, type CountBucket } from "../src/modules/counts/counts.types";
import { synthesizePackage } from "../src/synth/synth";
import { foldTop, rankSeries } from "./helpers/fold-top";
import { insertGeneratedBatches } from "./helpers/generate";
import { startTestServer, type TestServer } from "./helpers/server";

const DIMENSIONS = Object.values(CountDimension);
const { PERIOD, JURISDICTION, STATE, OUTCOME, AGENCY_KIND, ISSUING_COMPONENT, OFFENSE_CATEGORY } = CountDimension;
/**
 * The groupings `top` folds (at least one dimension beside PERIOD): every one of one or two dimensions, and a few of
 * three, with and without PERIOD. Every `top` is a counting statement of its own, so all 62 groupings of up to three
 * took minutes on the embedded database; a series key of two dimensions already exercises the multi-key ranking.
 */
const groupings = [
  ...DIMENSIONS.reduce<CountDimension[][]>((all, d) => [...all, ...all.map((c) => [...c, d])], [[]]).filter(
    (g) => g.some((d) => d !== PERIOD) && g.length <= 2,
  ),
  [PERIOD, JURISDICTION, OUTCOME],
  [PERIOD, STATE, OFFENSE_CATEGORY],
  [AGENCY_KIND, ISSUING_COMPONENT, OUTCOME],
];
const FILTERS: Record<string, BatchFilterValues> = {
  none: {},
  "a year": { issuedFrom: "2019", issuedTo: "2019" },
  "one outcome": { outcomes: ["DECLINED"] },
  "two outcomes, a day bound (base tables)": { outcomes: ["IN_COURT", "PENDING"], issuedFrom: "2018-03-15" },
};
type Figures = Pick<CountBucket, "subpoenas" | "batches" | "unknownCountBatches" | "inexactCountBatches">;
const add = (a: Figures, b: Figures): Figures => ({
  subpoenas: a.subpoenas + b.subpoenas,
  batches: a.batches + b.batches,
  unknownCountBatches: a.unknownCountBatches + b.unknownCountBatches,
  inexactCountBatches: a.inexactCountBatches + b.inexactCountBatches,
});
const ZERO: Figures = { subpoenas: 0, batches: 0, unknownCountBatches: 0, inexactCountBatches: 0 };
const byPeriod = (buckets: CountBucket[]) => {
  const sums = new Map<string, Figures>();
  for (const b of buckets) sums.set(String(b.period), add(sums.get(String(b.period)) ?? ZERO, b));
  return Object.fromEntries([...sums.entries()].sort());
};
const seriesOf = (b: CountBucket) =>
  JSON.stringify([b.jurisdiction?.slug, b.state, b.outcome, b.agencyKind, b.issuingComponent, b.offenseCategory]);

/**
 * What a folded answer must be whatever the reference says: the same sums in every period and the same total as the
 * full answer, at most `top` named series that keep exactly their buckets, every other series counted in otherSeries,
 * at most one "other" bucket per period, and nothing folded that outranks a series kept.
 */
function expectFoldedProperties(label: object, full: CountsResult, answer: CountsResult, top: number): void {
  const fullSeries = new Set(full.buckets.filter((b) => b.batches > 0 || b.subpoenas > 0).map(seriesOf));
  expect({ ...label, sums: byPeriod(answer.buckets) }).toEqual({ ...label, sums: byPeriod(full.buckets) });
  expect({ ...label, total: answer.total }).toEqual({ ...label, total: full.total });
  const named = answer.buckets.filter((b) => !b.other);
  const kept = new Set(named.map(seriesOf));
  expect(kept.size).toBeLessThanOrEqual(top);
  expect(named).toEqual(full.buckets.filter((b) => kept.has(seriesOf(b))));
  expect({ ...label, series: kept.size + answer.otherSeries }).toEqual({ ...label, series: fullSeries.size });
  const others = answer.buckets.filter((b) => b.other).map((b) => String(b.period));
  expect(new Set(others).size).toBe(others.length);
  if (answer.otherSeries === 0) {
    expect(answer).toEqual(full);
    return;
  }
  // Series with a null key rank last whatever they hold.
  const hasNull = (k: string) => (JSON.parse(k) as unknown[]).some((v) => v === null);
  const subpoenasOf = (k: string) => full.buckets.filter((b) => seriesOf(b) === k).reduce((s, b) => s + b.subpoenas, 0);
  const rest = [...fullSeries].filter((k) => !kept.has(k) && !hasNull(k));
  const keptKnown = [...kept].filter((k) => !hasNull(k));
  if (rest.length > 0 && keptKnown.length > 0)
    expect(Math.min(...keptKnown.map(subpoenasOf))).toBeGreaterThanOrEqual(Math.max(...rest.map(subpoenasOf)));
}

/**
 * Compares the answer folded in the counting statement with the reference fold of the full answer (foldTop), for
 * every grouping with a series to fold, each filter, fillEmptyPeriods on and off, and `top` from 0 to past the number
 * of series, including the counts at which a tie in the ranking has to be broken. Returns what it saw, so a caller
 * can check the data exercised the hard cases. Every answer with a top is also held to expectFoldedProperties.
 */
async function compareWithReference(
  server: TestServer,
  filters: Record<string, BatchFilterValues>,
): Promise<{ folded: number; boundaryTies: number; nullSeriesFolded: number; nullSeriesKept: number }> {
  const seen = { folded: 0, boundaryTies: 0, nullSeriesFolded: 0, nullSeriesKept: 0 };
  const count = (groupBy: CountDimension[], filter: BatchFilterValues, top: number | null, fill: boolean) =>
    countSubpoenas(
      server.database.dataSource,
      { criteria: toCriteria(filter), groupBy, interval: Interval.MONTH, fillEmptyPeriods: fill, top },
      { maxSpanYears: 100 },
    );
  const tied = (a: { subpoenas: number; unknown: number; batches: number; hasNullKey: boolean }, b: typeof a) =>
    a.hasNullKey === b.hasNullKey && a.subpoenas === b.subpoenas && a.unknown === b.unknown && a.batches === b.batches;
  for (const [name, filter] of Object.entries(filters)) {
    for (const groupBy of groupings) {
      for (const fill of groupBy.includes(CountDimension.PERIOD) ? [false, true] : [false]) {
        const full = await count(groupBy, filter, null, fill);
        const ranked = rankSeries(full, groupBy);
        // Some N at which the ranking ties across the cut (the first, a middle one, the last), and a spread of others.
        const ties = ranked.flatMap((s, i) => (i > 0 && tied(ranked[i - 1], s) ? [i] : []));
        const cuts = [ties[0], ties[Math.floor(ties.length / 2)], ties[ties.length - 1]].filter((t) => t !== undefined);
        const tops = [...new Set([0, 1, 3, 7, ranked.length - 1, ranked.length, ranked.length + 5, ...cuts])];
        for (const top of tops.filter((t) => t >= 0)) {
          const label = { name, groupBy, fill, top };
          const answer = await count(groupBy, filter, top, fill);
          expect({ ...label, answer }).toEqual({ ...label, answer: foldTop(full, groupBy, top) });
          if (top > 0) expectFoldedProperties(label, full, answer, top);
          if (answer.otherSeries > 0) {
            seen.folded += 1;
            if (cuts.includes(top)) seen.boundaryTies += 1;
            if (ranked.slice(top).some((s) => s.hasNullKey)) seen.nullSeriesFolded += 1;
            if (ranked.slice(0, top).some((s) => s.hasNullKey)) seen.nullSeriesKept += 1;
          }
        }
      }
    }
  }
  return seen;
}

// Issue 12: charts ask only for what they draw. `top` keeps N series and sums the rest as "other"; the answer must
// still add up to the full breakdown in every period, and keep the named series' buckets exactly.
describe("counts with top: the top series and the rest summed as other", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "synth-top-"));
  let server: TestServer;
  beforeAll(async () => {
    await synthesizePackage(folder, { batches: 300, seed: 12, from: "2018-01-01", to: "2020-12-31" });
    const defaults = loadConfig({});
    server = await startTestServer({ seedDir: folder, api: { ...defaults.api, maxBuckets: 10_000_000 } });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const count = (groupBy: CountDimension[], filter: BatchFilterValues, top: number | null, fill = false) =>
    countSubpoenas(
      server.database.dataSource,
      { criteria: toCriteria(filter), groupBy, interval: Interval.MONTH, fillEmptyPeriods: fill, top },
      { maxSpanYears: 100 },
    );

  // Each N is its own counting statement: minutes on a busy machine, so each answer is checked once, both against the
  // reference and for what any fold must be.
  it("folds in SQL exactly as the reference folds the full answer, and sums to the full answer, for every grouping, filter, fill and N", async () => {
    const seen = await compareWithReference(server, FILTERS);
    expect(seen.folded).toBeGreaterThan(100);
    expect(seen.boundaryTies).toBeGreaterThan(20);
    expect(seen.nullSeriesFolded).toBeGreaterThan(10);
    expect(seen.nullSeriesKept).toBeGreaterThan(5);
  }, 300_000);

  it("folds the filled empty periods with the rest, so every period still has an other bucket", async () => {
    const answer = await count([CountDimension.PERIOD, CountDimension.JURISDICTION], FILTERS["a year"], 3, true);
    expect(answer.otherSeries).toBeGreaterThan(0);
    const others = answer.buckets.filter((b) => b.other).map((b) => b.period);
    for (let m = 1; m <= 12; m += 1) expect(others).toContain(`2019-${String(m).padStart(2, "0")}`);
  });

  it("answers over GraphQL with other buckets, otherSeries, and a small answer", async () => {
    const query = `query ($top: Int) { subpoenaCounts(groupBy: [PERIOD, JURISDICTION], top: $top) {
      otherSeries buckets { period jurisdiction { slug } other subpoenas batches } total { subpoenas } } }`;
    type Answer = {
      subpoenaCounts: {
        otherSeries: number;
        buckets: { period: string; jurisdiction: { slug: string } | null; other: boolean; subpoenas: number }[];
        total: { subpoenas: number };
      };
    };
    const full = await server.graphql<Answer>(query, { top: null });
    const top = await server.graphql<Answer>(query, { top: 7 });
    expect(full.errors).toBeUndefined();
    expect(top.errors).toBeUndefined();
    const a = top.data!.subpoenaCounts;
    expect(full.data!.subpoenaCounts.otherSeries).toBe(0);
    expect(a.otherSeries).toBeGreaterThan(0);
    expect(new Set(a.buckets.filter((b) => !b.other).map((b) => b.jurisdiction!.slug)).size).toBe(7);
    expect(a.buckets.filter((b) => b.other).every((b) => b.jurisdiction === null)).toBe(true);
    expect(a.buckets.length).toBeLessThan(full.data!.subpoenaCounts.buckets.length);
    const sum = (bs: { subpoenas: number }[]) => bs.reduce((s, b) => s + b.subpoenas, 0);
    expect(sum(a.buckets)).toBe(sum(full.data!.subpoenaCounts.buckets));
  });

  it("refuses a top below 1 with a clear error", async () => {
    const res = await server.graphql(`{ subpoenaCounts(groupBy: [JURISDICTION], top: 0) { otherSeries } }`);
    expect(res.errors?.[0].message).toMatch(/top/);
  });
});

// Few places and small counts, so that many series tie on every figure and only the keys' order tells them apart.
describe("counts with top on data full of ties", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await insertGeneratedBatches(server.database.dataSource, 400, 7);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("folds in SQL exactly as the reference folds the full answer, and sums to the full answer", async () => {
    // Two filters, one answered from the rollups and one from the base tables: the four of the first data set cover
    // the filters themselves, and each filter here is some 340 counting statements.
    const seen = await compareWithReference(server, {
      none: {},
      "leaving a place out, a day bound (base tables)": { excludeJurisdictions: ["denver-co"], issuedTo: "2021-02-02" },
    });
    console.log(`data full of ties: ${JSON.stringify(seen)}`);
    expect(seen.folded).toBeGreaterThan(100);
    expect(seen.boundaryTies).toBeGreaterThan(50);
  }, 300_000);
});
