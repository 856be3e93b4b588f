// A published record's current values and version, read from its public history: each revision lists the fields it
// set ("after"), so folding them in order gives the record as it stands, and the last revision's recordVersion is the
// version a correction starts from. A batch's history carries its events' revisions too.

export interface RevisionFields {
  recordType: string;
  recordId: string;
  recordVersion: number;
  datasetVersion: number;
  action: string;
  changes: readonly { field: string; after: string | null }[];
}

export interface PublishedRecord {
  recordId: string;
  version: number;
  values: Record<string, string | null>;
  withdrawn: boolean;
}

/** The records a history describes, by "TYPE:id", in the order they first appear. */
export function foldRevisions(revisions: readonly RevisionFields[]): Map<string, PublishedRecord> {
  const records = new Map<string, PublishedRecord>();
  const ordered = [...revisions].sort(
    (a, b) => a.datasetVersion - b.datasetVersion || a.recordVersion - b.recordVersion,
  );
  for (const revision of ordered) {
    const key = `${revision.recordType}:${revision.recordId}`;
    const record = records.get(key) ?? { recordId: revision.recordId, version: 0, values: {}, withdrawn: false };
    for (const change of revision.changes) record.values[change.field] = change.after;
    record.version = Math.max(record.version, revision.recordVersion);
    record.withdrawn = revision.action === "WITHDRAW";
    records.set(key, record);
  }
  return records;
}
