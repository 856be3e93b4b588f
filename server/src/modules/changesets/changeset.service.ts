import { GraphQLError } from "graphql";
import type { DataSource, EntityManager } from "typeorm";
import { ConflictError, ForbiddenError, NotFoundError } from "../../schema/errors";
import { readStoredRecords, type FieldValues, type StoredRecord } from "../../write/field-values";
import { InvalidChangesError, type Problem } from "../../write/problems";
import { RESOURCES, RESOURCE_BY_NAME, type ResourceName, type ResourceSpec } from "../../write/resources";
import { validatePackage, type PackageTables } from "../../write/validate";
import { existingRowsIn, writeChanges, type RecordChange } from "../../write/write.service";
import type { Viewer } from "../accounts/auth.service";
import { ChangesetChangeEntity } from "./changeset-change.entity";
import { ChangesetEntity, type ChangesetStatus } from "./changeset.entity";
import type { Queryable } from "../shared/queryable";
import { camelField } from "./record-type";

/**
 * Drafts, review and publication. A draft changeset collects its authors' changes as the interchange format's field
 * values; each change is checked as it is saved (with the same validators as a data package, against what is
 * published plus the rest of the draft) and the whole draft is checked again, and written through the one write
 * path, when an editor publishes it.
 */

/** A problem with one change of a draft, located for the client: `input.subpoenaCount`, `changes.2.date`, ... */
export interface LocatedProblem {
  path: string;
  message: string;
  changeId: number | null;
}

/** A client mistake in an edit: BAD_USER_INPUT with every problem and the input path of its field. */
export class EditProblemsError extends GraphQLError {
  constructor(readonly problems: LocatedProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join("; "), {
      extensions: { code: "BAD_USER_INPUT", problems: problems.map(({ path, message }) => ({ path, message })) },
    });
  }
}

/** A change as the draft holds it, saved or about to be. */
interface DraftChange {
  id: number | null;
  recordType: ResourceName;
  recordId: string | null;
  action: "upsert" | "withdraw";
  baseVersion: number | null;
  values: Record<string, string>;
  reason: string | null;
}

/** The stable id field of a resource (events have none in the format). */
const keyField = (spec: ResourceSpec): string => spec.fields[0].name;

const FACT_BEARING = new Set<ResourceName>(["policies", "court_cases", "batches", "events"]);

// ---- Reading ----

export async function listChangesets(
  dataSource: DataSource,
  options: { statuses: ChangesetStatus[] | null; first: number; offset: number },
): Promise<{ nodes: ChangesetEntity[]; totalCount: number }> {
  const repository = dataSource.getRepository(ChangesetEntity);
  const where = options.statuses ? options.statuses.map((status) => ({ status })) : {};
  const [nodes, totalCount] = await repository.findAndCount({
    where,
    order: { id: "DESC" },
    take: options.first,
    skip: options.offset,
  });
  return { nodes, totalCount };
}

export async function getChangeset(q: DataSource | EntityManager, id: number): Promise<ChangesetEntity> {
  const changeset = await q.getRepository(ChangesetEntity).findOneBy({ id });
  if (!changeset) throw new NotFoundError(`No changeset ${id}`);
  return changeset;
}

export async function changesOf(q: DataSource | EntityManager, changesetId: number): Promise<ChangesetChangeEntity[]> {
  return q.getRepository(ChangesetChangeEntity).find({ where: { changesetId }, order: { id: "ASC" } });
}

/** Everyone who wrote part of the changeset: its creator and the authors of its changes. */
/** authorsOf for many changesets at once (the changesets list): one statement, in the order of the changesets. */
export async function authorsOfMany(
  q: Queryable,
  changesets: readonly Pick<ChangesetEntity, "id" | "createdBy">[],
): Promise<number[][]> {
  const rows = await q.query<{ changeset_id: number; author_id: number }[]>(
    `SELECT DISTINCT changeset_id, author_id FROM changeset_changes
      WHERE changeset_id = ANY($1) AND author_id IS NOT NULL ORDER BY changeset_id, author_id`,
    [changesets.map((c) => c.id)],
  );
  return changesets.map((c) => [
    ...new Set([
      ...(c.createdBy ? [c.createdBy] : []),
      ...rows.filter((r) => Number(r.changeset_id) === c.id).map((r) => Number(r.author_id)),
    ]),
  ]);
}

