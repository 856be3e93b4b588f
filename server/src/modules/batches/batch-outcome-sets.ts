import { OPENING_STATUSES, STATUS_OUTCOME, type EventStatus } from "@subpoena-tracker/domain";
import type { Queryable } from "../shared/queryable";
import { deriveByRule } from "./batch-outcome.service";

/** The statuses the outcome rule applies (rule 2: "issued" and "served" open the history, "appeal_declined" confirms). */
const APPLIED = (Object.entries(STATUS_OUTCOME) as [EventStatus, string | null][]).filter(
  ([status, outcome]) => outcome !== null && !OPENING_STATUSES.includes(status),
);
const APPLIED_LIST = APPLIED.map(([status]) => `'${status}'`).join(", ");
const OUTCOME_OF = (column: string) =>
  `CASE ${column} ${APPLIED.map(([status, outcome]) => `WHEN '${status}' THEN '${outcome}'`).join(" ")} ELSE 'PENDING' END`;
/** The last possible day of a stored partial date (rule 2 orders by it). */
const LAST_DAY = `CASE e.occurred_precision
    WHEN 'year' THEN (date_trunc('year', e.occurred_on) + interval '1 year - 1 day')::date
    WHEN 'month' THEN (date_trunc('month', e.occurred_on) + interval '1 month - 1 day')::date
    ELSE e.occurred_on END`;
/**
 * The batches (of those `inScope` admits) whose history the rule itself must walk: an applied event names a number
 * of subpoenas (it may split a portion), an event names more than the batch holds or an agency the batch was not
 * served on (the rule refuses those). Hash joins over the events, not a probe per event.
 */
const BY_RULE = (inScope: (id: string) => string) => `SELECT DISTINCT e.batch_id AS id
     FROM events e JOIN batches b ON b.id = e.batch_id
     LEFT JOIN batch_agencies ba ON ba.batch_id = e.batch_id AND ba.agency_slug = e.agency_slug
    WHERE ${inScope("e.batch_id")} AND e.withdrawn_at IS NULL AND b.withdrawn_at IS NULL
      AND ((e.subpoenas_affected IS NOT NULL AND (e.status IN (${APPLIED_LIST}) OR e.subpoenas_affected > b.subpoena_count))
           OR (e.agency_slug IS NOT NULL AND ba.batch_id IS NULL))`;

const CHUNK = 5000;

/**
 * Rewrites the derived outcome breakdown (batch_outcomes) and what each batch adds to a total
 * (batches.counted_subpoenas) of every batch, or of the batches whose ids the one-column table `idTable` holds, as
 * recomputeOutcomes does batch by batch, in a few set-based statements: the one implementation behind the importer
 * and the bench loader.
 *
 * Batches whose events never name a number of subpoenas, nor an agency the batch was not served on (nine in ten of
 * a generated package), are derived in SQL: each recipient agency stands where the last applied event concerning it
 * (by last possible day, ties by input order, i.e. event id) put it, PENDING without one; one standing gives the
 * batch's whole count, several make MIXED (rules 3, 4 and 6 with whole moves only). The rest are read in chunks and
 * derived by the domain's own rule (deriveByRule). With `onProblems`, a batch the rule refuses is reported there
 * (batch id, the rule's reasons) and gets no outcome; without it the rule's error is thrown. test/outcome-sets.test.ts
 * checks on random histories that both ways agree. Call it inside the transaction that wrote the events.
 */
