import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { getDataset, getRecordCounts } from "./dataset.service";
import { Dataset, RecordCounts } from "./dataset.types";

@Resolver(() => Dataset)
export class DatasetResolver {
  @Query(() => Dataset, {
    description: "The dataset as a whole: record counts, coverage dates, version, licence, citation.",
  })
  dataset(@Ctx() ctx: RequestContext): Promise<Omit<Dataset, "counts">> {
    return getDataset(ctx.dataSource);
  }

  /** Counted only when asked for: the counts scan every batch and event (dataset.service.ts). */
  @FieldResolver(() => RecordCounts, { description: "How many records of each kind the dataset holds." })
  counts(@Root() dataset: Dataset, @Ctx() ctx: RequestContext): Promise<RecordCounts> {
    return getRecordCounts(ctx.dataSource, dataset.version);
  }
}
