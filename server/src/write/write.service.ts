import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from "typeorm";
import { AgencyEntity } from "../modules/agencies/agency.entity";
import { loadOutcomeEvents, recomputeOutcomes } from "../modules/batches/batch-outcome.service";
import { adjustRollups } from "../modules/counts/count-rollup";
import { BatchEntity } from "../modules/batches/batch.entity";
import { EventEntity } from "../modules/batches/event.entity";
import { ChangesetEntity, type ChangesetKind } from "../modules/changesets/changeset.entity";
import { CourtCaseEntity } from "../modules/court-cases/court-case.entity";
import { DatasetEntity, type PackageLicense } from "../modules/dataset/dataset.entity";
import { JurisdictionEntity } from "../modules/jurisdictions/jurisdiction.entity";
import { PolicyEntity } from "../modules/policies/policy.entity";
import { RevisionEntity } from "../modules/revisions/revision.entity";
import { SourceEntity } from "../modules/sources/source.entity";
import { ConflictError } from "../schema/errors";
import { changedFields, fieldValuesOf, readStoredRecords, type FieldValues, type StoredRecord } from "./field-values";
import { InvalidChangesError, type Problem } from "./problems";
import { RESOURCES, RESOURCE_BY_NAME, keyOf, type LinkSpec, type ResourceName, type ResourceSpec } from "./resources";
import { validatePackage, type BatchFacts, type ExistingRows, type PackageTables, type ValidRow } from "./validate";

/**
 * THE write path. Every change to the record (a data package import, a published changeset of edits) goes through
 * `writeChanges`, which in one transaction and in this order:
 *   1. takes the dataset row's lock, so writers queue and each sees the one before it;
 *   2. validates every change with the format's validators (every problem at once, located by the caller's lines);
 *   3. compares each change with the stored record (optimistic concurrency: a stale base version is a CONFLICT) and
 *      writes only what differs, through the TypeORM entities' repositories;
 *   4. records a revision (values before and after, reason, dataset version) for every record it changed;
 *   5. refreshes what is derived from the touched batches (their outcomes: `refreshDerived`);
 *   6. records the changeset as published and moves the dataset version on.
 * Nothing is written when any step fails. Changing nothing changes nothing, not even the version.
 */

/** One record as the author wants it, in the interchange format's field names and spelling. */
export interface RecordChange {
  resource: ResourceName;
  /** Locates the change in problems: the CSV file line for a package, the change's position for an edit. */
  line: number;
  values: Record<string, string>;
  /** The stored version the author started from; a different stored version is a CONFLICT. Omit for imports. */
  baseVersion?: number;
  /** Events only: the stored event this change edits (an edit may change its date or status). */
  eventId?: number;
  /** Why a published fact changes; kept with the revision (corrections and withdrawals must give one). */
  reason?: string | null;
  /**
   * Withdraws the stored record `recordId` (an event's number for events) instead of writing `values`: it leaves the
   * dataset's counts and downloads but keeps its row, its history and the published reason.
   */
  withdraw?: boolean;
  recordId?: string;
}

export interface DatasetMeta {
  name: string;
  title: string;
  description: string | null;
  licenses: PackageLicense[];
}

export interface ChangeRequest {
  changes: RecordChange[];
  kind: ChangesetKind;
  /** The public note of the changeset. */
  note: string;
  /** Publishes this draft changeset; without it a new published changeset is recorded. */
  changesetId?: number;
  /** Package metadata to keep (imports); edits leave the dataset's metadata alone. */
  dataset?: DatasetMeta;
  /** The reason recorded on revisions whose change gives none (an import names its package). */
  defaultReason?: string | null;
  onProgress?: (message: string) => void;
}

export type Tally = Record<ResourceName, number>;

export interface WriteReport {
  added: Tally;
  changed: Tally;
  unchanged: Tally;
  /** The dataset version after the write; unchanged when nothing was added or changed. */
  version: number;
  /** The published changeset, or null when nothing changed. */
  changesetId: number | null;
  /** Batches whose own row or events changed. */
  touchedBatches: string[];
}

/** Rows are written in statements of this many; PostgreSQL allows at most 65,535 parameters in one. */
const ROWS_PER_STATEMENT = 1000;

