// The headline figures from two count queries: the total, the outcome split, and the places with batches.
import { formatRange, spanOf, type CountBucketLike } from "@subpoena-tracker/charts";
import { toOutcomeSeries, type OutcomeBar } from "../../outcomes/utils/toSeries";

export interface HeadlineFigures {
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  jurisdictions: number;
  outcomes: OutcomeBar[];
  /** The time frame the figures cover ("Jan to Mar 2020"), or null when nothing matches and no dates were asked. */
  frame: string | null;
}

export interface HeadlineInput {
  total: { subpoenas: number; batches: number; unknownCountBatches: number };
  byOutcome: CountBucketLike[];
  /**
   * Counts by place folded to the top one (`top: 1`): its bucket, the "other" bucket, and how many places that one
   * stands for. The places with batches are the named ones plus those others.
   */
  byJurisdiction: {
    buckets: { jurisdiction?: { slug: string } | null; batches: number }[];
    otherSeries: number;
  };
  /** Counts by month (year-only dates in their year), for the time frame. */
  byPeriod?: CountBucketLike[];
  /** The date filter, whose bounds are the frame when given. */
  filter?: { from?: string | null; to?: string | null };
}

export function toHeadline(input: HeadlineInput): HeadlineFigures {
  const named = new Set(
    input.byJurisdiction.buckets
      .filter((bucket) => bucket.batches > 0 && bucket.jurisdiction)
      .map((bucket) => bucket.jurisdiction?.slug),
  );
  return {
    subpoenas: input.total.subpoenas,
    batches: input.total.batches,
    unknownCountBatches: input.total.unknownCountBatches,
    jurisdictions: named.size + input.byJurisdiction.otherSeries,
    // Biggest share first: the headline answers "what happened to most of them".
    outcomes: [...toOutcomeSeries(input.byOutcome).bars].sort((a, b) => b.subpoenas - a.subpoenas),
    frame: frameOf(input),
  };
}

function frameOf(input: HeadlineInput): string | null {
  const span = spanOf(input.byPeriod ?? [], input.filter ?? {});
  return span ? formatRange(span, "short") : null;
}

// One sentence for screen readers, announced when the filters change the figures.
export function describeHeadline(figures: HeadlineFigures): string {
  if (figures.batches === 0) return "No batches match these filters.";
  const unknown =
    figures.unknownCountBatches > 0
      ? `, plus ${figures.unknownCountBatches} batch${figures.unknownCountBatches === 1 ? "" : "es"} of unreported size`
      : "";
  const frame = figures.frame ? `${figures.frame}: ` : "";
  return `${frame}${figures.subpoenas} subpoena${figures.subpoenas === 1 ? "" : "s"}${unknown}, in ${figures.batches} batch${figures.batches === 1 ? "" : "es"}, across ${figures.jurisdictions} jurisdiction${figures.jurisdictions === 1 ? "" : "s"}.`;
}