export async function authorsOf(q: DataSource | EntityManager, changeset: ChangesetEntity): Promise<number[]> {
  const rows: { author_id: number }[] = await q.query(
    `SELECT DISTINCT author_id FROM changeset_changes WHERE changeset_id = $1 AND author_id IS NOT NULL`,
    [changeset.id],
  );
  return [...new Set([...(changeset.createdBy ? [changeset.createdBy] : []), ...rows.map((r) => r.author_id)])];
}

// ---- Drafting ----

export async function createChangeset(dataSource: DataSource, viewer: Viewer, note: string): Promise<ChangesetEntity> {
  const repository = dataSource.getRepository(ChangesetEntity);
  const result = await repository.insert({
    kind: "edit",
    status: "draft",
    note: note.trim(),
    createdBy: viewer.accountId,
  });
  return getChangeset(dataSource, Number(result.identifiers[0].id));
}

async function draftFor(q: DataSource | EntityManager, id: number, lock = false): Promise<ChangesetEntity> {
  if (lock) await q.query(`SELECT id FROM changesets WHERE id = $1 FOR UPDATE`, [id]);
  const changeset = await getChangeset(q, id);
  if (changeset.status !== "draft") {
    throw new EditProblemsError([
      {
        path: "changesetId",
        message: `changeset ${id} is ${changeset.status}: start a new changeset for further changes`,
        changeId: null,
      },
    ]);
  }
  return changeset;
}

export async function updateChangeset(
  dataSource: DataSource,
  id: number,
  changes: { note?: string | null; submitted?: boolean | null },
): Promise<ChangesetEntity> {
  await draftFor(dataSource, id);
  const repository = dataSource.getRepository(ChangesetEntity);
  if (typeof changes.note === "string")
    await repository.update({ id }, { note: changes.note.trim(), updatedAt: () => "now()" });
  if (changes.submitted === true)
    await repository.update({ id }, { submittedAt: () => "now()", updatedAt: () => "now()" });
  if (changes.submitted === false) await repository.update({ id }, { submittedAt: null, updatedAt: () => "now()" });
  return getChangeset(dataSource, id);
}

/** A discarded draft keeps its row (and its changes) but can no longer be edited or published. */
export async function discardChangeset(dataSource: DataSource, id: number): Promise<ChangesetEntity> {
  await draftFor(dataSource, id);
  await dataSource.getRepository(ChangesetEntity).update({ id }, { status: "discarded", updatedAt: () => "now()" });
  return getChangeset(dataSource, id);
}

export interface SaveRequest {
  changesetId: number;
  resource: ResourceName;
  values: Record<string, string>;
  baseVersion: number | null;
  reason: string | null;
  /** Events: the stored event edited; null for a new one. */
  eventId?: number | null;
  /** Where the input sits in the request, for problems: "input", "input.events.1". */
  path: string;
}

/**
 * Saves records into a draft, all or none: each replaces the draft's earlier change to the same record. New events
 * of a batch saved with `replaceNewEventsOf` replace the batch's earlier new events (a batch form holds them all).
 */
