import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context";
import { toCriteria } from "../batches/batch-criteria";
import { countSubpoenas } from "./counts.service";
import { CountsArgs } from "./dto/counts.args";
import { Interval, SubpoenaCounts } from "./counts.types";

@Resolver()
export class CountsResolver {
  @Query(() => SubpoenaCounts, {
    description:
      "How many subpoenas and batches match a filter, grouped by any of period, jurisdiction, state, outcome, agency kind, issuing component and offense category. Known counts are summed; batches of unknown count are reported in unknownCountBatches and never counted as zero. The same numbers as GET /api/v1/counts.csv and .json.",
  })
  subpoenaCounts(@Ctx() ctx: RequestContext, @Args() args: CountsArgs): Promise<SubpoenaCounts> {
    return countSubpoenas(
      ctx.dataSource,
      {
        criteria: toCriteria(args.filter),
        groupBy: args.groupBy,
        interval: args.interval ?? Interval.MONTH,
        fillEmptyPeriods: args.fillEmptyPeriods ?? false,
        top: args.top ?? null,
      },
      { maxSpanYears: ctx.limits.maxSpanYears },
      ctx.preview ? undefined : ctx.answerCache?.version,
    );
  }
}
