// The over-time answer names each place once, not in every period: its buckets carry the place's slug, and the
// places drawn (the same `top`, without the periods) carry the name, kind and state that label a series. At 1M
// batches the names repeated in 153 months × 9 series were most of a 385 KB answer.
import type { CountBucketLike } from "@subpoena-tracker/charts";

type Place = NonNullable<CountBucketLike["jurisdiction"]>;

/** The buckets with each place's slug replaced by the place itself (its slug alone when it is not among `places`). */
export function withPlaceNames(
  buckets: readonly (Omit<CountBucketLike, "jurisdiction"> & { jurisdiction?: { slug: string } | null })[],
  places: readonly { jurisdiction?: Place | null }[],
): CountBucketLike[] {
  const bySlug = new Map(places.flatMap((p) => (p.jurisdiction ? [[p.jurisdiction.slug, p.jurisdiction]] : [])));
  return buckets.map((bucket) =>
    bucket.jurisdiction
      ? {
          ...bucket,
          jurisdiction: bySlug.get(bucket.jurisdiction.slug) ?? {
            slug: bucket.jurisdiction.slug,
            name: bucket.jurisdiction.slug,
          },
        }
      : (bucket as CountBucketLike),
  );
}
