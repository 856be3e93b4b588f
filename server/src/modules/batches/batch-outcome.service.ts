import {
  deriveOutcome,
  findOutcomeInputProblems,
  OPENING_STATUSES,
  STATUS_OUTCOME,
  trimToPrecision,
  type EventStatus,
  type OutcomeEventInput,
} from "@subpoena-tracker/domain";
import type { Queryable } from "../shared/queryable";
import { groupBy } from "../../util/group-by";

/**
 * Rewrites the derived outcome breakdown of the given batches from their events, by the domain's outcome rule, and
 * what each batch adds to a total (batches.counted_subpoenas: its count, or when unknown the subpoenas its events
 * report). Runs three reads and three writes whatever the number of batches.
 */
export async function recomputeOutcomes(manager: Queryable, batchIds: string[]): Promise<void> {
  if (batchIds.length === 0) return;
  await manager.query(`DELETE FROM batch_outcomes WHERE batch_id = ANY($1)`, [batchIds]);
  await deriveByRule(manager, batchIds, null);
  await manager.query(
    `UPDATE batches b SET counted_subpoenas = coalesce(b.subpoena_count,
       (SELECT sum(bo.subpoenas) FROM batch_outcomes bo WHERE bo.batch_id = b.id), 0)
      WHERE b.id = ANY($1)`,
    [batchIds],
  );
}

/**
 * Derives the batches' outcomes by the rule in TypeScript and inserts them (their old ones must be gone). With
 * `onProblems`, a batch the rule refuses is reported there and skipped; without it, the rule's error is thrown.
 */