const ENTITY_OF: Record<ResourceName, EntityTarget<ObjectLiteral>> = {
  jurisdictions: JurisdictionEntity,
  agencies: AgencyEntity,
  sources: SourceEntity,
  policies: PolicyEntity,
  court_cases: CourtCaseEntity,
  batches: BatchEntity,
  events: EventEntity,
};

export const emptyTally = (): Tally => Object.fromEntries(RESOURCES.map((r) => [r.name, 0])) as Tally;

/** Runs `writeChanges` in a transaction of its own. */
export function publishChanges(dataSource: DataSource, request: ChangeRequest): Promise<WriteReport> {
  return dataSource.transaction((manager) => writeChanges(manager, request));
}

/** The write path, inside the caller's transaction (a preview runs it and rolls back). */
export async function writeChanges(manager: EntityManager, request: ChangeRequest): Promise<WriteReport> {
  const progress = request.onProgress ?? (() => {});
  const dataset = await lockDataset(manager);
  if (!dataset && !request.dataset) {
    throw new Error("The database holds no dataset yet: import a data package first (pnpm data:import).");
  }

  const tables: PackageTables = {};
  const changeAt = new Map<string, RecordChange>();
  const withdrawals = request.changes.filter((c) => c.withdraw);
  for (const change of request.changes.filter((c) => !c.withdraw)) {
    (tables[change.resource] ??= { rows: [] }).rows.push({
      line: change.line,
      values: change.values,
      eventId: change.eventId,
    });
    changeAt.set(`${change.resource}:${change.line}`, change);
  }
  const validated = await validatePackage(tables, existingRowsIn(manager));
  if (validated.problems.length > 0) throw new InvalidChangesError(validated.problems);
  progress(`Checked ${RESOURCES.map((r) => `${validated.rows[r.name].length} ${r.name}`).join(", ")}`);

  const plans: Plan[] = [];
  for (const spec of RESOURCES) {
    const rows = validated.rows[spec.name];
    if (rows.length === 0) continue;
    const pairs = rows.map((row) => ({ row, change: changeAt.get(`${spec.name}:${row.line}`) as RecordChange }));
    plans.push(spec.name === "events" ? await planEvents(manager, spec, pairs) : await planRows(manager, spec, pairs));
  }
  const withdrawn = await planWithdrawals(manager, withdrawals);
  const metaChange = request.dataset ? datasetChange(dataset, request.dataset) : null;
  const report: WriteReport = {
    added: emptyTally(),
    changed: emptyTally(),
    unchanged: emptyTally(),
    version: dataset?.version ?? 0,
    changesetId: null,
    touchedBatches: [],
  };
  for (const plan of plans) {
    report.added[plan.spec.name] = plan.inserts.length;
    report.changed[plan.spec.name] = plan.updates.length;
    report.unchanged[plan.spec.name] = plan.unchanged;
    progress(
      `${plan.spec.name}: ${plan.inserts.length} added, ${plan.updates.length} changed, ${plan.unchanged} unchanged`,
    );
  }
  for (const w of withdrawn) report.changed[w.spec.name] += 1;
  const dataChanged = plans.some((p) => p.inserts.length + p.updates.length > 0) || withdrawn.length > 0;
  if (!dataChanged && !metaChange) return report;

  const version = (dataset?.version ?? 0) + 1;
  const changesetId = await recordChangeset(manager, request, version);
  const revisions: Partial<RevisionEntity>[] = [];
  const touched = batchesTouchedBy(plans);
  // The count rollups lose what the touched batches add as stored now; refreshDerived adds back what they add after.
  await adjustRollups(manager, [...touched], -1);
  for (const plan of plans) {
    await applyPlan(manager, plan, progress);
    for (const insert of plan.inserts) {
      revisions.push({
        ...revisionBase(plan.spec, insert.key, insert.row, changesetId, version),
        recordVersion: 1,
        action: "create",
        before: null,
        after: insert.values,
        reason: insert.change.reason ?? request.defaultReason ?? null,
      });
    }
    for (const update of plan.updates) {
      revisions.push({
        ...revisionBase(plan.spec, update.stored.key, update.row, changesetId, version),
        recordVersion: update.stored.version + 1,
        action: "update",
        before: update.stored.values,
        after: update.values,
        reason: update.change.reason ?? request.defaultReason ?? null,
      });
    }
  }
  for (const w of withdrawn) {
    await manager
      .getRepository(ENTITY_OF[w.spec.name])
      .update(
        w.spec.name === "events"
          ? { id: Number(w.stored.key) }
          : keyCriteria(manager.getRepository(ENTITY_OF[w.spec.name]), w.spec, w.stored.key),
        { withdrawnAt: () => "now()", withdrawnReason: w.reason, version: () => "version + 1" },
      );
    revisions.push({
      changesetId,
      datasetVersion: version,
      recordType: w.spec.name,
      recordId: w.stored.key,
      parentId: w.stored.batchId ?? null,
      recordVersion: w.stored.version + 1,
      action: "withdraw",
      before: w.stored.values,
      after: w.stored.values,
      reason: w.reason,
    });
    if (w.spec.name === "batches") touched.add(w.stored.key);
    if (w.stored.batchId) touched.add(w.stored.batchId);
  }
  if (metaChange) {
    revisions.push({
      changesetId,
      datasetVersion: version,
      recordType: "dataset",
      recordId: "dataset",
      parentId: null,
      recordVersion: version,
      action: metaChange.before ? "update" : "create",
      before: metaChange.before,
      after: metaChange.after,
      reason: request.defaultReason ?? null,
    });
  }
  await insertInChunks(manager.getRepository(RevisionEntity), revisions);
  report.touchedBatches = [...touched];
  if (touched.size > 0) {
    progress(`Deriving outcomes of ${touched.size} batches`);
    await refreshDerived(manager, report.touchedBatches);
  }
  await moveDatasetVersion(manager, dataset, request.dataset, version);
  report.version = version;
  report.changesetId = changesetId;
  return report;
}

