import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import type { BatchRecord } from "../batches/batch.service";
import { Batch, Event } from "../batches/batch.types";
import { CourtCase } from "../court-cases/court-case.types";
import { Jurisdiction } from "../jurisdictions/jurisdiction.types";
import { Policy } from "../policies/policy.types";
import { Source } from "../sources/source.types";
import { MAX_QUERY_LENGTH, MAX_SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE, search } from "./search.service";
import { SearchConnection, SearchHit } from "./search.types";

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: `Full-text search over batches, steps of their histories, sources (titles, publishers and quoted passages), court cases, policies and jurisdictions, most relevant first. English stemming: "subpoenas" finds "subpoena". Web-search syntax: words must all appear, "a quoted phrase" must appear as such, \`or\` gives alternatives, \`-word\` excludes. Page forward with \`first\` and \`after: pageInfo.endCursor\`.`,
  })
  async search(
    @Ctx() ctx: RequestContext,
    @Arg("query", { description: `What to look for, at most ${MAX_QUERY_LENGTH} characters.` }) query: string,
    @Arg("first", () => Int, {
      nullable: true,
      description: `Hits per page: 1 to ${MAX_SEARCH_PAGE_SIZE}; ${SEARCH_PAGE_SIZE} when left out.`,
    })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Start after this cursor (an endCursor)." })
    after: string | null,
  ): Promise<SearchConnection> {
    const page = await search(ctx.dataSource, query, { first, after });
    return { ...page, nodes: page.edges.map((e) => e.node) };
  }

  @FieldResolver(() => Batch, { nullable: true, description: "The batch, or the batch whose step matched." })
  batch(@Root() hit: SearchHit, @Ctx() ctx: RequestContext): Promise<BatchRecord | null> | null {
    const id = hit.kind === "batch" ? hit.id : hit.batchId;
    return id ? ctx.loaders.batch.load(id) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: "The step of a batch's history that matched." })
  async event(@Root() hit: SearchHit, @Ctx() ctx: RequestContext): Promise<Event | null> {
    if (hit.kind !== "event" || !hit.batchId) return null;
    const events = await ctx.loaders.eventsOfBatch.load(hit.batchId);
    return events.find((e) => e.id === hit.id) ?? null;
  }

  @FieldResolver(() => Source, { nullable: true, description: "The source that matched." })
  async source(@Root() hit: SearchHit, @Ctx() ctx: RequestContext): Promise<Source | null> {
    return hit.kind === "source" ? ctx.loaders.source.load(hit.id) : null;
  }

  @FieldResolver(() => CourtCase, { nullable: true, description: "The court case that matched." })
  async courtCase(@Root() hit: SearchHit, @Ctx() ctx: RequestContext): Promise<CourtCase | null> {
    return hit.kind === "court_case" ? ctx.loaders.courtCase.load(hit.id) : null;
  }

  @FieldResolver(() => Policy, { nullable: true, description: "The policy that matched." })
  async policy(@Root() hit: SearchHit, @Ctx() ctx: RequestContext): Promise<Policy | null> {
    return hit.kind === "policy" ? ctx.loaders.policy.load(hit.id) : null;
  }

  @FieldResolver(() => Jurisdiction, { nullable: true, description: "The jurisdiction that matched." })
  async jurisdiction(@Root() hit: SearchHit, @Ctx() ctx: RequestContext): Promise<Jurisdiction | null> {
    return hit.kind === "jurisdiction" ? ctx.loaders.jurisdiction.load(hit.id) : null;
  }
}