export async function saveChanges(
  dataSource: DataSource,
  viewer: Viewer,
  requests: SaveRequest[],
  options: { replaceNewEventsOf?: string } = {},
): Promise<ChangesetEntity> {
  return dataSource.transaction(async (manager) => {
    const changesetId = requests[0].changesetId;
    await draftFor(manager, changesetId, true);
    const existing = (await changesOf(manager, changesetId)).map(toDraft);
    const candidates: (DraftChange & { path: string })[] = requests.map((r) => ({
      id: null,
      recordType: r.resource,
      recordId:
        r.resource === "events"
          ? r.eventId
            ? String(r.eventId)
            : null
          : (r.values[keyField(RESOURCE_BY_NAME[r.resource])] ?? "").trim(),
      action: "upsert",
      baseVersion: r.baseVersion ?? null,
      values: r.values,
      reason: r.reason?.trim() || null,
      path: r.path,
    }));
    const replaced = existing.filter(
      (e) =>
        candidates.some((c) => c.recordType === e.recordType && c.recordId !== null && c.recordId === e.recordId) ||
        (options.replaceNewEventsOf !== undefined &&
          e.recordType === "events" &&
          e.recordId === null &&
          e.values.batch_id === options.replaceNewEventsOf),
    );
    const kept = existing.filter((e) => !replaced.includes(e));
    // An edit started from an old version is refused now rather than at publication, with the values to redo it on.
    for (const candidate of candidates) {
      if (candidate.baseVersion === null || candidate.recordId === null) continue;
      const stored = await storedRecord(manager, candidate.recordType, candidate.recordId);
      if (stored && stored.version !== candidate.baseVersion) {
        throw new ConflictError(
          { type: candidate.recordType, id: stored.key },
          stored.version,
          stored.values,
          candidate.baseVersion,
        );
      }
    }
    const problems = await checkDraft(manager, [...kept, ...candidates], (change) =>
      candidates.includes(change as (typeof candidates)[number]) ? (change as (typeof candidates)[number]).path : null,
    );
    if (problems.length > 0) throw new EditProblemsError(problems);
    const repository = manager.getRepository(ChangesetChangeEntity);
    if (replaced.length > 0) await repository.delete(replaced.map((r) => r.id as number));
    await repository.insert(
      candidates.map((c) => ({
        changesetId,
        recordType: c.recordType,
        recordId: c.recordId,
        action: c.action,
        baseVersion: c.baseVersion,
        values: c.values,
        reason: c.reason,
        authorId: viewer.accountId,
      })),
    );
    await manager.getRepository(ChangesetEntity).update({ id: changesetId }, { updatedAt: () => "now()" });
    return getChangeset(manager, changesetId);
  });
}

/** The values a record has now: the draft's change if it has one, else what is published. */
export async function currentValues(
  dataSource: DataSource,
  changesetId: number,
  resource: ResourceName,
  recordId: string,
): Promise<{ values: Record<string, string>; baseVersion: number | null; reason: string | null }> {
  const draft = (await changesOf(dataSource, changesetId)).find(
    (c) => c.recordType === resource && c.recordId === recordId && c.action === "upsert",
  );
  if (draft) return { values: draft.values, baseVersion: draft.baseVersion, reason: draft.reason };
  const stored = await storedRecord(dataSource, resource, recordId);
  if (!stored) throw new NotFoundError(`No ${resource} "${recordId}"`);
  const values = Object.fromEntries(Object.entries(stored.values).map(([k, v]) => [k, v ?? ""]));
  return { values, baseVersion: stored.version, reason: null };
}

export async function storedRecord(
  q: DataSource | EntityManager,
  resource: ResourceName,
  recordId: string,
): Promise<StoredRecord | null> {
  const spec = RESOURCE_BY_NAME[resource];
  const key = resource === "events" ? `events.id::text` : `${spec.table}.${spec.keyColumn}`;
  const [stored] = await readStoredRecords(q, spec, { sql: `${key} = $1`, params: [recordId] });
  return stored ?? null;
}

/** The published records a list of changes touch: one statement per record type, not one per change. */
export async function storedRecordsOf(
  q: DataSource | EntityManager,
  changes: readonly { recordType: ResourceName; recordId: string | null }[],
): Promise<Map<string, StoredRecord>> {
  const idsByType = new Map<ResourceName, string[]>();
  for (const change of changes) {
    if (change.recordId === null) continue;
    const ids = idsByType.get(change.recordType) ?? [];
    ids.push(change.recordId);
    idsByType.set(change.recordType, ids);
  }
  const found = new Map<string, StoredRecord>();
  for (const [resource, ids] of idsByType) {
    const spec = RESOURCE_BY_NAME[resource];
    const key = resource === "events" ? `events.id::text` : `${spec.table}.${spec.keyColumn}`;
    const stored = await readStoredRecords(q, spec, { sql: `${key} = ANY($1)`, params: [ids] });
    for (const record of stored) found.set(`${resource}:${record.key}`, record);
  }
  return found;
}