/** The batches a write changes, directly or through their events (a moved event touches both batches). */
function batchesTouchedBy(plans: Plan[]): Set<string> {
  const touched = new Set<string>();
  for (const plan of plans) {
    if (plan.spec.name === "batches") [...plan.inserts, ...plan.updates].forEach((w) => touched.add(w.row.key));
    if (plan.spec.name === "events") {
      for (const w of [...plan.inserts, ...plan.updates]) touched.add(w.row.columns.batch_id as string);
      for (const u of plan.updates) if (u.stored.batchId) touched.add(u.stored.batchId);
    }
  }
  return touched;
}

/**
 * Everything derived from batches and their events is brought up to date here, in the write's transaction: the
 * outcome breakdown of each touched batch, then its contribution to the count rollups (taken out before the write).
 */
async function refreshDerived(manager: EntityManager, batchIds: string[]): Promise<void> {
  await recomputeOutcomes(manager, batchIds);
  await adjustRollups(manager, batchIds, 1);
}

// ---- Planning: what differs from what is stored ----

interface Pair {
  row: ValidRow;
  change: RecordChange;
}

interface Insert extends Pair {
  /** The stable id; filled in for events once inserted. */
  key: string;
  values: FieldValues;
}

interface Update extends Pair {
  stored: StoredRecord;
  values: FieldValues;
  fields: string[];
}

interface Plan {
  spec: ResourceSpec;
  inserts: Insert[];
  updates: Update[];
  unchanged: number;
}

function compare(spec: ResourceSpec, pair: Pair, stored: StoredRecord | undefined, plan: Plan): void {
  const values = fieldValuesOf(spec, pair.row);
  if (!stored) {
    plan.inserts.push({ ...pair, key: pair.row.key, values });
    return;
  }
  const base = pair.change.baseVersion;
  if (base !== undefined && base !== stored.version) {
    throw new ConflictError({ type: spec.name, id: stored.key }, stored.version, stored.values, base);
  }
  const fields = changedFields(spec, stored.values, values);
  if (fields.length === 0) plan.unchanged += 1;
  else plan.updates.push({ ...pair, stored, values, fields });
}

async function planRows(manager: EntityManager, spec: ResourceSpec, pairs: Pair[]): Promise<Plan> {
  const ordered = spec.name === "jurisdictions" ? parentsFirst(pairs) : pairs;
  const stored = await readStoredRecords(manager, spec, {
    sql: `${spec.table}.${spec.keyColumn} = ANY($1)`,
    params: [ordered.map((p) => p.row.key)],
  });
  const byKey = new Map(stored.map((r) => [r.key, r]));
  const plan: Plan = { spec, inserts: [], updates: [], unchanged: 0 };
  for (const pair of ordered) {
    if (pair.change.baseVersion !== undefined && !byKey.has(pair.row.key)) {
      throw new InvalidChangesError([
        {
          file: spec.file,
          line: pair.row.line,
          field: spec.fields[0].name,
          message: `no ${spec.name} "${pair.row.key}" is stored`,
        },
      ]);
    }
    compare(spec, pair, byKey.get(pair.row.key), plan);
  }
  return plan;
}

