import { formatPartialDateHuman, parsePartialDate } from "@subpoena-tracker/domain";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { NotFoundError } from "../../schema/errors";
import { CourtCase } from "../court-cases/court-case.types";
import { sourceOwnerKey } from "../sources/source.service";
import { Source } from "../sources/source.types";
import { toCriteria } from "./batch-criteria";
import { MAX_TIMELINE, timeline, type BatchRecord } from "./batch.service";
import { Batch, Event } from "./batch.types";
import { BatchFilter } from "./dto/batch-filter.input";

@Resolver(() => Event)
export class EventResolver {
  @Query(() => [Event], {
    description:
      'Events of the matching batches in date order (a coarse date by its last possible day, so "Jan 2020" follows "13 Jan 2020"; then by batch): the story of a jurisdiction, e.g. timeline(filter: {jurisdictions: ["oregon"]}).',
  })
  timeline(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => BatchFilter, { nullable: true, description: "Whose events: the batches this filter matches." })
    filter: BatchFilter | null,
    @Arg("limit", () => Int, {
      nullable: true,
      defaultValue: 500,
      description: `At most this many events, earliest first: 1 to ${MAX_TIMELINE}.`,
    })
    limit: number | null,
  ): Promise<Event[]> {
    return timeline(ctx.dataSource, toCriteria(filter), limit ?? 500);
  }

  @FieldResolver(() => Batch, { description: "The batch whose history this is." })
  async batch(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<BatchRecord> {
    const batch = await ctx.loaders.batch.load(event.batchId);
    if (!batch) throw new NotFoundError(`The batch of event ${event.id} no longer exists.`);
    return batch;
  }

  @FieldResolver(() => CourtCase, { nullable: true, description: "The court case this step belongs to, if any." })
  courtCase(@Root() event: Event): CourtCase | null {
    return event.courtCaseRecord;
  }

  @FieldResolver(() => String, { description: 'date for readers: "13 Jan 2020", "Jan 2020" or "2020".' })
  dateLabel(@Root() event: Event): string {
    return formatPartialDateHuman(parsePartialDate(event.date));
  }

  @FieldResolver(() => [Source], { description: "Documents reporting this step, in citation order." })
  sources(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Source[]> {
    return ctx.loaders.sourcesOf.load(sourceOwnerKey("event", event.id));
  }
}
