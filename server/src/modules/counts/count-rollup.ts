import type { Queryable } from "../shared/queryable";

/**
 * Keeping the count rollups (migration CountRollups) right. Whatever changes batches, their agencies, events or
 * outcomes takes the batches' contributions out before the change and puts them back after it, in the same
 * transaction: `withRollups(manager, batchIds, write)`. A contribution is computed from the stored rows, so the
 * rollups always equal what the base tables say.
 */
export async function withRollups<T>(q: Queryable, batchIds: readonly string[], write: () => Promise<T>): Promise<T> {
  const ids = [...new Set(batchIds)];
  await adjustRollups(q, ids, -1);
  const result = await write();
  await adjustRollups(q, ids, 1);
  return result;
}

/** The rollup key of a batch `b`: its month (a year-only date keeps its year) and place and issuing component. */
const KEY = `date_trunc('month', b.issued_on)::date, CASE WHEN b.issued_precision = 'year' THEN 'year' ELSE 'month' END,
             b.jurisdiction_slug, b.issuing_component`;
const COLUMNS = `issued_on, issued_precision, jurisdiction_slug, issuing_component`;
const CONFLICT = `issued_on, issued_precision, jurisdiction_slug, (coalesce(issuing_component, ''))`;
const ADD = `batches = r.batches + excluded.batches, subpoenas = r.subpoenas + excluded.subpoenas,
             unknown_batches = r.unknown_batches + excluded.unknown_batches,
             inexact_batches = r.inexact_batches + excluded.inexact_batches`;
const INEXACT = `b.count_precision IN ('approximate', 'at_least')`;

/** Adds (sign 1) or takes out (sign -1) what the given batches, as stored now, contribute to the rollups. */
export async function adjustRollups(q: Queryable, batchIds: readonly string[], sign: 1 | -1): Promise<void> {
  if (batchIds.length === 0) return;
  await adjustRollupsWhere(q, `b.id = ANY($1)`, [batchIds], sign);
}

/**
 * The same for the batches whose ids a one-column table holds (a bulk import's temporary table of touched batches:
 * a million ids are better joined than sent as an array).
 */
export async function adjustRollupsOfTable(q: Queryable, idTable: string, sign: 1 | -1): Promise<void> {
  await adjustRollupsWhere(q, `b.id IN (SELECT id FROM ${idTable})`, [], sign);
}

async function adjustRollupsWhere(q: Queryable, which: string, params: unknown[], sign: 1 | -1): Promise<void> {
  const s = `$${params.length + 1}::int`;
  await q.query(
    `INSERT INTO count_rollup_batches AS r (${COLUMNS}, batches, subpoenas, unknown_batches, inexact_batches)
     SELECT ${KEY}, ${s} * count(*), ${s} * sum(b.counted_subpoenas), ${s} * count(*) FILTER (WHERE b.subpoena_count IS NULL),
            ${s} * count(*) FILTER (WHERE ${INEXACT})
       FROM batches b WHERE ${which} AND b.withdrawn_at IS NULL GROUP BY 1, 2, 3, 4
     ON CONFLICT (${CONFLICT}) DO UPDATE SET ${ADD}`,
    [...params, sign],
  );
  await q.query(
    `INSERT INTO count_rollup_parts AS r (${COLUMNS}, outcome, batches, subpoenas, unknown_batches, inexact_batches)
     SELECT ${KEY}, bo.outcome, ${s} * count(*), ${s} * coalesce(sum(bo.subpoenas), 0),
            ${s} * count(*) FILTER (WHERE bo.subpoenas IS NULL), ${s} * count(*) FILTER (WHERE ${INEXACT})
       FROM batches b JOIN batch_outcomes bo ON bo.batch_id = b.id WHERE ${which} AND b.withdrawn_at IS NULL GROUP BY 1, 2, 3, 4, 5
     ON CONFLICT (outcome, ${CONFLICT}) DO UPDATE SET ${ADD}`,
    [...params, sign],
  );
}

/** Rebuilds both rollups from the base tables (for checks and repairs; the write path keeps them by itself). */
export async function rebuildRollups(q: Queryable): Promise<void> {
  await q.query(`DELETE FROM count_rollup_batches`);
  await q.query(`DELETE FROM count_rollup_parts`);
  await q.query(
    `INSERT INTO count_rollup_batches (${COLUMNS}, batches, subpoenas, unknown_batches, inexact_batches)
     SELECT ${KEY}, count(*), sum(b.counted_subpoenas), count(*) FILTER (WHERE b.subpoena_count IS NULL),
            count(*) FILTER (WHERE ${INEXACT})
       FROM batches b WHERE b.withdrawn_at IS NULL GROUP BY 1, 2, 3, 4`,
  );
  await q.query(
    `INSERT INTO count_rollup_parts (${COLUMNS}, outcome, batches, subpoenas, unknown_batches, inexact_batches)
     SELECT ${KEY}, bo.outcome, count(*), coalesce(sum(bo.subpoenas), 0), count(*) FILTER (WHERE bo.subpoenas IS NULL),
            count(*) FILTER (WHERE ${INEXACT})
       FROM batches b JOIN batch_outcomes bo ON bo.batch_id = b.id WHERE b.withdrawn_at IS NULL GROUP BY 1, 2, 3, 4, 5`,
  );
}
