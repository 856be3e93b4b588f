import { Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context";
import { getDataset } from "./dataset.service";
import { Dataset } from "./dataset.types";

@Resolver()
export class DatasetResolver {
  @Query(() => Dataset, {
    description: "The dataset as a whole: record counts, coverage dates, version, licence, citation.",
  })
  dataset(@Ctx() ctx: RequestContext): Promise<Dataset> {
    return getDataset(ctx.dataSource);
  }
}
