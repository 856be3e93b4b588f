import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { idOf, viewerOf } from "../shared/arguments";
import { UserInputError } from "../../schema/errors";
import type { ResourceName } from "../../write/resources";
import { Account } from "../accounts/account.types";
import type { Permission } from "../accounts/permissions";
import type { ChangesetEntity, ChangesetStatus } from "./changeset.entity";
import {
  currentValues,
  discardChangeset,
  draftProblems,
  getChangeset,
  listChangesets,
  publishChangeset,
  removeChange,
  reviewChanges,
  saveChanges,
  createChangeset,
  updateChangeset,
  withdrawInDraft,
  type SaveRequest,
} from "./changeset.service";
import { Change, ChangeProblem, Changeset, ChangesetConnection, ChangesetStatusEnum } from "./changeset.types";
import {
  AgencyInput,
  BatchInput,
  CourtCaseInput,
  EventInput,
  JurisdictionInput,
  PolicyInput,
  RecordRefInput,
  SourceInput,
} from "./dto/record.inputs";
import { camelField, fieldValuesFromInput, specOf, type InputValue } from "./record-type";

const BASE = { nullable: true, description: "The published version the edit started from; omit for a new record." };
const REASON = {
  nullable: true,
  description: "Why a published record changes (required for corrections); published with the change.",
};

/** Saves one record's input into a draft; the input's fields become the format's field values. */
function save(
  ctx: RequestContext,
  changesetId: string,
  resource: ResourceName,
  input: object,
  baseVersion: number | null,
  reason: string | null,
  eventId: number | null = null,
) {
  const request: SaveRequest = {
    changesetId: idOf(changesetId, "changesetId"),
    resource,
    values: fieldValuesFromInput(specOf(resource), input as Record<string, InputValue>),
    baseVersion,
    reason,
    eventId,
    path: "input",
  };
  return saveChanges(ctx.dataSource, viewerOf(ctx), [request]);
}

@Resolver(() => Changeset)
export class ChangesetResolver {
  @Authorized<Permission>("read")
  @Query(() => ChangesetConnection, {
    description: "Changesets, newest first: drafts, published, discarded (staff only).",
  })
  changesets(
    @Ctx() ctx: RequestContext,
    @Arg("status", () => [ChangesetStatusEnum], { nullable: true, description: "Only changesets in these states." })
    status: ChangesetStatus[] | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, at most 100 (default 50)." })
    first: number | null,
    @Arg("offset", () => Int, { nullable: true, description: "How many to skip (default 0)." }) offset: number | null,
  ): Promise<ChangesetConnection> {
    const size = first ?? 50;
    if (size < 1 || size > 100) throw new UserInputError("first: must be from 1 to 100", "first");
    if ((offset ?? 0) < 0) throw new UserInputError("offset: must not be negative", "offset");
    return listChangesets(ctx.dataSource, { statuses: status, first: size, offset: offset ?? 0 });
  }

  @Authorized<Permission>("read")
  @Query(() => Changeset, { description: "One changeset with its changes and their diffs (staff only)." })
  changeset(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The changeset's id." }) id: string,
  ): Promise<ChangesetEntity> {
    return getChangeset(ctx.dataSource, idOf(id, "id"));
  }

  @FieldResolver(() => Account, { nullable: true, description: "Who started it; null for imports." })
  createdBy(@Root() changeset: ChangesetEntity, @Ctx() ctx: RequestContext): Promise<Account | null> | null {
    return changeset.createdBy === null ? null : ctx.loaders.account.load(changeset.createdBy);
  }

  @FieldResolver(() => Account, { nullable: true, description: "The editor who published it." })
  publishedBy(@Root() changeset: ChangesetEntity, @Ctx() ctx: RequestContext): Promise<Account | null> | null {
    return changeset.publishedBy === null ? null : ctx.loaders.account.load(changeset.publishedBy);
  }

  @FieldResolver(() => [Account], { description: "Everyone who wrote part of it." })
  async authors(@Root() changeset: ChangesetEntity, @Ctx() ctx: RequestContext): Promise<Account[]> {
    const ids = await ctx.loaders.authorsOfChangeset.load(changeset);
    return Promise.all(ids.map((id) => ctx.loaders.account.load(id)));
  }

