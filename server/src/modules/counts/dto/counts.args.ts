import { Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { BatchFilter } from "../../batches/dto/batch-filter.input";
import { CountDimension, Interval } from "../counts.types";

@ArgsType()
export class CountsArgs {
  @Field(() => BatchFilter, { nullable: true, description: "Which batches to count; all of them when left out." })
  @ValidateNested()
  filter?: BatchFilter | null;

  @Field(() => [CountDimension], {
    description:
      "Dimensions to group by, each at most once; buckets are sorted by them in this order. An empty list gives a single bucket with the total.",
  })
  groupBy: CountDimension[];

  @Field(() => Interval, {
    nullable: true,
    defaultValue: Interval.MONTH,
    description:
      'Period size when grouping by PERIOD. A batch falls in the period of its issue date; a batch whose date is coarser than the interval stays at its own precision (a year-only date lands in period "2020" even when grouping by MONTH; grouping by QUARTER, a month-only date lands in its quarter) and is never spread over or guessed into the finer periods.',
  })
  interval?: Interval | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'When grouping by PERIOD, add a zero bucket for every period of the interval with no batches, from issuedFrom (or the first period with data) to issuedTo (or the last), in every combination of the other keys that has data. Coarse buckets ("2020" among months) are kept but never filled. The span may not exceed the server\'s maximum (100 years by default).',
  })
  fillEmptyPeriods?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "What a chart draws: keep only the `top` series (the combinations of the groupBy keys other than PERIOD, ranked by subpoenas, then batches of unknown size, then batches; null keys last) and sum the rest, period by period, into buckets marked `other`. The buckets still add up to the full answer in every period; `otherSeries` says how many series were summed. Tables and downloads leave it out for the full breakdown.",
  })
  @Min(1, { message: "top: at least 1" })
  @Max(1000, { message: "top: at most 1000" })
  top?: number | null;
}
