import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context";
import { toCriteria } from "../batches/batch-criteria";
import { BatchFilter } from "../batches/dto/batch-filter.input";
import { countSubpoenas } from "./counts.service";
import { CountDimension, Interval, SubpoenaCounts } from "./counts.types";

@Resolver()
export class CountsResolver {
  @Query(() => SubpoenaCounts, {
    description:
      "How many subpoenas and batches match a filter, grouped by any of period, jurisdiction, state, outcome, agency kind, issuing component and offense category. Known counts are summed; batches of unknown count are reported in unknownCountBatches and never counted as zero. The same numbers as GET /api/v1/counts.csv and .json.",
  })
  subpoenaCounts(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => BatchFilter, { nullable: true, description: "Which batches to count; all of them when left out." })
    filter: BatchFilter | null,
    @Arg("groupBy", () => [CountDimension], {
      description:
        "Dimensions to group by, each at most once; buckets are sorted by them in this order. An empty list gives a single bucket with the total.",
    })
    groupBy: CountDimension[],
    @Arg("interval", () => Interval, {
      nullable: true,
      defaultValue: Interval.MONTH,
      description:
        'Period size when grouping by PERIOD. A batch falls in the period of its issue date; a batch whose date is coarser than the interval stays at its own precision (a year-only date lands in period "2020" even when grouping by MONTH) and is never spread over the finer periods.',
    })
    interval: Interval | null,
    @Arg("fillEmptyPeriods", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: `When grouping by PERIOD, add a zero bucket for every period of the interval with no batches, from issuedFrom (or the first period with data) to issuedTo (or the last), in every combination of the other keys that has data. Coarse buckets ("2020" among months) are kept but never filled. The span may not exceed the server's maximum (100 years by default).`,
    })
    fillEmptyPeriods: boolean | null,
  ): Promise<SubpoenaCounts> {
    return countSubpoenas(
      ctx.dataSource,
      {
        criteria: toCriteria(filter),
        groupBy,
        interval: interval ?? Interval.MONTH,
        fillEmptyPeriods: fillEmptyPeriods ?? false,
      },
      { maxSpanYears: ctx.limits.maxSpanYears },
    );
  }
}
