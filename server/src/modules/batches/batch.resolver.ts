import { formatCount, formatPartialDateHuman, parsePartialDate } from "@subpoena-tracker/domain";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { CourtCase } from "../court-cases/court-case.types";
import { Jurisdiction } from "../jurisdictions/jurisdiction.types";
import { Policy } from "../policies/policy.types";
import { sourceOwnerKey } from "../sources/source.service";
import { Source } from "../sources/source.types";
import { toCriteria } from "./batch-criteria";
import { batchNodeProjection } from "./batch-json.sql";
import {
  getBatch,
  pageBatches,
  pageBatchesAsJson,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type BatchRecord,
} from "./batch.service";
import { Batch, BatchConnection, BatchOrder, Event } from "./batch.types";
import { BatchesArgs } from "./dto/batches.args";
import { selectsField } from "../shared/selects-field";

@Resolver(() => Batch)
export class BatchResolver {
  @Query(() => BatchConnection, {
    description: `Batches matching a filter, a page at a time (Relay cursor connection). Page forward with \`first\` and \`after: pageInfo.endCursor\`, or backward with \`last\` and \`before: pageInfo.startCursor\`; walking every page returns each batch exactly once. Pages hold 1 to ${MAX_PAGE_SIZE} batches (default ${DEFAULT_PAGE_SIZE}). For every matching row at once, use GET /api/v1/batches.csv or .json.`,
  })
  async batches(
    @Ctx() ctx: RequestContext,
    @Args() args: BatchesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BatchConnection> {
    const { filter, orderBy, ...page } = args;
    // Counting every match is a second scan: only when the client asks for totalCount.
    const withTotal = selectsField(info, "totalCount");
    if (ctx.batchNodesAsJson) {
      // http/batch-page-plugin.ts: the whole page, relations included, built as JSON by one statement.
      const projection =
        ctx.batchNodesAsJson.projections.get(info.fieldNodes[0]) ??
        batchNodeProjection(
          { schema: ctx.batchNodesAsJson.schema, fragments: info.fragments, variables: info.variableValues },
          info.fieldNodes,
        );
      if (!projection) throw new Error("This selection of batches cannot be built as JSON.");
      const json = await pageBatchesAsJson(
        ctx.dataSource,
        toCriteria(filter),
        orderBy ?? BatchOrder.ISSUED_ON_ASC,
        page,
        projection,
        MAX_PAGE_SIZE,
        { withTotal, prepared: true },
      );
      // Served through the plugin's own schema, where the list of batches and each edge's batch are JSON text, the
      // answer's own bytes, sent as they are.
      const raw = ctx.batchNodesAsJson.raw;
      return {
        ...json,
        nodes: raw.add(json.nodes),
        edges: json.edges.map((edge) => ({ cursor: edge.cursor, node: raw.add(edge.node) })),
      } as unknown as BatchConnection;
    }
    const result = await pageBatches(
      ctx.dataSource,
      toCriteria(filter),
      orderBy ?? BatchOrder.ISSUED_ON_ASC,
      page,
      MAX_PAGE_SIZE,
      { withTotal },
    );
    return { ...result, nodes: result.edges.map((e) => e.node) };
  }

  @Query(() => Batch, {
    nullable: true,
    description: "One batch by id. A missing id gives null and an error with code NOT_FOUND.",
  })
  batch(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The batch id, e.g. `2020-01-13-denver`." }) id: string,
  ) {
    return getBatch(ctx.dataSource, id);
  }

  @FieldResolver(() => Jurisdiction, {
    description: "The jurisdiction the batch was served in (that of its recipient agencies).",
  })
  jurisdiction(@Root() batch: BatchRecord): Jurisdiction {
    return batch.jurisdiction;
  }

  @FieldResolver(() => String, { description: 'issuedOn for readers: "13 Jan 2020", "Jan 2020" or "2020".' })
  issuedOnLabel(@Root() batch: Batch): string {
    return formatPartialDateHuman(parsePartialDate(batch.issuedOn));
  }

  @FieldResolver(() => String, {
    description: 'subpoenaCount for readers: "4", "about 4", "at least 4" or "not reported".',
  })
  countLabel(@Root() batch: Batch): string {
    return formatCount(batch.subpoenaCount, batch.countPrecision);
  }

  @FieldResolver(() => [Event], {
    description:
      'The batch\'s history, in the order the outcome rule applies it (a coarse date by its last possible day, so "Jan 2020" follows "13 Jan 2020"). Absence of a later event means "not reported", not "nothing happened".',
  })
  events(@Root() batch: Batch, @Ctx() ctx: RequestContext): Promise<Event[]> {
    return ctx.loaders.eventsOfBatch.load(batch.id);
  }

  @FieldResolver(() => [CourtCase], {
    description: "Court cases about these subpoenas (those its events refer to), in the order they first appear.",
  })
  async courtCases(@Root() batch: Batch, @Ctx() ctx: RequestContext): Promise<CourtCase[]> {
    const events = await ctx.loaders.eventsOfBatch.load(batch.id);
    const cases = new Map<string, CourtCase>();
    for (const event of events) {
      if (event.courtCaseRecord && !cases.has(event.courtCaseRecord.slug)) {
        cases.set(event.courtCaseRecord.slug, event.courtCaseRecord);
      }
    }
    return [...cases.values()];
  }

  @FieldResolver(() => [Policy], {
    description:
      "Sanctuary laws and policies that apply where the batch was served: those of its jurisdiction and of every jurisdiction containing it (a county sheriff is bound by the state's law). Nearest first.",
  })
  policies(@Root() batch: Batch, @Ctx() ctx: RequestContext): Promise<Policy[]> {
    return ctx.loaders.policiesApplyingIn.load(batch.jurisdictionSlug);
  }

  @FieldResolver(() => [Source], { description: "Documents supporting the batch's facts, in citation order." })
  sources(@Root() batch: Batch, @Ctx() ctx: RequestContext): Promise<Source[]> {
    return ctx.loaders.sourcesOf.load(sourceOwnerKey("batch", batch.id));
  }
}
