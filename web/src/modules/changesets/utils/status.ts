import type { ChangesetStatus } from "../../../gql/editor/graphql";

export type ChangesetStage = "drafting" | "in-review" | "published" | "discarded";

/** A draft is "in review" once its authors asked for it; published and discarded changesets are final. */
export function stageOf(changeset: { status: ChangesetStatus; submittedAt?: string | null }): ChangesetStage {
  if (changeset.status === "PUBLISHED") return "published";
  if (changeset.status === "DISCARDED") return "discarded";
  return changeset.submittedAt ? "in-review" : "drafting";
}

export const STAGE_LABELS: Record<ChangesetStage, string> = {
  drafting: "Draft",
  "in-review": "In review",
  published: "Published",
  discarded: "Discarded",
};

/** "29 Nov 2026, 11:42" in the reader's time zone: staff pages show when things happened to the minute. */
export function formatMoment(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
