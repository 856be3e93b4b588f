import { periodPrecision } from "@subpoena-tracker/domain";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { CountBucket, Interval } from "./counts.types";

/** The period's precision, read off its label: a "2020" among months has periodStart 2020-01-01 like "2020-01", so
 * plotting by periodStart alone would put two rows on one day. */
export function bucketPeriodPrecision(bucket: Pick<CountBucket, "period">): Interval | null {
  return bucket.period ? (periodPrecision(bucket.period).toUpperCase() as Interval) : null;
}

@Resolver(() => CountBucket)
export class CountBucketResolver {
  @FieldResolver(() => Interval, {
    nullable: true,
    description:
      'How precise `period` is: MONTH, QUARTER or YEAR. It differs from the requested interval for batches dated more coarsely: grouped by MONTH, the bucket "2020" (month not reported) has periodPrecision YEAR and the same periodStart as "2020-01", so use both to tell them apart. Null when not grouped by PERIOD.',
  })
  periodPrecision(@Root() bucket: CountBucket): Interval | null {
    return bucketPeriodPrecision(bucket);
  }
}