/** Events have no id in the format: a package's event is matched within its batch by what identifies it. */
async function planEvents(manager: EntityManager, spec: ResourceSpec, pairs: Pair[]): Promise<Plan> {
  const batchIds = [...new Set(pairs.map((p) => p.row.columns.batch_id as string))];
  const eventIds = pairs.flatMap((p) => (p.row.eventId === undefined ? [] : [p.row.eventId]));
  const stored = await readStoredRecords(manager, spec, {
    sql: `events.batch_id = ANY($1) OR events.id = ANY($2::int[])`,
    params: [batchIds, eventIds],
  });
  const byId = new Map(stored.map((r) => [r.key, r]));
  const byNaturalKey = new Map(stored.map((r) => [`${r.batchId}|${r.naturalKey}`, r]));
  const plan: Plan = { spec, inserts: [], updates: [], unchanged: 0 };
  const problems: Problem[] = [];
  for (const pair of pairs) {
    const naturalKey = `${pair.row.columns.batch_id as string}|${pair.row.key}`;
    if (pair.row.eventId === undefined) {
      compare(spec, pair, byNaturalKey.get(naturalKey), plan);
      continue;
    }
    const current = byId.get(String(pair.row.eventId));
    const twin = byNaturalKey.get(naturalKey);
    if (!current) {
      problems.push({
        file: spec.file,
        line: pair.row.line,
        field: "id",
        message: `no event ${pair.row.eventId} is stored`,
      });
    } else if (twin && twin.key !== current.key) {
      problems.push({
        file: spec.file,
        line: pair.row.line,
        field: "date",
        message: `the batch already has this event (same date, status, agency and court case): event ${twin.key}`,
      });
    } else {
      compare(spec, pair, current, plan);
    }
  }
  if (problems.length > 0) throw new InvalidChangesError(problems);
  return plan;
}

interface Withdrawal {
  spec: ResourceSpec;
  stored: StoredRecord;
  reason: string;
}

/** Withdrawals name a stored record, the version they were decided on and a reason; nothing else is checked. */
async function planWithdrawals(manager: EntityManager, changes: RecordChange[]): Promise<Withdrawal[]> {
  const problems: Problem[] = [];
  const planned: Withdrawal[] = [];
  for (const change of changes) {
    const spec = RESOURCE_BY_NAME[change.resource];
    const at = { file: spec.file, line: change.line };
    const key = spec.name === "events" ? `${spec.table}.id::text` : `${spec.table}.${spec.keyColumn}`;
    const [stored] = await readStoredRecords(manager, spec, { sql: `${key} = $1`, params: [change.recordId ?? ""] });
    const reason = change.reason?.trim() ?? "";
    if (!stored) problems.push({ ...at, field: "id", message: `no ${spec.name} "${change.recordId}" is stored` });
    else if (stored.withdrawn)
      problems.push({ ...at, field: "id", message: `${spec.name} "${stored.key}" is already withdrawn` });
    else if (reason === "")
      problems.push({ ...at, field: "reason", message: "a withdrawal must say why (it is published)" });
    else if (change.baseVersion !== undefined && change.baseVersion !== stored.version) {
      throw new ConflictError({ type: spec.name, id: stored.key }, stored.version, stored.values, change.baseVersion);
    } else planned.push({ spec, stored, reason });
  }
  if (problems.length > 0) throw new InvalidChangesError(problems);
  return planned;
}

/** Orders jurisdictions so that a parent in the changes is written before its children (foreign keys hold). */
function parentsFirst(pairs: Pair[]): Pair[] {
  const byKey = new Map(pairs.map((p) => [p.row.key, p]));
  const ordered: Pair[] = [];
  const placed = new Set<string>();
  const place = (pair: Pair) => {
    if (placed.has(pair.row.key)) return;
    placed.add(pair.row.key);
    const parent = byKey.get(pair.row.columns.parent_slug as string);
    if (parent) place(parent);
    ordered.push(pair);
  };
  pairs.forEach(place);
  return ordered;
}

// ---- Applying: writes through the entities' repositories ----

