// What the charts need from a CountBucket, stated structurally so the shaping functions (and their tests, and the
// embeds) do not depend on the generated query types.
import { OUTCOME_LABELS, stateName, type Outcome } from "@subpoena-tracker/domain";

export interface CountBucketLike {
  period?: string | null;
  jurisdiction?: { slug: string; name: string } | null;
  state?: string | null;
  outcome?: Outcome | null;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
}

// The dimensions a chart can split its bars by.
export type SeriesDimension = "jurisdiction" | "state" | "outcome";

export interface SeriesKey {
  key: string;
  label: string;
}

// Buckets the API could not attribute (no jurisdiction on a bucket grouped by jurisdiction) still carry subpoenas;
// they are shown under this key rather than dropped.
export const UNATTRIBUTED_KEY = "__unattributed";
export const UNATTRIBUTED_LABEL = "Not attributed";

export function seriesKeyOf(bucket: CountBucketLike, dimension: SeriesDimension): SeriesKey {
  switch (dimension) {
    case "jurisdiction":
      return bucket.jurisdiction
        ? { key: bucket.jurisdiction.slug, label: bucket.jurisdiction.name }
        : { key: UNATTRIBUTED_KEY, label: UNATTRIBUTED_LABEL };
    case "state":
      return bucket.state
        ? { key: bucket.state, label: stateName(bucket.state) }
        : { key: UNATTRIBUTED_KEY, label: UNATTRIBUTED_LABEL };
    case "outcome":
      return bucket.outcome
        ? { key: bucket.outcome, label: OUTCOME_LABELS[bucket.outcome] }
        : { key: UNATTRIBUTED_KEY, label: UNATTRIBUTED_LABEL };
  }
}

// "22 subpoenas", "1 subpoena": the unit always travels with the number.
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : plural}`;
}

// The caveat every total carries when some batches were of unreported size: never a zero, always said.
export function unreportedNote(unknownCountBatches: number): string | null {
  if (unknownCountBatches <= 0) return null;
  return `plus ${pluralize(unknownCountBatches, "batch", "batches")} of unreported size`;
}

// A share as readers expect it: whole percentages, "<1%" rather than a misleading "0%".
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return "–";
  const share = (part / whole) * 100;
  if (part > 0 && share < 1) return "<1%";
  return `${Math.round(share)}%`;
}