async function deriveByRule(
  q: Queryable,
  batchIds: string[],
  onProblems: ((batchId: string, problems: string[]) => void) | null,
): Promise<void> {
  const batches: { id: string; subpoena_count: number | null }[] = await q.query(
    `SELECT id, subpoena_count FROM batches WHERE id = ANY($1) AND withdrawn_at IS NULL`,
    [batchIds],
  );
  const agencies: { batch_id: string; agency_slug: string }[] = await q.query(
    `SELECT batch_id, agency_slug FROM batch_agencies WHERE batch_id = ANY($1) ORDER BY batch_id, position`,
    [batchIds],
  );
  const events = await loadOutcomeEvents(q, batchIds);
  const agenciesOf = groupBy(agencies, (a) => a.batch_id);
  const eventsOf = groupBy(events, (e) => e.batchId);
  const rows: [string, string, number | null][] = [];
  for (const batch of batches) {
    const input = {
      subpoenaCount: batch.subpoena_count,
      recipientAgencySlugs: (agenciesOf.get(batch.id) ?? []).map((a) => a.agency_slug),
      events: eventsOf.get(batch.id) ?? [],
    };
    if (onProblems) {
      const problems = findOutcomeInputProblems(input);
      if (problems.length > 0) {
        onProblems(batch.id, problems);
        continue;
      }
    }
    for (const part of deriveOutcome(input)) rows.push([batch.id, part.outcome, part.subpoenas]);
  }
  if (rows.length > 0) {
    await q.query(
      `INSERT INTO batch_outcomes (batch_id, outcome, subpoenas)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
  }
}

/** The outcome an event moves subpoenas to, as SQL over events `e`: NULL for statuses that change nothing. */
const EVENT_OUTCOME_SQL = `CASE e.status ${Object.entries(STATUS_OUTCOME)
  .filter(([status, outcome]) => outcome !== null && !OPENING_STATUSES.includes(status as EventStatus))
  .map(([status, outcome]) => `WHEN '${status}' THEN '${outcome}'`)
  .join(" ")} END`;

/** The last possible day of an event's partial date: the rule orders events by it, ties by the order added. */
const EVENT_END_SQL = `CASE e.occurred_precision WHEN 'day' THEN e.occurred_on
  WHEN 'month' THEN (e.occurred_on + interval '1 month' - interval '1 day')::date
  ELSE (e.occurred_on + interval '1 year' - interval '1 day')::date END`;

/**
 * Rewrites the outcomes of the batches whose ids the one-column table `idTable` holds, for bulk imports, in a few
 * statements whatever their number. Most batches have a history the rule resolves without splitting any portion:
 * every event concerns all of the batch's subpoenas (no subpoenas_affected) and either names no agency or names the
 * batch's only one. Their whole count takes the outcome of the last event that sets one (PENDING when none does), and
 * SQL derives it set-based. The rest go through the rule itself (deriveOutcome), in chunks of CHUNK batches, so the
 * rule has one definition; test/import-guarantees.test.ts checks on generated data that both ways agree.
 * A batch the rule refuses is reported to `onProblems` (batch id, the rule's reasons) and gets no outcome.
 */
export async function deriveOutcomesOfTable(
  q: Queryable,
  idTable: string,
  onProblems: (batchId: string, problems: string[]) => void,
  onProgress: (message: string) => void = () => {},
): Promise<void> {
  const CHUNK = 5000;
  await q.query(`DELETE FROM batch_outcomes WHERE batch_id IN (SELECT id FROM ${idTable})`);
  await q.query(`DROP TABLE IF EXISTS outcome_plan`);
  await q.query(
    `CREATE TEMP TABLE outcome_plan ON COMMIT DROP AS
     SELECT b.id, b.subpoena_count, coalesce(ev.simple, true) AS simple, ev.last_outcome
       FROM ${idTable} t JOIN batches b ON b.id = t.id AND b.withdrawn_at IS NULL
       LEFT JOIN (
         SELECT e.batch_id,
                bool_and(coalesce(e.subpoenas_affected IS NULL AND (e.agency_slug IS NULL OR e.agency_slug = ra.only_agency), false)) AS simple,
                (array_agg(${EVENT_OUTCOME_SQL} ORDER BY ${EVENT_END_SQL} DESC, e.id DESC)
                   FILTER (WHERE ${EVENT_OUTCOME_SQL} IS NOT NULL))[1] AS last_outcome
           FROM events e
           JOIN ${idTable} t2 ON t2.id = e.batch_id
           LEFT JOIN (SELECT ba.batch_id, CASE WHEN count(*) = 1 THEN min(ba.agency_slug) END AS only_agency
                        FROM batch_agencies ba JOIN ${idTable} t3 ON t3.id = ba.batch_id GROUP BY ba.batch_id) ra
             ON ra.batch_id = e.batch_id
          WHERE e.withdrawn_at IS NULL
          GROUP BY e.batch_id) ev ON ev.batch_id = b.id`,
  );
  await q.query(
    `INSERT INTO batch_outcomes (batch_id, outcome, subpoenas)
     SELECT id, coalesce(last_outcome, 'PENDING'), subpoena_count FROM outcome_plan WHERE simple`,
  );
  const [{ n }]: { n: number }[] = await q.query(`SELECT count(*)::int AS n FROM outcome_plan WHERE NOT simple`);
  let after = "";
  let done = 0;
  while (done < n) {
    const ids: { id: string }[] = await q.query(
      `SELECT id FROM outcome_plan WHERE NOT simple AND id > $1 ORDER BY id LIMIT ${CHUNK}`,
      [after],
    );
    if (ids.length === 0) break;
    await deriveByRule(
      q,
      ids.map((r) => r.id),
      onProblems,
    );
    after = ids[ids.length - 1].id;
    done += ids.length;
    if (done === n || (done / CHUNK) % 20 === 0) onProgress(`outcomes: ${done} of ${n} batches derived by the rule`);
  }
  // Only rows whose figure moves are rewritten: a batch row carries many indexes.
  await q.query(
    `UPDATE batches b SET counted_subpoenas = o.counted
       FROM (SELECT p.id, coalesce(p.subpoena_count, sum(bo.subpoenas), 0) AS counted FROM outcome_plan p
               LEFT JOIN batch_outcomes bo ON bo.batch_id = p.id GROUP BY p.id, p.subpoena_count) o
      WHERE b.id = o.id AND b.counted_subpoenas <> o.counted`,
  );
}

export type StoredOutcomeEvent = OutcomeEventInput & { id: number; batchId: string; naturalKey: string };

/** The stored events of these batches as the outcome rule reads them, in the order they were added. */
export async function loadOutcomeEvents(manager: Queryable, batchIds: string[]): Promise<StoredOutcomeEvent[]> {
  const rows: {
    id: number;
    batch_id: string;
    natural_key: string;
    occurred_on: string;
    occurred_precision: "year" | "month" | "day";
    status: EventStatus;
    agency_slug: string | null;
    subpoenas_affected: number | null;
    court_case_slug: string | null;
  }[] = await manager.query(
    `SELECT id, batch_id, natural_key, occurred_on, occurred_precision, status, agency_slug, subpoenas_affected,
            court_case_slug
       FROM events WHERE batch_id = ANY($1) AND withdrawn_at IS NULL ORDER BY batch_id, id`,
    [batchIds],
  );
  return rows.map((e) => ({
    id: e.id,
    batchId: e.batch_id,
    naturalKey: e.natural_key,
    date: trimToPrecision(e.occurred_on, e.occurred_precision),
    status: e.status,
    agencySlug: e.agency_slug,
    subpoenasAffected: e.subpoenas_affected,
    courtCaseSlug: e.court_case_slug,
  }));
}
