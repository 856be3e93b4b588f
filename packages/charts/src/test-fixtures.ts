// The seed's counts as the API returns them, for the tests of this package.
import type { ChartView, CountBucketLike, CountsLike } from "./model";

export const denver = { slug: "denver-co", name: "Denver" };
export const nyc = { slug: "new-york-city-ny", name: "New York City" };
export const connecticut = { slug: "connecticut", name: "Connecticut" };
export const sanDiego = { slug: "san-diego-county-ca", name: "San Diego County", kind: "county", state: "CA" };
export const washingtonCounty = {
  slug: "washington-county-or",
  name: "Washington County",
  kind: "county",
  state: "OR",
};
export const oregon = { slug: "oregon", name: "Oregon" };

export function bucket(partial: Partial<CountBucketLike>): CountBucketLike {
  return { subpoenas: 0, batches: 1, unknownCountBatches: 0, inexactCountBatches: 0, ...partial };
}

export function total(buckets: CountBucketLike[]): CountBucketLike {
  return {
    subpoenas: buckets.reduce((sum, b) => sum + b.subpoenas, 0),
    batches: buckets.reduce((sum, b) => sum + b.batches, 0),
    unknownCountBatches: buckets.reduce((sum, b) => sum + b.unknownCountBatches, 0),
    inexactCountBatches: buckets.reduce((sum, b) => sum + (b.inexactCountBatches ?? 0), 0),
  };
}

export function counts(buckets: CountBucketLike[]): CountsLike {
  return { buckets, total: total(buckets) };
}

/** The seed grouped by period (month) and jurisdiction: 22 subpoenas in six batches, January and February 2020. */
export const SEED_BY_JURISDICTION = counts([
  bucket({ period: "2020-01", jurisdiction: denver, subpoenas: 4 }),
  bucket({ period: "2020-01", jurisdiction: nyc, subpoenas: 4 }),
  bucket({ period: "2020-02", jurisdiction: connecticut, subpoenas: 3 }),
  bucket({ period: "2020-02", jurisdiction: sanDiego, subpoenas: 4 }),
  bucket({ period: "2020-02", jurisdiction: washingtonCounty, subpoenas: 2 }),
  bucket({ period: "2020-02", jurisdiction: oregon, subpoenas: 5 }),
]);

export const OVER_TIME: ChartView = {
  chart: "subpoenas-over-time",
  interval: "month",
  stack: "jurisdiction",
  place: "jurisdiction",
};
export const BY_JURISDICTION: ChartView = { ...OVER_TIME, chart: "by-jurisdiction" };
export const OUTCOMES_VIEW: ChartView = { ...OVER_TIME, chart: "outcomes" };

export const CONTEXT = { filterLabel: null, from: null, to: null, asOf: "2025-11-28T03:20:00.000Z" };
