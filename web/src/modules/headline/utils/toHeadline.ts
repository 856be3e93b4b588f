// The headline figures from two count queries: the total, the outcome split, and the places with batches.
import type { CountBucketLike } from "@subpoena-tracker/charts";
import { toOutcomeSeries, type OutcomeBar } from "../../outcomes/utils/toSeries";

export interface HeadlineFigures {
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  jurisdictions: number;
  outcomes: OutcomeBar[];
}

export interface HeadlineInput {
  total: { subpoenas: number; batches: number; unknownCountBatches: number };
  byOutcome: CountBucketLike[];
  byJurisdiction: { jurisdiction?: { slug: string } | null; batches: number }[];
}

export function toHeadline(input: HeadlineInput): HeadlineFigures {
  const places = new Set(
    input.byJurisdiction
      .filter((bucket) => bucket.batches > 0 && bucket.jurisdiction)
      .map((bucket) => bucket.jurisdiction?.slug),
  );
  return {
    subpoenas: input.total.subpoenas,
    batches: input.total.batches,
    unknownCountBatches: input.total.unknownCountBatches,
    jurisdictions: places.size,
    // Biggest share first: the headline answers "what happened to most of them".
    outcomes: [...toOutcomeSeries(input.byOutcome).bars].sort((a, b) => b.subpoenas - a.subpoenas),
  };
}

// One sentence for screen readers, announced when the filters change the figures.
export function describeHeadline(figures: HeadlineFigures): string {
  if (figures.batches === 0) return "No batches match these filters.";
  const unknown =
    figures.unknownCountBatches > 0
      ? `, plus ${figures.unknownCountBatches} batch${figures.unknownCountBatches === 1 ? "" : "es"} of unreported size`
      : "";
  return `${figures.subpoenas} subpoena${figures.subpoenas === 1 ? "" : "s"}${unknown}, in ${figures.batches} batch${figures.batches === 1 ? "" : "es"}, across ${figures.jurisdictions} jurisdiction${figures.jurisdictions === 1 ? "" : "s"}.`;
}
