import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { UserInputError } from "../../schema/errors";
import type { BatchRecord } from "../batches/batch.service";
import { Batch } from "../batches/batch.types";
import { sourceOwnerKey } from "../sources/source.service";
import { Source } from "../sources/source.types";
import { getCourtCase, listCourtCases } from "./court-case.service";
import { CourtCase } from "./court-case.types";

/** Court cases list their batches in pages: a case can concern thousands of batches. */
export const DEFAULT_CASE_BATCHES = 25;
export const MAX_CASE_BATCHES = 100;

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

  @FieldResolver(() => [Batch], {
    description: `The batches whose subpoenas the case concerns, oldest first, ${MAX_CASE_BATCHES} at most per request: page with first and offset.`,
  })
  async batches(
    @Root() courtCase: CourtCase,
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, {
      defaultValue: DEFAULT_CASE_BATCHES,
      description: `How many batches: 1 to ${MAX_CASE_BATCHES}.`,
    })
    first: number,
    @Arg("offset", () => Int, { defaultValue: 0, description: "How many of the oldest batches to skip first." })
    offset: number,
  ): Promise<BatchRecord[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_CASE_BATCHES) {
      throw new UserInputError(`first must be between 1 and ${MAX_CASE_BATCHES}, got ${first}.`, "first");
    }
    if (!Number.isInteger(offset) || offset < 0) {
      throw new UserInputError(`offset must be 0 or more, got ${offset}.`, "offset");
    }
    const ids = await ctx.loaders.batchIdsOfCourtCase.load(courtCase.slug);
    const batches = await ctx.loaders.batch.loadMany(ids.slice(offset, offset + first));
    return batches.filter((b): b is BatchRecord => b !== null && !(b instanceof Error));
  }

  @FieldResolver(() => [Source], { description: "Documents supporting the case's facts, in citation order." })
  sources(@Root() courtCase: CourtCase, @Ctx() ctx: RequestContext): Promise<Source[]> {
    return ctx.loaders.sourcesOf.load(sourceOwnerKey("court_case", courtCase.slug));
  }
}
