import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import type { BatchRecord } from "../batches/batch.service";
import { Batch } from "../batches/batch.types";
import { sourceOwnerKey } from "../sources/source.service";
import { Source } from "../sources/source.types";
import { getCourtCase, listCourtCases } from "./court-case.service";
import { CourtCase } from "./court-case.types";

@Resolver(() => CourtCase)
export class CourtCaseResolver {
  @Query(() => [CourtCase], {
    description: "Court cases to enforce or challenge subpoenas, in the order they were added.",
  })
  courtCases(@Ctx() ctx: RequestContext): Promise<CourtCase[]> {
    return listCourtCases(ctx.dataSource);
  }

  @Query(() => CourtCase, {
    nullable: true,
    description: "One court case by slug. A missing slug gives null and an error with code NOT_FOUND.",
  })
  courtCase(
    @Ctx() ctx: RequestContext,
    @Arg("slug", () => ID, { description: "The case's slug, e.g. `ice-v-gomez-2020`." }) slug: string,
  ): Promise<CourtCase> {
    return getCourtCase(ctx.dataSource, slug);
  }

  @FieldResolver(() => [Batch], { description: "The batches whose subpoenas the case concerns, oldest first." })
  async batches(@Root() courtCase: CourtCase, @Ctx() ctx: RequestContext): Promise<BatchRecord[]> {
    const ids = await ctx.loaders.batchIdsOfCourtCase.load(courtCase.slug);
    const batches = await ctx.loaders.batch.loadMany(ids);
    return batches.filter((b): b is BatchRecord => b !== null && !(b instanceof Error));
  }

  @FieldResolver(() => [Source], { description: "Documents supporting the case's facts, in citation order." })
  sources(@Root() courtCase: CourtCase, @Ctx() ctx: RequestContext): Promise<Source[]> {
    return ctx.loaders.sourcesOf.load(sourceOwnerKey("court_case", courtCase.slug));
  }
}