/** Puts a withdrawal of a published record into the draft; it needs the version it was decided on and a reason. */
export async function withdrawInDraft(
  dataSource: DataSource,
  viewer: Viewer,
  request: { changesetId: number; resource: ResourceName; recordId: string; baseVersion: number; reason: string },
): Promise<ChangesetEntity> {
  return dataSource.transaction(async (manager) => {
    await draftFor(manager, request.changesetId, true);
    const stored = await storedRecord(manager, request.resource, request.recordId);
    const problems: LocatedProblem[] = [];
    if (!stored)
      problems.push({
        path: "record.id",
        message: `no ${request.resource} "${request.recordId}" is published`,
        changeId: null,
      });
    else if (stored.withdrawn) problems.push({ path: "record.id", message: "is already withdrawn", changeId: null });
    if (request.reason.trim() === "")
      problems.push({ path: "reason", message: "a withdrawal must say why (it is published)", changeId: null });
    if (problems.length > 0 || !stored) throw new EditProblemsError(problems);
    if (stored.version !== request.baseVersion) {
      throw new ConflictError(
        { type: request.resource, id: stored.key },
        stored.version,
        stored.values,
        request.baseVersion,
      );
    }
    const repository = manager.getRepository(ChangesetChangeEntity);
    await repository.delete({ changesetId: request.changesetId, recordType: request.resource, recordId: stored.key });
    await repository.insert({
      changesetId: request.changesetId,
      recordType: request.resource,
      recordId: stored.key,
      action: "withdraw",
      baseVersion: stored.version,
      values: Object.fromEntries(Object.entries(stored.values).map(([k, v]) => [k, v ?? ""])),
      reason: request.reason.trim(),
      authorId: viewer.accountId,
    });
    return getChangeset(manager, request.changesetId);
  });
}

/** Takes a change out of a draft (drafts are work in progress; published history is never touched). */
export async function removeChange(dataSource: DataSource, changeId: number): Promise<ChangesetEntity> {
  const change = await dataSource.getRepository(ChangesetChangeEntity).findOneBy({ id: changeId });
  if (!change) throw new NotFoundError(`No change ${changeId}`);
  await draftFor(dataSource, change.changesetId);
  await dataSource.getRepository(ChangesetChangeEntity).delete({ id: changeId });
  return getChangeset(dataSource, change.changesetId);
}

// ---- Checking a draft ----

function toDraft(c: ChangesetChangeEntity): DraftChange {
  return {
    id: c.id,
    recordType: c.recordType,
    recordId: c.recordId,
    action: c.action,
    baseVersion: c.baseVersion,
    values: c.values,
    reason: c.reason,
  };
}

function toRecordChange(change: DraftChange, line: number): RecordChange {
  return {
    resource: change.recordType,
    line,
    values: change.values,
    baseVersion: change.baseVersion ?? undefined,
    eventId: change.recordType === "events" && change.recordId !== null ? Number(change.recordId) : undefined,
    reason: change.reason,
    withdraw: change.action === "withdraw",
    recordId: change.recordId ?? undefined,
  };
}

/**
 * Every problem with a draft's changes, as the write path would find them at publication plus the editorial rules:
 * a change to a published record states the version it started from and (when it changes anything) a reason, and
 * every fact cites at least one source that carries its supporting quote. `pathOf` names where a change sits in the
 * request; changes it returns null for are checked for context only and their problems are not reported.
 */
