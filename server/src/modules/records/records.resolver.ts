import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { NotFoundError } from "../../schema/errors";
import type { Agency } from "../agencies/agency.types";
import { toCriteria } from "../batches/batch-criteria";
import type { BatchRecord } from "../batches/batch.service";
import { Batch, Event } from "../batches/batch.types";
import { BatchFilter } from "../batches/dto/batch-filter.input";
import { CourtCase } from "../court-cases/court-case.types";
import { Policy } from "../policies/policy.types";
import { SourceCitation } from "../sources/source-citation.types";
import { Source } from "../sources/source.types";
import { countBatchFacets } from "./batch-facets.service";
import { RecordTableArgs } from "./dto/record-table.args";
import { countFacets, pageRecords, type RecordTableSpec } from "./record-table";
import {
  AGENCY_TABLE,
  AgencyOrder,
  COURT_CASE_TABLE,
  CourtCaseOrder,
  SOURCE_TABLE,
  SourceOrder,
} from "./record-tables";
import { AgencyTable, CourtCaseTable, RecordFacet, SourceTable } from "./record.types";

async function table<Node>(ctx: RequestContext, spec: RecordTableSpec<Node>, order: string, args: RecordTableArgs) {
  const { filters, ...page } = args;
  const [result, facets] = await Promise.all([
    pageRecords(ctx.dataSource, spec, filters ?? [], order, page),
    countFacets(ctx.dataSource, spec as RecordTableSpec<unknown>, filters ?? []),
  ]);
  return { ...result, nodes: result.edges.map((e) => e.node), facets };
}

const PAGING =
  "Page forward with `first` and `after: pageInfo.endCursor`, or backward with `last` and `before: pageInfo.startCursor`.";

/** The records browser: every source, court case and agency as a sortable, faceted, paged table. */
@Resolver()
export class RecordsResolver {
  @Query(() => SourceTable, {
    description: `Sources as a table: filtered by facet values (kind, reliability, publisher, year), sorted, a page at a time, with facet counts. ${PAGING} The same rows as CSV or JSON: GET /api/v1/sources.csv or .json.`,
  })
  sourceTable(
    @Ctx() ctx: RequestContext,
    @Args() args: RecordTableArgs,
    @Arg("orderBy", () => SourceOrder, { defaultValue: SourceOrder.PUBLISHED_ON_ASC, description: "Sort order." })
    orderBy: SourceOrder,
  ) {
    return table(ctx, SOURCE_TABLE, orderBy, args);
  }

  @Query(() => CourtCaseTable, {
    description: `Court cases as a table: filtered by facet values (state, outcome, court, year), sorted, a page at a time, with facet counts. ${PAGING} As CSV or JSON: GET /api/v1/court-cases.csv or .json.`,
  })
  courtCaseTable(
    @Ctx() ctx: RequestContext,
    @Args() args: RecordTableArgs,
    @Arg("orderBy", () => CourtCaseOrder, { defaultValue: CourtCaseOrder.FILED_ON_ASC, description: "Sort order." })
    orderBy: CourtCaseOrder,
  ) {
    return table(ctx, COURT_CASE_TABLE, orderBy, args);
  }

  @Query(() => AgencyTable, {
    description: `Agencies as a table: filtered by facet values (state, kind, jurisdiction), sorted, a page at a time, with facet counts. ${PAGING} As CSV or JSON: GET /api/v1/agencies.csv or .json.`,
  })
  agencyTable(
    @Ctx() ctx: RequestContext,
    @Args() args: RecordTableArgs,
    @Arg("orderBy", () => AgencyOrder, { defaultValue: AgencyOrder.NAME_ASC, description: "Sort order." })
    orderBy: AgencyOrder,
  ) {
    return table<Agency>(ctx, AGENCY_TABLE, orderBy, args);
  }

  @Query(() => [RecordFacet], {
    description:
      "Facets of the batches a filter matches: how many batches have each state, outcome, issuing component and year. With the batches query, the batches browser.",
  })
  batchFacets(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => BatchFilter, { nullable: true, description: "Which batches; all of them when left out." })
    filter: BatchFilter | null,
  ) {
    return countBatchFacets(ctx.dataSource, toCriteria(filter));
  }
}

@Resolver(() => Source)
export class SourceCitedByResolver {
  @FieldResolver(() => [SourceCitation], {
    description:
      "Every record that cites this source: batches (oldest first), steps of their histories, court cases and policies.",
  })
  citedBy(@Root() source: Source, @Ctx() ctx: RequestContext) {
    return ctx.loaders.citationsOfSource.load(source.id);
  }
}

@Resolver(() => CourtCase)
export class CourtCaseEventsResolver {
  @FieldResolver(() => [Event], {
    description: "Every step of a batch's history that refers to this case, batch by batch, in history order.",
  })
  async events(@Root() courtCase: CourtCase, @Ctx() ctx: RequestContext): Promise<Event[]> {
    const batchIds = await ctx.loaders.batchIdsOfCourtCase.load(courtCase.slug);
    const histories = await ctx.loaders.eventsOfBatch.loadMany(batchIds);
    return histories
      .flatMap((events) => (events instanceof Error ? [] : events))
      .filter((event) => event.courtCaseRecord?.slug === courtCase.slug);
  }
}

@Resolver(() => SourceCitation)
export class SourceCitationResolver {
  @FieldResolver(() => Batch, { nullable: true, description: "The batch citing the source, or whose step does." })
  async batch(@Root() citation: SourceCitation, @Ctx() ctx: RequestContext): Promise<BatchRecord | null> {
    return citation.batchId ? ctx.loaders.batch.load(citation.batchId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: "The step of a batch's history citing the source." })
  async event(@Root() citation: SourceCitation, @Ctx() ctx: RequestContext): Promise<Event | null> {
    if (!citation.eventId || !citation.batchId) return null;
    const events = await ctx.loaders.eventsOfBatch.load(citation.batchId);
    return events.find((e) => e.id === citation.eventId) ?? null;
  }

  @FieldResolver(() => CourtCase, { nullable: true, description: "The court case citing the source." })
  async courtCase(@Root() citation: SourceCitation, @Ctx() ctx: RequestContext): Promise<CourtCase | null> {
    return citation.courtCaseSlug ? ctx.loaders.courtCase.load(citation.courtCaseSlug) : null;
  }

  @FieldResolver(() => Policy, { nullable: true, description: "The policy citing the source." })
  async policy(@Root() citation: SourceCitation, @Ctx() ctx: RequestContext): Promise<Policy | null> {
    if (!citation.policySlug) return null;
    const policy = await ctx.loaders.policy.load(citation.policySlug);
    if (!policy) throw new NotFoundError(`Policy "${citation.policySlug}" no longer exists.`);
    return policy;
  }
}