export async function deriveOutcomes(
  q: Queryable,
  {
    idTable = null,
    onProblems = null,
    log = () => {},
  }: {
    idTable?: string | null;
    onProblems?: ((batchId: string, problems: string[]) => void) | null;
    log?: (message: string) => void;
  } = {},
): Promise<{ setBased: number; splitting: number }> {
  const inScope = (id: string) => (idTable ? `${id} IN (SELECT id FROM ${idTable})` : "true");
  await q.query(`DELETE FROM batch_outcomes WHERE ${inScope("batch_id")}`);
  await q.query(`DROP TABLE IF EXISTS outcome_by_rule`);
  await q.query(`CREATE TEMP TABLE outcome_by_rule ON COMMIT DROP AS ${BY_RULE(inScope)}`);
  await q.query(`ANALYZE outcome_by_rule`);
  const [{ n: setBased }] = await q.query<{ n: number }[]>(
    `WITH inserted AS (
     INSERT INTO batch_outcomes (batch_id, outcome, subpoenas)
     WITH holders AS (
       SELECT b.id AS batch_id, ba.agency_slug, b.subpoena_count
         FROM batches b
         LEFT JOIN batch_agencies ba ON ba.batch_id = b.id
        WHERE ${inScope("b.id")} AND b.withdrawn_at IS NULL AND NOT EXISTS (SELECT 1 FROM outcome_by_rule r WHERE r.id = b.id)
     ), last_step AS (
       SELECT DISTINCT ON (h.batch_id, h.agency_slug) h.batch_id, h.agency_slug, e.status
         FROM holders h
         JOIN events e ON e.batch_id = h.batch_id AND (e.agency_slug IS NULL OR e.agency_slug = h.agency_slug)
        WHERE e.withdrawn_at IS NULL AND e.status IN (${APPLIED_LIST})
        ORDER BY h.batch_id, h.agency_slug, ${LAST_DAY} DESC, e.id DESC
     ), standing AS (
       SELECT h.batch_id, h.subpoena_count, ${OUTCOME_OF("l.status")} AS outcome
         FROM holders h
         LEFT JOIN last_step l ON l.batch_id = h.batch_id AND l.agency_slug IS NOT DISTINCT FROM h.agency_slug
     )
     SELECT batch_id, CASE WHEN min(outcome) = max(outcome) THEN min(outcome) ELSE 'MIXED' END, min(subpoena_count)
       FROM standing GROUP BY batch_id
     RETURNING 1)
     SELECT count(*)::int AS n FROM inserted`,
  );
  log(`outcomes: ${Number(setBased)} batches derived in SQL`);

  const ids = (await q.query<{ id: string }[]>(`SELECT id FROM outcome_by_rule ORDER BY id`)).map((r) => r.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    await deriveByRule(q, ids.slice(i, i + CHUNK), onProblems);
    const done = Math.min(i + CHUNK, ids.length);
    if (done === ids.length || (done / CHUNK) % 20 === 0) {
      log(`outcomes: ${done} of ${ids.length} batches derived by the rule`);
    }
  }

  // What each batch adds to a total: its count, or without one the sum of its outcomes' known parts (0 without
  // any). Only rows whose figure moves are rewritten: a batch row carries many indexes. The outcomes are summed only
  // for the batches of unknown count (one in twenty of a generated package): an aggregate over every batch and its
  // outcomes cost 4.4 s at 1M batches, most of the step.
  await q.query(
    `UPDATE batches b SET counted_subpoenas = b.subpoena_count
      WHERE ${inScope("b.id")} AND b.subpoena_count IS NOT NULL AND b.counted_subpoenas <> b.subpoena_count`,
  );
  await q.query(
    `UPDATE batches b SET counted_subpoenas = t.counted
       FROM (SELECT b2.id, coalesce(sum(bo.subpoenas), 0)::int AS counted
               FROM batches b2 LEFT JOIN batch_outcomes bo ON bo.batch_id = b2.id
              WHERE ${inScope("b2.id")} AND b2.subpoena_count IS NULL GROUP BY b2.id) t
      WHERE t.id = b.id AND b.counted_subpoenas <> t.counted`,
  );
  return { setBased: Number(setBased), splitting: ids.length };
}

/** Every batch's outcomes, from trusted input (the bench loader; the rule's error is thrown). */
export function recomputeAllOutcomes(
  q: Queryable,
  log: (message: string) => void = () => {},
): Promise<{ setBased: number; splitting: number }> {
  return deriveOutcomes(q, { log });
}