async function checkDraft(
  manager: EntityManager,
  changes: DraftChange[],
  pathOf: (change: DraftChange, index: number) => string | null,
): Promise<LocatedProblem[]> {
  const located: LocatedProblem[] = [];
  const report = (index: number, field: string, message: string) => {
    const path = pathOf(changes[index], index);
    if (path !== null) located.push({ path: `${path}.${camelField(field)}`, message, changeId: changes[index].id });
  };
  const tables: PackageTables = {};
  changes.forEach((change, index) => {
    if (change.action !== "upsert") return;
    (tables[change.recordType] ??= { rows: [] }).rows.push({
      line: index + 1,
      values: change.values,
      eventId: change.recordType === "events" && change.recordId !== null ? Number(change.recordId) : undefined,
    });
  });
  const validated = await validatePackage(tables, existingRowsIn(manager));
  for (const problem of validated.problems) {
    if (problem.line !== undefined) report(problem.line - 1, problem.field ?? "values", problem.message);
  }

  const quotes = await sourceQuotes(manager, changes);
  for (const [index, change] of changes.entries()) {
    if (change.action !== "upsert") continue;
    const spec = RESOURCE_BY_NAME[change.recordType];
    const stored = change.recordId === null ? null : await storedRecord(manager, change.recordType, change.recordId);
    if (stored && change.baseVersion === null) {
      report(
        index,
        keyField(spec),
        `${change.recordType} "${stored.key}" already exists (version ${stored.version}): edit it with baseVersion ${stored.version}`,
      );
    } else if (!stored && change.recordType === "events" && change.recordId !== null) {
      report(index, "id", `no event ${change.recordId} is published`);
    } else if (stored && !change.reason && differs(spec, stored.values, change.values)) {
      report(index, "reason", "changing a published record is a correction: say why (the reason is published with it)");
    }
    if (FACT_BEARING.has(change.recordType)) {
      const cited = (change.values.source_ids ?? "")
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean);
      if (cited.length > 0 && !cited.some((id) => quotes.get(id))) {
        report(index, "source_ids", "cite at least one source that carries its supporting quote (the quote is empty)");
      }
    }
  }
  return located;
}

function differs(spec: ResourceSpec, stored: FieldValues, values: Record<string, string>): boolean {
  return spec.fields.some((f) => (stored[f.name] ?? "") !== (values[f.name] ?? "").trim());
}

/** Each cited source's quote: the draft's version of the source if it has one, else the published one. */
async function sourceQuotes(manager: EntityManager, changes: DraftChange[]): Promise<Map<string, boolean>> {
  const quotes = new Map<string, boolean>();
  const rows: { id: string; quote: string | null }[] = await manager.query(`SELECT id, quote FROM sources`);
  for (const row of rows) quotes.set(row.id, (row.quote ?? "").trim() !== "");
  for (const change of changes) {
    if (change.recordType === "sources" && change.action === "upsert") {
      quotes.set(change.values.id.trim(), (change.values.quote ?? "").trim() !== "");
    }
  }
  return quotes;
}

/** Problems with a whole draft against what is published now, for review. */
export async function draftProblems(dataSource: DataSource, changesetId: number): Promise<LocatedProblem[]> {
  const changes = (await changesOf(dataSource, changesetId)).map(toDraft);
  return checkDraft(dataSource.manager, changes, (_c, i) => `changes.${i}`);
}

// ---- Review ----

