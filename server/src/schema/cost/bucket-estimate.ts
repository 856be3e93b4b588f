import { AGENCY_KINDS, ISSUING_COMPONENTS, OFFENSE_CATEGORIES, OUTCOMES } from "@subpoena-tracker/domain";
import { GraphQLError } from "graphql";
import { CountDimension, Interval } from "../../modules/counts/counts.types";
import type { DatasetSizes } from "./dataset-sizes";

/** What the estimate needs of a counts request (GraphQL arguments or the twins' parameters). */
export interface BucketQuestion {
  groupBy: readonly CountDimension[];
  interval: Interval;
  issuedFrom: string | null;
  issuedTo: string | null;
  states: readonly string[] | null;
  outcomes: readonly string[] | null;
  agencyKinds: readonly string[] | null;
  issuingComponents: readonly string[] | null;
  offenseCategories: readonly string[] | null;
  /** The `top` argument: at most this many series beside PERIOD, plus one "other". */
  top?: number | null;
}

export interface BucketEstimate {
  /** The most buckets the answer can hold. */
  buckets: number;
  /** How that bound was reached, e.g. "84 months × 6 outcomes", for the refusal's message. */
  reasoning: string;
}

const PERIODS_PER_YEAR: Record<Interval, number> = { [Interval.MONTH]: 12, [Interval.QUARTER]: 4, [Interval.YEAR]: 1 };
const PERIOD_WORDS: Record<Interval, string> = {
  [Interval.MONTH]: "months",
  [Interval.QUARTER]: "quarters",
  [Interval.YEAR]: "years",
};

const yearOf = (date: string | null) => (date === null ? null : Number(date.slice(0, 4)));

/**
 * An upper bound on the buckets a counts request returns, before it runs: the product, over the dimensions grouped
 * by, of how many values each can take here (periods in the range, jurisdictions and states that have batches, the
 * enum values the filter allows). Coarse periods (a year among months) are counted too.
 */
export function estimateBuckets(question: BucketQuestion, sizes: DatasetSizes): BucketEstimate {
  const allowed = (filter: readonly string[] | null, all: readonly string[]) =>
    filter && filter.length > 0 ? Math.min(new Set(filter).size, all.length) : all.length;
  const sizeOf = (dimension: CountDimension): [number, string] => {
    switch (dimension) {
      case CountDimension.PERIOD: {
        const first = yearOf(question.issuedFrom) ?? sizes.firstYear;
        const last = yearOf(question.issuedTo) ?? sizes.lastYear;
        const years = first === null || last === null ? 0 : Math.max(0, last - first + 1);
        const coarse = question.interval === Interval.YEAR ? 0 : years;
        return [years * PERIODS_PER_YEAR[question.interval] + coarse, PERIOD_WORDS[question.interval]];
      }
      case CountDimension.JURISDICTION:
        return [sizes.jurisdictionsWithBatches, "jurisdictions"];
      case CountDimension.STATE:
        return [question.states?.length ? new Set(question.states).size : sizes.statesWithBatches, "states"];
      case CountDimension.OUTCOME:
        return [allowed(question.outcomes, OUTCOMES), "outcomes"];
      case CountDimension.AGENCY_KIND:
        return [allowed(question.agencyKinds, AGENCY_KINDS), "agency kinds"];
      case CountDimension.ISSUING_COMPONENT:
        return [allowed(question.issuingComponents, ISSUING_COMPONENTS), "issuing components"];
      case CountDimension.OFFENSE_CATEGORY:
        return [allowed(question.offenseCategories, OFFENSE_CATEGORIES), "offense categories"];
    }
  };
  const top = question.top ?? null;
  const parts: string[] = [];
  let buckets = 1;
  // With `top`, the dimensions beside PERIOD give at most top + 1 series (the top ones and "other"), however many
  // values they could take.
  let series = 1;
  let seriesDims = 0;
  for (const dimension of question.groupBy) {
    const [count, words] = sizeOf(dimension);
    if (top !== null && dimension !== CountDimension.PERIOD) {
      series *= count;
      seriesDims += 1;
      continue;
    }
    buckets *= count;
    parts.push(`${count} ${words}`);
  }
  if (top !== null && seriesDims > 0) {
    const count = Math.min(series, top + 1);
    buckets *= count;
    parts.push(`${count} series (the top ${top} and "other")`);
  }
  return { buckets, reasoning: parts.length > 0 ? parts.join(" × ") : "the total only" };
}

/** Refuses a counts request whose answer could exceed the cap, saying how big it could be and how to narrow it. */
export function checkBuckets(estimate: BucketEstimate, maxBuckets: number, argument = "groupBy"): void {
  if (estimate.buckets <= maxBuckets) return;
  throw new GraphQLError(
    `These counts could hold up to ${estimate.buckets} buckets (${estimate.reasoning}); one answer holds at most ${maxBuckets}. Narrow it: group by fewer dimensions, use a shorter date range (from/to, issuedFrom/issuedTo) or a longer interval (QUARTER or YEAR), or filter the values (states, outcomes, ...).`,
    {
      extensions: {
        code: "BUCKET_LIMIT_EXCEEDED",
        argument,
        buckets: estimate.buckets,
        limit: maxBuckets,
        // Refused before it runs: a request error (HTTP 400), not a field error.
        http: { status: 400 },
      },
    },
  );
}