async function applyPlan(manager: EntityManager, plan: Plan, progress: (m: string) => void): Promise<void> {
  const { spec } = plan;
  const repository = manager.getRepository(ENTITY_OF[spec.name]);
  const isEvent = spec.name === "events";
  const entities = plan.inserts.map((insert) => ({
    ...toEntity(repository, isEvent ? { ...insert.row.columns, natural_key: insert.row.key } : insert.row.columns),
    version: 1,
  }));
  const ids = await insertInChunks(repository, entities, (done) => {
    if (entities.length > ROWS_PER_STATEMENT) progress(`${spec.name}: ${done} of ${entities.length} written`);
  });
  if (isEvent) plan.inserts.forEach((insert, i) => (insert.key = String(ids[i])));

  const linkFields = new Set(linksOf(spec).map((l) => l.table));
  const relink: { owner: string; links: ValidRow["links"] }[] = plan.inserts.map((i) => ({
    owner: i.key,
    links: i.row.links,
  }));
  for (const update of plan.updates) {
    const columnFieldChanged = update.fields.some((name) => {
      const field = spec.fields.find((f) => f.name === name);
      return field !== undefined && field.type !== "refList";
    });
    if (columnFieldChanged) {
      const columns = isEvent ? { ...update.row.columns, natural_key: update.row.key } : update.row.columns;
      await repository.update(
        isEvent ? { id: Number(update.stored.key) } : keyCriteria(repository, spec, update.stored.key),
        {
          ...toEntity(repository, columns),
          version: () => "version + 1",
        },
      );
    } else {
      await repository.update(
        isEvent ? { id: Number(update.stored.key) } : keyCriteria(repository, spec, update.stored.key),
        {
          version: () => "version + 1",
        },
      );
    }
    const links = update.row.links.filter(
      (l) => linkFields.has(l.link.table) && update.fields.includes(linkFieldName(spec, l.link)),
    );
    if (links.length > 0) relink.push({ owner: update.stored.key, links });
  }
  await writeLinks(manager, relink);
}

function linkFieldName(spec: ResourceSpec, link: LinkSpec): string {
  return spec.fields.find((f) => f.type === "refList" && f.link.table === link.table)?.name ?? "";
}

function linksOf(spec: ResourceSpec): LinkSpec[] {
  return spec.fields.flatMap((f) => (f.type === "refList" ? [f.link] : []));
}

function keyCriteria(repository: Repository<ObjectLiteral>, spec: ResourceSpec, key: string): ObjectLiteral {
  return toEntity(repository, { [spec.keyColumn]: key });
}

/** Stored column names to the entity's property names (the validators speak columns, repositories properties). */
function toEntity(repository: Repository<ObjectLiteral>, columns: Record<string, unknown>): ObjectLiteral {
  const entity: ObjectLiteral = {};
  for (const [column, value] of Object.entries(columns)) {
    const meta = repository.metadata.findColumnWithDatabaseName(column);
    if (!meta) throw new Error(`${repository.metadata.tableName} has no column ${column}`);
    entity[meta.propertyName] = value;
  }
  return entity;
}

/** Multi-row INSERTs in chunks; returns each row's generated id (when it has one) in order. */
async function insertInChunks<T extends ObjectLiteral>(
  repository: Repository<T>,
  rows: Partial<T>[],
  onChunk: (done: number) => void = () => {},
): Promise<unknown[]> {
  const ids: unknown[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    // TypeORM's insert typing wants its deep-partial type; these are plain column values.
    const result = await repository.insert(chunk as Parameters<Repository<T>["insert"]>[0]);
    ids.push(...result.identifiers.map((identifier) => identifier?.id));
    onChunk(Math.min(start + ROWS_PER_STATEMENT, rows.length));
  }
  return ids;
}