export interface FieldDiff {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ChangeReview {
  change: ChangesetChangeEntity;
  /** What is published now; null for a new record. */
  published: StoredRecord | null;
  diff: FieldDiff[];
  /** The published record has moved on since the change was drafted. */
  stale: boolean;
}

/** Each change beside what is published: every field that differs, and whether the base version is stale. */
export async function reviewChanges(q: DataSource | EntityManager, changesetId: number): Promise<ChangeReview[]> {
  const changes = await changesOf(q, changesetId);
  const stored = await storedRecordsOf(q, changes);
  const reviews: ChangeReview[] = [];
  for (const change of changes) {
    const spec = RESOURCE_BY_NAME[change.recordType];
    const published = change.recordId === null ? null : (stored.get(`${change.recordType}:${change.recordId}`) ?? null);
    const diff: FieldDiff[] = [];
    if (change.action === "withdraw") {
      diff.push({ field: "withdrawn", before: null, after: change.reason });
    } else {
      for (const field of spec.fields) {
        const before = published?.values[field.name] ?? null;
        const after = (change.values[field.name] ?? "").trim() || null;
        if (before !== after) diff.push({ field: camelField(field.name), before, after });
      }
    }
    const stale = published !== null && change.baseVersion !== null && published.version !== change.baseVersion;
    reviews.push({ change, published, diff, stale });
  }
  return reviews;
}

// ---- Publishing ----

/**
 * Publishes a draft through the write path: all of it or nothing. An editor may not publish a changeset they wrote
 * alone; a second pair of eyes is the point of review.
 */
export async function publishChangeset(
  dataSource: DataSource,
  viewer: Viewer,
  id: number,
  note: string,
): Promise<ChangesetEntity> {
  const publicNote = note.trim();
  if (publicNote === "") {
    throw new EditProblemsError([
      { path: "note", message: "say in a sentence what this changeset changes (it is published)", changeId: null },
    ]);
  }
  return dataSource.transaction(async (manager) => {
    const changeset = await draftFor(manager, id, true);
    const authors = await authorsOf(manager, changeset);
    if (authors.length === 1 && authors[0] === viewer.accountId) {
      throw new ForbiddenError("You wrote this changeset alone: another editor must review and publish it.");
    }
    const changes = (await changesOf(manager, id)).map(toDraft);
    if (changes.length === 0) {
      throw new EditProblemsError([{ path: "id", message: "the changeset has no changes to publish", changeId: null }]);
    }
    const problems = await checkDraft(manager, changes, (_c, i) => `changes.${i}`);
    if (problems.length > 0) throw new EditProblemsError(problems);
    try {
      const report = await writeChanges(manager, {
        changes: changes.map((c, i) => toRecordChange(c, i + 1)),
        kind: "edit",
        note: publicNote,
        changesetId: id,
      });
      if (report.changesetId === null) {
        throw new EditProblemsError([
          { path: "id", message: "nothing to publish: every change matches what is already published", changeId: null },
        ]);
      }
    } catch (error) {
      if (error instanceof InvalidChangesError) throw new EditProblemsError(locate(error.problems, changes));
      throw error;
    }
    await manager.getRepository(ChangesetEntity).update({ id }, { publishedBy: viewer.accountId });
    await manager.query(
      `UPDATE correction_requests SET status = 'resolved', updated_at = now() WHERE changeset_id = $1 AND status = 'open'`,
      [id],
    );
    return getChangeset(manager, id);
  });
}

function locate(problems: Problem[], changes: DraftChange[]): LocatedProblem[] {
  return problems.map((p) => {
    const index = (p.line ?? 1) - 1;
    return {
      path: `changes.${index}${p.field ? `.${camelField(p.field)}` : ""}`,
      message: p.message,
      changeId: changes[index]?.id ?? null,
    };
  });
}

/** Record types in the order the write path applies them, for listing changes. */
export const RECORD_ORDER = RESOURCES.map((r) => r.name);

/**
 * Applies a draft inside the caller's transaction, for a preview: the caller reads with the draft applied and then
 * rolls everything back. Any draft (not only one ready for review) can be previewed by staff.
 */
export async function applyDraftForPreview(manager: EntityManager, id: number): Promise<void> {
  const changeset = await draftFor(manager, id);
  const changes = (await changesOf(manager, changeset.id)).map(toDraft);
  try {
    await writeChanges(manager, {
      changes: changes.map((c, i) => toRecordChange(c, i + 1)),
      kind: "edit",
      note: changeset.note || "(preview)",
      changesetId: changeset.id,
    });
  } catch (error) {
    if (error instanceof InvalidChangesError) throw new EditProblemsError(locate(error.problems, changes));
    throw error;
  }
}