  @FieldResolver(() => [Change], {
    description: "Its changes, each with a field-by-field diff against what is published.",
  })
  async changes(@Root() changeset: ChangesetEntity, @Ctx() ctx: RequestContext): Promise<Change[]> {
    const reviews = await reviewChanges(ctx.dataSource, changeset.id);
    return Promise.all(
      reviews.map(async ({ change, published, diff, stale }) => ({
        id: change.id,
        recordType: change.recordType,
        recordId: change.recordId,
        action: change.action,
        baseVersion: change.baseVersion,
        publishedVersion: published?.version ?? null,
        correction: published !== null,
        stale,
        reason: change.reason,
        author: change.authorId === null ? null : await ctx.loaders.account.load(change.authorId),
        values: specOf(change.recordType).fields.map((f) => ({
          field: camelField(f.name),
          value: (change.values[f.name] ?? "").trim() || null,
        })),
        diff,
      })),
    );
  }

  @FieldResolver(() => [ChangeProblem], {
    description:
      "What would stop a draft from being published now (validation against what is published); empty for published and discarded changesets.",
  })
  problems(@Root() changeset: ChangesetEntity, @Ctx() ctx: RequestContext): Promise<ChangeProblem[]> | ChangeProblem[] {
    return changeset.status === "draft" ? draftProblems(ctx.dataSource, changeset.id) : [];
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, { description: "Starts a draft changeset." })
  createChangeset(
    @Ctx() ctx: RequestContext,
    @Arg("note", () => String, {
      nullable: true,
      description: "The public note to publish it with (can be set later).",
    })
    note: string | null,
  ): Promise<ChangesetEntity> {
    return createChangeset(ctx.dataSource, viewerOf(ctx), note ?? "");
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, { description: "Changes a draft's note, or asks for (or withdraws the ask for) review." })
  updateChangeset(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The draft's id." }) id: string,
    @Arg("note", () => String, { nullable: true, description: "The public note." }) note: string | null,
    @Arg("submitted", () => Boolean, { nullable: true, description: "true: ready for review; false: back to work." })
    submitted: boolean | null,
  ): Promise<ChangesetEntity> {
    return updateChangeset(ctx.dataSource, idOf(id, "id"), { note, submitted });
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description: "Abandons a draft; it is kept, marked discarded, and can no longer change.",
  })
  discardChangeset(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The draft's id." }) id: string,
  ): Promise<ChangesetEntity> {
    return discardChangeset(ctx.dataSource, idOf(id, "id"));
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description:
      "Adds or corrects a jurisdiction in a draft. Problems come back as BAD_USER_INPUT with extensions.problems [{ path: 'input.<field>', message }]; a stale baseVersion as CONFLICT with the current values.",
  })
  saveJurisdiction(
    @Ctx() ctx: RequestContext,
    @Arg("changesetId", () => ID, { description: "The draft." }) changesetId: string,
    @Arg("input", () => JurisdictionInput, { description: "The jurisdiction as it should read." })
    input: JurisdictionInput,
    @Arg("baseVersion", () => Int, BASE) baseVersion: number | null,
    @Arg("reason", () => String, REASON) reason: string | null,
  ): Promise<ChangesetEntity> {
    return save(ctx, changesetId, "jurisdictions", input, baseVersion, reason);
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description: "Adds or corrects an agency in a draft (problems as for saveJurisdiction).",
  })
  saveAgency(
    @Ctx() ctx: RequestContext,
    @Arg("changesetId", () => ID, { description: "The draft." }) changesetId: string,
    @Arg("input", () => AgencyInput, { description: "The agency as it should read." }) input: AgencyInput,
    @Arg("baseVersion", () => Int, BASE) baseVersion: number | null,
    @Arg("reason", () => String, REASON) reason: string | null,
  ): Promise<ChangesetEntity> {
    return save(ctx, changesetId, "agencies", input, baseVersion, reason);
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description: "Adds or corrects a source in a draft (problems as for saveJurisdiction).",
  })
  saveSource(
    @Ctx() ctx: RequestContext,
    @Arg("changesetId", () => ID, { description: "The draft." }) changesetId: string,
    @Arg("input", () => SourceInput, { description: "The source as it should read." }) input: SourceInput,
    @Arg("baseVersion", () => Int, BASE) baseVersion: number | null,
    @Arg("reason", () => String, REASON) reason: string | null,
  ): Promise<ChangesetEntity> {
    return save(ctx, changesetId, "sources", input, baseVersion, reason);
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description: "Adds or corrects a policy in a draft (problems as for saveJurisdiction).",
  })
  savePolicy(
    @Ctx() ctx: RequestContext,
    @Arg("changesetId", () => ID, { description: "The draft." }) changesetId: string,
    @Arg("input", () => PolicyInput, { description: "The policy as it should read." }) input: PolicyInput,
    @Arg("baseVersion", () => Int, BASE) baseVersion: number | null,
    @Arg("reason", () => String, REASON) reason: string | null,
  ): Promise<ChangesetEntity> {
    return save(ctx, changesetId, "policies", input, baseVersion, reason);
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description: "Adds or corrects a court case in a draft (problems as for saveJurisdiction).",
  })
  saveCourtCase(
    @Ctx() ctx: RequestContext,
    @Arg("changesetId", () => ID, { description: "The draft." }) changesetId: string,
    @Arg("input", () => CourtCaseInput, { description: "The court case as it should read." }) input: CourtCaseInput,
    @Arg("baseVersion", () => Int, BASE) baseVersion: number | null,
    @Arg("reason", () => String, REASON) reason: string | null,
  ): Promise<ChangesetEntity> {
    return save(ctx, changesetId, "court_cases", input, baseVersion, reason);
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description:
      "Adds or corrects a batch in a draft, with its events when `input.events` is given (problems at 'input.<field>' and 'input.events.<i>.<field>').",
  })
  saveBatch(
    @Ctx() ctx: RequestContext,
    @Arg("changesetId", () => ID, { description: "The draft." }) changesetId: string,
    @Arg("input", () => BatchInput, { description: "The batch as it should read." }) input: BatchInput,
    @Arg("baseVersion", () => Int, BASE) baseVersion: number | null,
    @Arg("reason", () => String, REASON) reason: string | null,
  ): Promise<ChangesetEntity> {
    const id = idOf(changesetId, "changesetId");
    const { events, ...batch } = input;
    const requests: SaveRequest[] = [
      {
        changesetId: id,
        resource: "batches",
        values: fieldValuesFromInput(specOf("batches"), batch as Record<string, InputValue>),
        baseVersion,
        reason,
        path: "input",
      },
      ...(events ?? []).map((event, i) => {
        const { id: eventId, baseVersion: eventBase, reason: eventReason, ...fields } = event;
        return {
          changesetId: id,
          resource: "events" as const,
          values: fieldValuesFromInput(specOf("events"), { ...fields, batchId: input.id } as Record<
            string,
            InputValue
          >),
          baseVersion: eventBase ?? null,
          reason: eventReason ?? null,
          eventId: eventId ? idOf(eventId, `input.events.${i}.id`) : null,
          path: `input.events.${i}`,
        };
      }),
    ];
    return saveChanges(ctx.dataSource, viewerOf(ctx), requests, events ? { replaceNewEventsOf: input.id.trim() } : {});
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description: "Adds or corrects one event in a draft (problems as for saveJurisdiction).",
  })
  saveEvent(
    @Ctx() ctx: RequestContext,
    @Arg("changesetId", () => ID, { description: "The draft." }) changesetId: string,
    @Arg("input", () => EventInput, { description: "The event as it should read." }) input: EventInput,
    @Arg("eventId", () => ID, { nullable: true, description: "The published event this corrects; omit for a new one." })
    eventId: string | null,
    @Arg("baseVersion", () => Int, BASE) baseVersion: number | null,
    @Arg("reason", () => String, REASON) reason: string | null,
  ): Promise<ChangesetEntity> {
    return save(ctx, changesetId, "events", input, baseVersion, reason, eventId ? idOf(eventId, "eventId") : null);
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description:
      "Cites a source on a fact (policy, court case, batch or event) in a draft, starting from the draft's version of the record or the published one.",
  })
  attachSource(
    @Ctx() ctx: RequestContext,
    @Arg("changesetId", () => ID, { description: "The draft." }) changesetId: string,
    @Arg("record", () => RecordRefInput, { description: "The fact." }) record: RecordRefInput,
    @Arg("sourceId", { description: "The source to cite." }) sourceId: string,
    @Arg("reason", () => String, REASON) reason: string | null,
  ): Promise<ChangesetEntity> {
    return this.relink(ctx, changesetId, record, reason, (ids) => (ids.includes(sourceId) ? ids : [...ids, sourceId]));
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description: "Stops citing a source on a fact in a draft (a fact keeps at least one source).",
  })
  detachSource(
    @Ctx() ctx: RequestContext,
    @Arg("changesetId", () => ID, { description: "The draft." }) changesetId: string,
    @Arg("record", () => RecordRefInput, { description: "The fact." }) record: RecordRefInput,
    @Arg("sourceId", { description: "The source to stop citing." }) sourceId: string,
    @Arg("reason", () => String, REASON) reason: string | null,
  ): Promise<ChangesetEntity> {
    return this.relink(ctx, changesetId, record, reason, (ids) => ids.filter((id) => id !== sourceId));
  }

  private async relink(
    ctx: RequestContext,
    changesetId: string,
    record: RecordRefInput,
    reason: string | null,
    change: (ids: string[]) => string[],
  ): Promise<ChangesetEntity> {
    const id = idOf(changesetId, "changesetId");
    if (!specOf(record.type).fields.some((f) => f.name === "source_ids")) {
      throw new UserInputError(`record.type: a ${record.type} record does not cite sources`, "record");
    }
    const current = await currentValues(ctx.dataSource, id, record.type, record.id);
    const ids = (current.values.source_ids ?? "").split(";").filter(Boolean);
    return saveChanges(ctx.dataSource, viewerOf(ctx), [
      {
        changesetId: id,
        resource: record.type,
        values: { ...current.values, source_ids: change(ids).join(";") },
        baseVersion: current.baseVersion,
        reason: reason ?? current.reason,
        eventId: record.type === "events" ? idOf(record.id, "record.id") : null,
        path: "record",
      },
    ]);
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, {
    description:
      "Withdraws a published record in a draft: once published it leaves counts and downloads, keeps its history, and reports itself withdrawn with the reason.",
  })
  withdrawRecord(
    @Ctx() ctx: RequestContext,
    @Arg("changesetId", () => ID, { description: "The draft." }) changesetId: string,
    @Arg("record", () => RecordRefInput, { description: "The record." }) record: RecordRefInput,
    @Arg("baseVersion", () => Int, { description: "The published version the decision was made on." })
    baseVersion: number,
    @Arg("reason", { description: "Why it is withdrawn; published." }) reason: string,
  ): Promise<ChangesetEntity> {
    return withdrawInDraft(ctx.dataSource, viewerOf(ctx), {
      changesetId: idOf(changesetId, "changesetId"),
      resource: record.type,
      recordId: record.id,
      baseVersion,
      reason,
    });
  }

  @Authorized<Permission>("draft")
  @Mutation(() => Changeset, { description: "Takes a change out of a draft." })
  removeChange(
    @Ctx() ctx: RequestContext,
    @Arg("changeId", () => ID, { description: "The change." }) changeId: string,
  ): Promise<ChangesetEntity> {
    return removeChange(ctx.dataSource, idOf(changeId, "changeId"));
  }

  @Authorized<Permission>("publish")
  @Mutation(() => Changeset, {
    description:
      "Publishes a draft: all its changes or none, moving the dataset version on, with a public note. An editor may not publish a changeset they wrote alone (FORBIDDEN). Problems come back as BAD_USER_INPUT at 'changes.<i>.<field>'; a record changed meanwhile as CONFLICT.",
  })
  publishChangeset(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The draft." }) id: string,
    @Arg("note", { description: 'The public note, e.g. "Added Marion County\'s August 2025 subpoenas".' })
    note: string,
  ): Promise<ChangesetEntity> {
    return publishChangeset(ctx.dataSource, viewerOf(ctx), idOf(id, "id"), note);
  }
}
