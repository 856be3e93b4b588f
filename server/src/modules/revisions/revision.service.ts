import type { DataSource } from "typeorm";
import type { FieldValues } from "../../write/field-values";
import { RESOURCE_BY_NAME, type ResourceName } from "../../write/resources";
import type { Queryable } from "../shared/queryable";
import { camelField } from "../changesets/record-type";
import type { RevisionAction } from "./revision.entity";

/**
 * The public history. Revisions are written only when a changeset is published, so everything read here is public
 * by construction: drafts never have revisions.
 */

export interface PublicRevision {
  recordType: ResourceName;
  recordId: string;
  recordVersion: number;
  datasetVersion: number;
  publishedAt: Date;
  action: RevisionAction;
  reason: string | null;
  note: string;
  changes: { field: string; before: string | null; after: string | null }[];
}

interface RevisionRow {
  record_type: ResourceName;
  record_id: string;
  record_version: number;
  dataset_version: number;
  published_at: Date;
  action: RevisionAction;
  reason: string | null;
  note: string;
  before: FieldValues | null;
  after: FieldValues;
}

function fieldChanges(row: RevisionRow): PublicRevision["changes"] {
  const spec = RESOURCE_BY_NAME[row.record_type];
  if (row.action === "withdraw") return [];
  return spec.fields
    .map((f) => ({ field: camelField(f.name), before: row.before?.[f.name] ?? null, after: row.after[f.name] ?? null }))
    .filter((c) => c.before !== c.after);
}

function toRevision(row: RevisionRow): PublicRevision {
  return {
    recordType: row.record_type,
    recordId: row.record_id,
    recordVersion: row.record_version,
    datasetVersion: row.dataset_version,
    publishedAt: row.published_at,
    action: row.action,
    reason: row.reason,
    note: row.note,
    changes: fieldChanges(row),
  };
}

/** A record's published revisions, oldest first; a batch's include its events' (they are part of its page). */
export async function revisionsOf(q: Queryable, recordType: ResourceName, recordId: string): Promise<PublicRevision[]> {
  const rows = await q.query<RevisionRow[]>(
    `SELECT r.record_type, r.record_id, r.record_version, r.dataset_version, c.published_at, r.action, r.reason,
            c.note, r.before, r.after
       FROM revisions r JOIN changesets c ON c.id = r.changeset_id
      WHERE (r.record_type = $1 AND r.record_id = $2) OR ($1 = 'batches' AND r.record_type = 'events' AND r.parent_id = $2)
      ORDER BY r.id`,
    [recordType, recordId],
  );
  return rows.map(toRevision);
}

export interface PublishedChangeset {
  version: number;
  publishedAt: Date;
  note: string;
  kind: string;
  records: { recordType: ResourceName; recordId: string; action: RevisionAction; reason: string | null }[];
  recordCount: number;
}

/** Published changesets, newest first, each with (up to `recordsPerChange` of) the records it touched. */
export async function publishedChanges(
  dataSource: DataSource,
  options: { first: number; before: number | null; recordsPerChange: number },
): Promise<{ nodes: PublishedChangeset[]; totalCount: number }> {
  const changesets: { id: number; dataset_version: number; published_at: Date; note: string; kind: string }[] =
    await dataSource.query(
      `SELECT id, dataset_version, published_at, note, kind FROM changesets
        WHERE status = 'published' AND ($1::int IS NULL OR dataset_version < $1)
        ORDER BY dataset_version DESC LIMIT $2`,
      [options.before, options.first],
    );
  const [{ n }]: { n: number }[] = await dataSource.query(
    `SELECT count(*) AS n FROM changesets WHERE status = 'published'`,
  );
  const ids = changesets.map((c) => c.id);
  const records: {
    changeset_id: number;
    record_type: ResourceName;
    record_id: string;
    action: RevisionAction;
    reason: string | null;
    total: number;
  }[] = await dataSource.query(
    `SELECT changeset_id, record_type, record_id, action, reason, total FROM (
       SELECT changeset_id, record_type, record_id, action, reason,
              row_number() OVER (PARTITION BY changeset_id ORDER BY id) AS n,
              count(*) OVER (PARTITION BY changeset_id) AS total
         FROM revisions WHERE changeset_id = ANY($1) AND record_type <> 'dataset') r
      WHERE n <= $2 ORDER BY changeset_id, n`,
    [ids, options.recordsPerChange],
  );
  return {
    totalCount: n,
    nodes: changesets.map((c) => {
      const own = records.filter((r) => r.changeset_id === c.id);
      return {
        version: c.dataset_version,
        publishedAt: c.published_at,
        note: c.note,
        kind: c.kind,
        records: own.map((r) => ({
          recordType: r.record_type,
          recordId: r.record_id,
          action: r.action,
          reason: r.reason,
        })),
        recordCount: own[0]?.total ?? 0,
      };
    }),
  };
}
