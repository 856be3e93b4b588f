import {
  deriveOutcome,
  OPENING_STATUSES,
  STATUS_OUTCOME,
  trimToPrecision,
  type EventStatus,
} from "@subpoena-tracker/domain";

/** Runs one statement and answers its rows (a TypeORM EntityManager's `query`, or a pg client's rows). */
export type RunSql = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

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
/** Events that move a known number of subpoenas: the only ones that split a portion (rule 5). */
const SPLITS = (batch: string) => `EXISTS (SELECT 1 FROM events e WHERE e.batch_id = ${batch} AND e.withdrawn_at IS NULL
    AND e.subpoenas_affected IS NOT NULL AND e.status IN (${APPLIED_LIST}))`;

/**
 * Rewrites every batch's derived outcome breakdown (batch_outcomes) and what it adds to a total
 * (batches.counted_subpoenas), as recomputeOutcomes does batch by batch, in a few set-based statements.
 *
 * Batches whose applied events never name a number of subpoenas (nine in ten of a generated package) are derived in
 * SQL: each recipient agency stands where the last event concerning it (by last possible day, ties by input order,
 * i.e. event id) put it, PENDING without one; one standing gives the batch's whole count, several make MIXED
 * (rules 3, 4 and 6 with whole moves only). Batches with an event that moves n subpoenas split portions, which is
 * sequential, so they are read in chunks and derived by the domain's own deriveOutcome. Input is trusted: the
 * importer has checked it with findOutcomeInputProblems. Call it inside the transaction that wrote the events.
 */
export async function recomputeAllOutcomes(
  run: RunSql,
  log: (message: string) => void = () => {},
): Promise<{ setBased: number; splitting: number }> {
  await run(`DELETE FROM batch_outcomes`);
  const [{ n: setBased }] = await run(
    `WITH inserted AS (
     INSERT INTO batch_outcomes (batch_id, outcome, subpoenas)
     WITH holders AS (
       SELECT b.id AS batch_id, ba.agency_slug, b.subpoena_count
         FROM batches b
         LEFT JOIN (SELECT DISTINCT batch_id, agency_slug FROM batch_agencies) ba ON ba.batch_id = b.id
        WHERE b.withdrawn_at IS NULL AND NOT ${SPLITS("b.id")}
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
  log(`derived the outcomes of ${Number(setBased)} batches in SQL`);

  const ids = (
    await run(`SELECT b.id FROM batches b WHERE b.withdrawn_at IS NULL AND ${SPLITS("b.id")} ORDER BY b.id`)
  ).map((r) => r.id as string);
  const CHUNK = 10_000;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await run(
      `SELECT b.id, b.subpoena_count,
              coalesce((SELECT array_agg(agency_slug ORDER BY position) FROM batch_agencies WHERE batch_id = b.id),
                       '{}') AS agencies,
              (SELECT json_agg(json_build_object('on', e.occurred_on::text, 'precision', e.occurred_precision,
                                                 'status', e.status, 'agency', e.agency_slug,
                                                 'affected', e.subpoenas_affected, 'courtCase', e.court_case_slug)
                               ORDER BY e.id)
                 FROM events e WHERE e.batch_id = b.id AND e.withdrawn_at IS NULL) AS events
         FROM batches b WHERE b.id = ANY($1)`,
      [ids.slice(i, i + CHUNK)],
    );
    const parts: [string, string, number | null][] = [];
    for (const row of rows) {
      type Stored = {
        on: string;
        precision: "year" | "month" | "day";
        status: EventStatus;
        agency: string | null;
        affected: number | null;
        courtCase: string | null;
      };
      const events = (typeof row.events === "string" ? JSON.parse(row.events) : (row.events ?? [])) as Stored[];
      const derived = deriveOutcome({
        subpoenaCount: row.subpoena_count === null ? null : Number(row.subpoena_count),
        recipientAgencySlugs: row.agencies as string[],
        events: events.map((e) => ({
          date: trimToPrecision(e.on, e.precision),
          status: e.status,
          agencySlug: e.agency,
          subpoenasAffected: e.affected,
          courtCaseSlug: e.courtCase,
        })),
      });
      for (const part of derived) parts.push([row.id as string, part.outcome, part.subpoenas]);
    }
    await run(
      `INSERT INTO batch_outcomes (batch_id, outcome, subpoenas)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
      [parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])],
    );
  }
  log(`derived the outcomes of ${ids.length} batches whose events split counts with the domain rule`);

  // Only rows whose figure changes are written, so a fresh load that wrote coalesce(subpoena_count, 0) touches few.
  await run(
    `UPDATE batches b SET counted_subpoenas = t.counted
       FROM (SELECT b2.id, coalesce(b2.subpoena_count, sum(bo.subpoenas), 0)::int AS counted
               FROM batches b2 LEFT JOIN batch_outcomes bo ON bo.batch_id = b2.id
              GROUP BY b2.id) t
      WHERE t.id = b.id AND b.counted_subpoenas <> t.counted`,
  );
  log("updated counted subpoenas");
  return { setBased: Number(setBased), splitting: ids.length };
}
