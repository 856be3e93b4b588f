import { EVENT_STATUSES, findOutcomeInputProblems, type OutcomeEventInput } from "@subpoena-tracker/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recomputeAllOutcomes } from "../src/modules/batches/batch-outcome-sets";
import { recomputeOutcomes } from "../src/modules/batches/batch-outcome.service";
import { random } from "./helpers/generate";
import { startTestServer, type TestServer } from "./helpers/server";

interface Generated {
  id: string;
  count: number | null;
  agencies: string[];
  events: OutcomeEventInput[];
}

/**
 * Batches with one to three agencies and histories of random statuses on few dates of mixed precision (so that a
 * month ends on the day another event names, and orders tie), events for one agency or all, some moving a number of
 * subpoenas in or out of court cases. Histories the rule rejects are cut back until it accepts them.
 */
function generate(n: number, seed: number, agencySlugs: string[], courtCases: string[]): Generated[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const DATES = [
    "2020",
    "2020-01",
    "2020-01-01",
    "2020-01-31",
    "2020-02",
    "2020-02-15",
    "2020-12-31",
    "2021",
    "2021-01",
  ];
  const out: Generated[] = [];
  for (let i = 0; i < n; i += 1) {
    const agencies = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(agencySlugs)))];
    const count = rand() < 0.2 ? null : 1 + Math.floor(rand() * 5);
    const events: OutcomeEventInput[] = [
      { date: "2020", status: "issued", agencySlug: null, subpoenasAffected: null, courtCaseSlug: null },
    ];
    const steps = Math.floor(rand() * 6);
    for (let j = 0; j < steps; j += 1) {
      events.push({
        date: pick(DATES),
        status: pick(EVENT_STATUSES),
        agencySlug: rand() < 0.4 ? null : pick(agencies),
        subpoenasAffected: rand() < 0.3 ? 1 + Math.floor(rand() * (count ?? 3)) : null,
        courtCaseSlug: rand() < 0.3 ? pick(courtCases) : null,
      });
    }
    const input = () => ({ subpoenaCount: count, recipientAgencySlugs: agencies, events });
    while (findOutcomeInputProblems(input()).length > 0) events.pop();
    out.push({ id: `sets-${String(i).padStart(4, "0")}`, count, agencies, events });
  }
  return out;
}

const snapshot = async (server: TestServer) => ({
  outcomes: (await server.database.dataSource.query(
    `SELECT batch_id, outcome, subpoenas FROM batch_outcomes ORDER BY batch_id COLLATE "C", outcome COLLATE "C"`,
  )) as unknown[],
  counted: (await server.database.dataSource.query(
    `SELECT id, counted_subpoenas FROM batches ORDER BY id COLLATE "C"`,
  )) as unknown[],
});

describe("recomputeAllOutcomes (set-based) agrees with the outcome rule batch by batch", () => {
  let server: TestServer;
  let generated: Generated[];

  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.database.dataSource;
    const agencies = ((await ds.query(`SELECT slug FROM agencies ORDER BY slug`)) as { slug: string }[]).map(
      (r) => r.slug,
    );
    const cases = ((await ds.query(`SELECT slug FROM court_cases ORDER BY slug`)) as { slug: string }[]).map(
      (r) => r.slug,
    );
    const [{ slug: place }] = (await ds.query(`SELECT slug FROM jurisdictions ORDER BY slug LIMIT 1`)) as {
      slug: string;
    }[];
    generated = generate(600, 7, agencies, cases);
    await ds.transaction(async (m) => {
      for (const b of generated) {
        await m.query(
          `INSERT INTO batches (id, issued_on, issued_precision, jurisdiction_slug, subpoena_count, count_precision)
           VALUES ($1, '2020-01-01', 'year', $2, $3, $4)`,
          [b.id, place, b.count, b.count === null ? "unknown" : "exact"],
        );
        for (const [position, agency] of b.agencies.entries()) {
          await m.query(`INSERT INTO batch_agencies (batch_id, agency_slug, position) VALUES ($1, $2, $3)`, [
            b.id,
            agency,
            position,
          ]);
        }
        for (const [j, e] of b.events.entries()) {
          const precision = e.date.length === 4 ? "year" : e.date.length === 7 ? "month" : "day";
          const day = e.date.length === 4 ? `${e.date}-01-01` : e.date.length === 7 ? `${e.date}-01` : e.date;
          await m.query(
            `INSERT INTO events (batch_id, natural_key, occurred_on, occurred_precision, status, agency_slug,
                                 subpoenas_affected, court_case_slug)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [b.id, `e${j}`, day, precision, e.status, e.agencySlug, e.subpoenasAffected, e.courtCaseSlug],
          );
        }
      }
      // Withdrawn records count for nothing: a few whole batches, and a few events that would have moved an outcome.
      await m.query(
        `UPDATE batches SET withdrawn_at = now(), withdrawn_reason = 'test' WHERE id IN ('sets-0003', 'sets-0100')`,
      );
      await m.query(
        `UPDATE events SET withdrawn_at = now(), withdrawn_reason = 'test'
          WHERE id IN (SELECT id FROM events WHERE status NOT IN ('issued', 'served') ORDER BY id LIMIT 40)`,
      );
      // The reference: the per-batch path every write takes, over the seed's batches and the generated ones.
      const ids = ((await m.query(`SELECT id FROM batches`)) as { id: string }[]).map((r) => r.id);
      await recomputeOutcomes(m, ids);
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("writes the same breakdowns and counted subpoenas, deriving most batches in SQL", async () => {
    const ds = server.database.dataSource;
    const before = await snapshot(server);
    // Something to overwrite, so the answer cannot come from what was there.
    await ds.query(`DELETE FROM batch_outcomes WHERE batch_id LIKE '%5'`);
    await ds.query(`UPDATE batch_outcomes SET subpoenas = NULL`);
    await ds.query(`UPDATE batches SET counted_subpoenas = 0`);
    const report = await ds.transaction((m) => recomputeAllOutcomes(m));
    expect(await snapshot(server)).toEqual(before);
    expect(report.splitting).toBeGreaterThan(0);
    expect(report.splitting).toBeLessThan(
      generated.filter((b) => b.events.some((e) => e.subpoenasAffected)).length + 20,
    );
    expect(report.setBased).toBeGreaterThan(300);
    // The generated histories do reach the cases that matter: agencies standing apart, and several parts.
    const shapes = (await ds.query(
      `SELECT count(*) FILTER (WHERE outcome = 'MIXED')::int AS mixed,
              count(DISTINCT batch_id) FILTER (WHERE parts > 1)::int AS split
         FROM (SELECT batch_id, outcome, count(*) OVER (PARTITION BY batch_id) AS parts FROM batch_outcomes) t`,
    )) as { mixed: number; split: number }[];
    expect(shapes[0].mixed).toBeGreaterThan(10);
    expect(shapes[0].split).toBeGreaterThan(10);
  });
});
