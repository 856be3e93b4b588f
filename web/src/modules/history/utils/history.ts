import type { RecordType, RevisionAction } from "../../../gql/graphql";

// How a record's published history reads: newest first, each entry saying what happened in words.

export interface RevisionLike {
  recordType: RecordType;
  recordId: string;
  datasetVersion: number;
  recordVersion: number;
  publishedAt: string;
  action: RevisionAction;
  reason: string | null;
  note: string;
}

const ACTION_WORDS: Record<RevisionAction, string> = {
  CREATE: "added",
  UPDATE: "corrected",
  WITHDRAW: "withdrawn",
};

const NOUNS: Record<RecordType, string> = {
  BATCH: "Batch",
  EVENT: "Event",
  SOURCE: "Source",
  JURISDICTION: "Jurisdiction",
  AGENCY: "Agency",
  POLICY: "Policy",
  COURT_CASE: "Court case",
};

/** "Added", "Corrected", "Withdrawn" for the record itself; "Event added" for a batch's event. */
export function describeRevision(revision: RevisionLike, subject: { type: RecordType; id: string }): string {
  const words = ACTION_WORDS[revision.action];
  if (revision.recordType === subject.type && revision.recordId === subject.id) {
    return words[0].toUpperCase() + words.slice(1);
  }
  return `${NOUNS[revision.recordType]} ${words}`;
}

/** The withdrawal of the record itself, if it is the last thing that happened to it. */
export function withdrawalOf<T extends RevisionLike>(
  revisions: readonly T[],
  subject: { type: RecordType; id: string },
): T | null {
  const own = revisions.filter((r) => r.recordType === subject.type && r.recordId === subject.id);
  const last = own[own.length - 1];
  return last && last.action === "WITHDRAW" ? last : null;
}

/** Newest first, as a reader scans a history; the API gives it oldest first. */
export function newestFirst<T extends RevisionLike>(revisions: readonly T[]): T[] {
  return [...revisions].sort(
    (a, b) => b.datasetVersion - a.datasetVersion || b.publishedAt.localeCompare(a.publishedAt),
  );
}

export interface VersionGroup<T extends RevisionLike> {
  datasetVersion: number;
  publishedAt: string;
  note: string;
  /** What happened, in words, counted: ["Added", "2 events added"]. */
  summary: string[];
  /** The reasons given, once each. */
  reasons: string[];
  revisions: T[];
}

/**
 * One entry per dataset version, newest first: a batch published with its events reads "Added, 2 events added"
 * rather than three lines with the same note.
 */
export function groupByVersion<T extends RevisionLike>(
  revisions: readonly T[],
  subject: { type: RecordType; id: string },
): VersionGroup<T>[] {
  const groups = new Map<number, VersionGroup<T>>();
  for (const revision of newestFirst(revisions)) {
    let group = groups.get(revision.datasetVersion);
    if (!group) {
      group = {
        datasetVersion: revision.datasetVersion,
        publishedAt: revision.publishedAt,
        note: revision.note,
        summary: [],
        reasons: [],
        revisions: [],
      };
      groups.set(revision.datasetVersion, group);
    }
    group.revisions.push(revision);
    if (revision.reason && revision.action !== "CREATE" && !group.reasons.includes(revision.reason)) {
      group.reasons.push(revision.reason);
    }
  }
  for (const group of groups.values()) {
    const counts = new Map<string, number>();
    // The record's own change first, then its events' and others'.
    const ordered = [...group.revisions].sort(
      (a, b) => Number(b.recordType === subject.type) - Number(a.recordType === subject.type),
    );
    for (const revision of ordered) {
      const words = describeRevision(revision, subject);
      counts.set(words, (counts.get(words) ?? 0) + 1);
    }
    group.summary = [...counts].map(([words, count]) => (count === 1 ? words : pluralWords(words, count)));
  }
  return [...groups.values()];
}

function pluralWords(words: string, count: number): string {
  // "Event added" x2 -> "2 events added"; "Added" x2 (the record itself twice in one version) stays "Added".
  const match = /^Event (\w+)$/.exec(words);
  return match ? `${count} events ${match[1]}` : words;
}