/** Replaces the links of each owner with the given targets, in order, set by set. */
async function writeLinks(
  manager: EntityManager,
  owners: { owner: string; links: ValidRow["links"] }[],
): Promise<void> {
  const byTable = new Map<string, { link: LinkSpec; owners: string[]; rows: [string, string, number][] }>();
  for (const { owner, links } of owners) {
    for (const { link, targets } of links) {
      const entry = byTable.get(link.table) ?? { link, owners: [], rows: [] };
      entry.owners.push(owner);
      targets.forEach((target, position) => entry.rows.push([owner, target, position]));
      byTable.set(link.table, entry);
    }
  }
  for (const { link, owners: ownerKeys, rows } of byTable.values()) {
    const ownerType = link.table === "event_sources" ? "int" : "text";
    await manager.query(`DELETE FROM ${link.table} WHERE ${link.ownerColumn} = ANY($1::${ownerType}[])`, [ownerKeys]);
    if (rows.length === 0) continue;
    await manager.query(
      `INSERT INTO ${link.table} (${link.ownerColumn}, ${link.targetColumn}, position)
       SELECT * FROM unnest($1::${ownerType}[], $2::text[], $3::int[])`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
  }
}

function revisionBase(
  spec: ResourceSpec,
  key: string,
  row: ValidRow,
  changesetId: number,
  datasetVersion: number,
): Pick<RevisionEntity, "changesetId" | "datasetVersion" | "recordType" | "recordId" | "parentId"> {
  return {
    changesetId,
    datasetVersion,
    recordType: spec.name,
    recordId: key,
    parentId: spec.name === "events" ? (row.columns.batch_id as string) : null,
  };
}

// ---- The dataset row and the changeset ----

export async function lockDataset(manager: EntityManager): Promise<(DatasetMeta & { version: number }) | null> {
  const [row]: (DatasetMeta & { version: number })[] = await manager.query(
    `SELECT name, title, description, licenses, version FROM dataset FOR UPDATE`,
  );
  return row ?? null;
}

function metaValues(meta: DatasetMeta): FieldValues {
  return {
    name: meta.name,
    title: meta.title,
    description: meta.description,
    licenses: JSON.stringify(meta.licenses),
  };
}

export function datasetChange(
  current: DatasetMeta | null,
  wanted: DatasetMeta,
): { before: FieldValues | null; after: FieldValues } | null {
  const after = metaValues(wanted);
  if (!current) return { before: null, after };
  const before = metaValues(current);
  return Object.keys(after).some((k) => before[k] !== after[k]) ? { before, after } : null;
}

export async function moveDatasetVersion(
  manager: EntityManager,
  current: DatasetMeta | null,
  wanted: DatasetMeta | undefined,
  version: number,
): Promise<void> {
  const repository = manager.getRepository(DatasetEntity);
  const meta = wanted ?? current;
  if (!meta) throw new Error("no dataset metadata");
  if (!current) {
    await repository.insert({ id: true, ...meta, version });
    return;
  }
  await repository.update({ id: true }, { ...meta, version, updatedAt: () => "now()" });
}

export async function recordChangeset(
  manager: EntityManager,
  request: ChangeRequest,
  version: number,
): Promise<number> {
  const repository = manager.getRepository(ChangesetEntity);
  if (request.changesetId !== undefined) {
    await repository.update(
      { id: request.changesetId },
      {
        status: "published",
        note: request.note,
        datasetVersion: version,
        publishedAt: () => "now()",
        updatedAt: () => "now()",
      },
    );
    return request.changesetId;
  }
  const result = await repository.insert({
    kind: request.kind,
    status: "published",
    note: request.note,
    datasetVersion: version,
    publishedAt: () => "now()",
  });
  return Number(result.identifiers[0].id);
}

// ---- What the validators ask of the database ----

/** Lookups the validators use for references to rows that are already stored. */
export function existingRowsIn(manager: EntityManager): ExistingRows {
  return {
    async existingIds(resource, ids) {
      const { table, column } = keyOf(resource);
      const found: { id: string }[] = await manager.query(
        `SELECT ${column} AS id FROM ${table} WHERE ${column} = ANY($1)`,
        [ids],
      );
      return new Set(found.map((r) => r.id));
    },
    async batches(ids) {
      const found: { id: string; subpoena_count: number | null; issued_on: string; agencies: string[] }[] =
        await manager.query(
          `SELECT b.id, b.subpoena_count, b.issued_on,
                coalesce(array_agg(ba.agency_slug ORDER BY ba.position) FILTER (WHERE ba.agency_slug IS NOT NULL), '{}') AS agencies
           FROM batches b LEFT JOIN batch_agencies ba ON ba.batch_id = b.id
          WHERE b.id = ANY($1) GROUP BY b.id`,
          [ids],
        );
      return new Map<string, BatchFacts>(
        found.map((b) => [b.id, { agencies: b.agencies, count: b.subpoena_count, issuedOn: b.issued_on }]),
      );
    },
    events: (batchIds) => loadOutcomeEvents(manager, batchIds),
  };
}
