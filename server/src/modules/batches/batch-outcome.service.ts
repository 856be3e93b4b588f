import {
  deriveOutcome,
  findOutcomeInputProblems,
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
export async function deriveByRule(
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
