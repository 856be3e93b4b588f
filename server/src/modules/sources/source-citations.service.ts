import { groupInKeyOrder, type Queryable } from "../shared/queryable";

/** What cites a source: a batch, one step of a batch's history, a court case or a policy. */
export type CitingKind = "batch" | "event" | "court_case" | "policy";

export interface SourceCitationRecord {
  sourceId: string;
  kind: CitingKind;
  /** The batch cited by, or whose history holds the event. */
  batchId: string | null;
  eventId: string | null;
  courtCaseSlug: string | null;
  policySlug: string | null;
}

/**
 * Every fact citing each source, in one statement: batches (oldest first), then their events, court cases and
 * policies, each in the order they were added.
 */
export async function citationsOfSources(
  q: Queryable,
  sourceIds: readonly string[],
): Promise<SourceCitationRecord[][]> {
  const rows = await q.query<
    {
      source_id: string;
      kind: CitingKind;
      batch_id: string | null;
      event_id: number | null;
      court_case_slug: string | null;
      policy_slug: string | null;
    }[]
  >(
    `SELECT * FROM (
        SELECT l.source_id, 'batch' AS kind, l.batch_id, NULL::int AS event_id, NULL AS court_case_slug,
               NULL AS policy_slug, 0 AS rank, b.issued_on AS sort_date, b.ordinal AS sort_ordinal
          FROM batch_sources l JOIN batches b ON b.id = l.batch_id WHERE l.source_id = ANY($1)
        UNION ALL
        SELECT l.source_id, 'event', e.batch_id, e.id, NULL, NULL, 1, e.occurred_on, e.id
          FROM event_sources l JOIN events e ON e.id = l.event_id WHERE l.source_id = ANY($1)
        UNION ALL
        SELECT l.source_id, 'court_case', NULL, NULL, c.slug, NULL, 2, c.filed_on, c.ordinal
          FROM court_case_sources l JOIN court_cases c ON c.slug = l.court_case_slug WHERE l.source_id = ANY($1)
        UNION ALL
        SELECT l.source_id, 'policy', NULL, NULL, NULL, p.slug, 3, p.enacted_on, p.ordinal
          FROM policy_sources l JOIN policies p ON p.slug = l.policy_slug WHERE l.source_id = ANY($1)
      ) c ORDER BY c.source_id, c.rank, c.sort_date NULLS LAST, c.sort_ordinal`,
    [sourceIds],
  );
  return groupInKeyOrder(
    sourceIds,
    rows.map((r) => ({
      sourceId: r.source_id,
      kind: r.kind,
      batchId: r.batch_id,
      eventId: r.event_id === null ? null : String(r.event_id),
      courtCaseSlug: r.court_case_slug,
      policySlug: r.policy_slug,
    })),
    (c) => c.sourceId,
  );
}
