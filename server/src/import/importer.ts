import path from "node:path";
import { performance } from "node:perf_hooks";
import type { PoolClient } from "pg";
import type { DataSource, QueryRunner } from "typeorm";
import { deriveOutcomes } from "../modules/batches/batch-outcome-sets";
import { adjustRollupsOfTable, rebuildRollups } from "../modules/counts/count-rollup";
import type { Queryable } from "../modules/shared/queryable";
import { fieldValuesOf, storedValueSql } from "../write/field-values";
import { PackageError, type Problem } from "../write/problems";
import { RESOURCES, type FieldSpec, type ResourceSpec } from "../write/resources";
import {
  batchCountProblem,
  beforeIssueMessage,
  checkJurisdictionCycles,
  checkRow,
  countyFipsRowProblem,
  duplicateMessage,
  moreThanBatchMessage,
  notServedMessage,
  outcomeRuleMessage,
  unknownReferenceMessage,
  type ValidRow,
} from "../write/validate";
import {
  datasetChange,
  emptyTally,
  lockDataset,
  moveDatasetVersion,
  recordChangeset,
  type DatasetMeta,
  type Tally,
} from "../write/write.service";
import { streamCsv } from "./csv";
import { checkHeader, readPackageContents, type PackageFile } from "./package-reader";
import { createStagingSql, openStagingWriter, stagingTable, type StagedValue } from "./staging";

export interface ImportReport {
  added: Tally;
  changed: Tally;
  unchanged: Tally;
  /** The dataset version after the import; unchanged when nothing was added or changed. */
  version: number;
  /** The published changeset, or null when nothing changed. */
  changesetId: number | null;
  /** How many batches changed, directly or through their events. */
  touchedBatches: number;
}

export interface ImportOptions {
  /** Told what is happening on long imports. */
  onProgress?: (message: string) => void;
  /**
   * Bulk writes (a table's indexes and foreign keys dropped, then rebuilt) lock the table against every reader until
   * the import ends. By default they are used only on tables that hold no row yet, such as on a first import, which
   * nobody reads; with `bulk` (`pnpm data:import --bulk`) also on a stored table that the import adds at least a
   * quarter to, for an import into a database whose readers can wait.
   */
  bulk?: boolean;
}

/** A problem with where it sorts: the order the checks report in (phase, resource, line, field, item). */
interface Found extends Problem {
  order: number[];
}

const PROGRESS_EVERY = 100_000;

/**
 * Imports a data package in one transaction, at the speed the database loads rows:
 *   1. each CSV file is streamed (never held whole): every row gets its own checks (types, enums, dates, lists, with
 *      the write path's validators) and goes, in the format's spelling, into a temporary staging table, by COPY on
 *      PostgreSQL and multi-row INSERTs on the embedded database;
 *   2. what spans rows is checked in SQL over the staging tables and the stored rows: duplicate ids, references,
 *      events against their batches (jurisdiction cycles in memory: there are few jurisdictions);
 *   3. every problem is reported at once with file, line and field, and nothing is written;
 *   4. otherwise each resource is compared with what is stored (added, changed, unchanged, counted in SQL), and
 *      added and changed rows are written set-based with a revision each (values before and after, the package as
 *      reason), as the editorial write path records them; a resource none of whose rows is stored yet (a first
 *      import) straight from its staging table, in no particular order, its ordinals, event ids and revision ids
 *      given out by each row's place in its file;
 *   5. the touched batches' outcomes are derived (set-based in SQL where the rule allows, by the rule otherwise; a
 *      batch the rule refuses is a problem, and nothing is written) and their count rollups kept;
 *   6. the changeset is published and the dataset version moves on.
 * Importing the same package twice changes nothing and keeps the version. Rows are never deleted by an import.
 */
export async function importPackage(
  dataSource: DataSource,
  folder: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const say = options.onProgress ?? (() => {});
  const progress = (message: string) => say(`${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  progress(`Reading ${folder}`);
  const contents = readPackageContents(folder);
  const found: Found[] = contents.problems.map((p, i) => ({ ...p, order: [0, -1, i] }));
  const { descriptor } = contents;
  if (!descriptor) throw new PackageError(sorted(found));

  const queryRunner = dataSource.createQueryRunner();
  const client = (await queryRunner.connect()) as PoolClient;
  try {
    const [{ version: engine }] = (await client.query(`SELECT version() AS version`)).rows as { version: string }[];
    const useCopy = !engine.includes("PGlite");
    await queryRunner.startTransaction();
    try {
      const report = await importInTransaction(queryRunner, client, useCopy, folder, descriptor, contents.files, {
        found,
        progress,
        bulk: options.bulk ?? false,
      });
      if (report.changesetId === null) await queryRunner.rollbackTransaction();
      else await queryRunner.commitTransaction();
      progress(report.changesetId === null ? "Nothing changed" : `Published as dataset version ${report.version}`);
      return report;
    } catch (error) {
      await queryRunner.rollbackTransaction();
      throw error;
    }
  } finally {
    await queryRunner.release();
  }
}

function sorted(found: Found[]): Problem[] {
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = (a[i] ?? 0) - (b[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  };
  return [...found].sort((a, b) => compare(a.order, b.order)).map(({ order: _order, ...p }) => p);
}

const q = (name: string) => `"${name}"`;

async function importInTransaction(
  queryRunner: QueryRunner,
  client: PoolClient,
  useCopy: boolean,
  folder: string,
  descriptor: NonNullable<ReturnType<typeof readPackageContents>["descriptor"]>,
  files: PackageFile[],
  { found, progress, bulk }: { found: Found[]; progress: (message: string) => void; bulk: boolean },
): Promise<ImportReport> {
  const sql = (text: string, params: unknown[] = []) => client.query(text, params);
  const rowsOf: Queryable = {
    query: async <T>(text: string, params?: unknown[]) => (await sql(text, params)).rows as T,
  };
  const dataset = await lockDataset(queryRunner.manager);
  // A big package takes longer than the server's per-request statement timeout; it holds one transaction throughout.
  await sql(`SET LOCAL work_mem = '256MB'`);
  await sql(`SET LOCAL statement_timeout = 0`);
  await sql(`SET LOCAL idle_in_transaction_session_timeout = 0`);
  for (const spec of RESOURCES) await sql(createStagingSql(spec));

  // 1. Stream every file into its staging table, with each row's own checks.
  const staged = new Map<ResourceSpec, number>();
  const jurisdictions: ValidRow[] = [];
  for (const file of files) {
    const rows = await stageFile(client, file, useCopy, found, jurisdictions, progress);
    if (rows !== null) staged.set(file.spec, rows);
  }
  // Analyzed, or the planner (which sees empty base tables on a first import) walks them row by row. Not indexed:
  // every statement over them joins by hash (the two indexes on the staged events cost 0.9 s at 263k rows).
  for (const spec of RESOURCES) {
    // Statistics only of the columns the checks join and filter on: sampling every text field cost as much again.
    await sql(`ANALYZE ${stagingTable(spec)} (line, ok, dup, key${spec.name === "events" ? ", batch_id" : ""})`);
  }
  progress(`Checked ${RESOURCES.map((r) => `${staged.get(r) ?? 0} ${r.name}`).join(", ")} row by row`);

  // 2. Checks that span rows.
  const duplicates = await findDuplicates(client, found);
  const unique = (spec: ResourceSpec, f: Found) => !duplicates.get(spec.name)?.has(f.line ?? -1);
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    const spec = RESOURCES[f.order[1]];
    if ((f.order[0] === 4 || f.order[0] === 5) && spec && !unique(spec, f)) found.splice(i, 1);
  }
  await findUnknownReferences(client, found);
  const cycles: Problem[] = [];
  checkJurisdictionCycles(
    jurisdictions.filter((r) => !duplicates.get("jurisdictions")?.has(r.line)),
    cycles,
  );
  found.push(...cycles.map((p) => ({ ...p, order: [3, 0, p.line ?? 0] })));
  await checkEventsAgainstBatches(client, found);
  progress("Checked references and rules across rows");
  if (found.length > 0) throw new PackageError(sorted(found));

  // 3. What differs from what is stored.
  const report: ImportReport = {
    added: emptyTally(),
    changed: emptyTally(),
    unchanged: emptyTally(),
    version: dataset?.version ?? 0,
    changesetId: null,
    touchedBatches: 0,
  };
  // A resource with no stored row (a first import) has nothing to compare with: every checked row is added, and no
  // diff table is made (at 2.6M events it and the touched batches' UNION over it cost 3 s).
  const storedNone = new Set<ResourceSpec>();
  for (const spec of RESOURCES) {
    const [{ none }] = (await sql(`SELECT NOT EXISTS (SELECT 1 FROM ${spec.table}) AS none`)).rows as {
      none: boolean;
    }[];
    if (none) storedNone.add(spec);
    else await sql(diffSql(spec));
    const counts = (
      await sql(
        none
          ? `SELECT 'create' AS action, count(*)::int AS n FROM ${stagingTable(spec)} WHERE ok`
          : `SELECT action, count(*)::int AS n FROM ${diffTable(spec)} GROUP BY action`,
      )
    ).rows as {
      action: "create" | "update" | "same";
      n: number;
    }[];
    for (const { action, n } of counts) {
      (action === "create" ? report.added : action === "update" ? report.changed : report.unchanged)[spec.name] = n;
    }
    if (staged.has(spec)) {
      progress(
        `${spec.name}: ${report.added[spec.name]} added, ${report.changed[spec.name]} changed, ${report.unchanged[spec.name]} unchanged`,
      );
    }
  }
  const meta: DatasetMeta = {
    name: descriptor.name,
    title: descriptor.title ?? descriptor.name,
    description: descriptor.description ?? null,
    licenses: descriptor.licenses ?? [],
  };
  const metaChange = datasetChange(dataset, meta);
  const dataChanged = RESOURCES.some((r) => report.added[r.name] + report.changed[r.name] > 0);
  if (!dataChanged && !metaChange) return report;

  // 4. Write, with revisions; the touched batches' rollup contributions come out first and go back in at the end.
  const reason = `Imported from the data package "${descriptor.name}" (${path.basename(path.resolve(folder))})`;
  const version = (dataset?.version ?? 0) + 1;
  const changesetId = await recordChangeset(
    queryRunner.manager,
    { changes: [], kind: "import", note: reason },
    version,
  );
  // From the diff tables alone (they carry each row's batch): joining them back to the staged rows cost more than
  // the rest (1.3 s of 1.5 s at 263k events); the key goes on after the rows, by one sort.
  // With no batch stored, every staged batch is added and every staged event's batch is one of them (the references
  // are checked): the touched batches are the staged ones (their keys are unique, or nothing would be written).
  const batchSpec = RESOURCES.find((r) => r.name === "batches") as ResourceSpec;
  const eventSpec = RESOURCES.find((r) => r.name === "events") as ResourceSpec;
  const touchedBy = (spec: ResourceSpec, column: string) =>
    storedNone.has(spec)
      ? `SELECT ${column} AS id FROM ${stagingTable(spec)} WHERE ok`
      : `SELECT batch_id AS id FROM ${diffTable(spec)} WHERE action <> 'same'`;
  await sql(
    `CREATE TEMP TABLE import_touched ON COMMIT DROP AS ${
      storedNone.has(batchSpec)
        ? touchedBy(batchSpec, "key")
        : `${touchedBy(batchSpec, "key")} UNION ${touchedBy(eventSpec, "batch_id")}`
    }`,
  );
  await sql(`ALTER TABLE import_touched ADD PRIMARY KEY (id)`);
  await sql(`ANALYZE import_touched`);
  report.touchedBatches = (await sql(`SELECT count(*)::int AS n FROM import_touched`)).rows[0].n as number;
  // On a first import (no batch stored yet) the rollups are built from scratch afterwards: one aggregate into empty
  // tables, their keys built after, instead of an upsert per group.
  const [{ first: firstBatches }] = (await sql(`SELECT NOT EXISTS (SELECT 1 FROM batches) AS first`)).rows as {
    first: boolean;
  }[];
  if (!firstBatches) await adjustRollupsOfTable(rowsOf, "import_touched", -1);
  if (useCopy) await sql(`SET LOCAL maintenance_work_mem = '256MB'`);
  const written = RESOURCES.reduce((n, r) => n + report.added[r.name] + report.changed[r.name], 0);
  const revisionIndexes = await suspendIndexesIfBulk(client, ["revisions"], written, bulk);
  for (const spec of RESOURCES) {
    const rows = report.added[spec.name] + report.changed[spec.name];
    if (rows === 0) continue;
    const links = spec.fields.flatMap((f) => (f.type === "refList" ? [f.link.table] : []));
    const suspended = await suspendIndexesIfBulk(client, [spec.table, ...links], rows, bulk);
    // Every staged row is new (a first import of the resource): written straight from the staging table.
    const allNew = storedNone.has(spec) || report.added[spec.name] === staged.get(spec);
    await (allNew ? writeAllNew : writeResource)(client, spec, [changesetId, version, reason]);
    if (suspended) {
      await restoreIndexes(client, suspended);
      progress(
        `${spec.name}: rebuilt ${suspended.indexes.length + suspended.keys.length} indexes and ${suspended.foreignKeys.length} foreign keys`,
      );
    }
    await sql(`ANALYZE ${[spec.table, ...links].join(", ")}`);
    progress(`${spec.name}: written`);
  }
  if (revisionIndexes) await restoreIndexes(client, revisionIndexes);

  // 5. Outcomes and rollups of the touched batches.
  const refused: { batchId: string; problems: string[] }[] = [];
  // On a first import the outcome rows, too, go in without a foreign key check and index insert each.
  const outcomeIndexes = await suspendIndexesIfBulk(client, ["batch_outcomes"], report.touchedBatches, bulk);
  await deriveOutcomes(rowsOf, {
    idTable: "import_touched",
    onProblems: (batchId, problems) => refused.push({ batchId, problems }),
    log: progress,
  });
  if (refused.length > 0) throw new PackageError(sorted(await locateRefusals(client, refused)));
  if (outcomeIndexes) {
    await restoreIndexes(client, outcomeIndexes);
    progress(
      `batch_outcomes: rebuilt ${outcomeIndexes.indexes.length + outcomeIndexes.keys.length} indexes and ${outcomeIndexes.foreignKeys.length} foreign keys`,
    );
  }
  if (firstBatches) {
    const rollupIndexes = await suspendIndexesIfBulk(client, ["count_rollup_batches", "count_rollup_parts"], 1, bulk);
    await sql(`ANALYZE batch_outcomes`);
    await rebuildRollups(rowsOf);
    if (rollupIndexes) await restoreIndexes(client, rollupIndexes);
  } else {
    await adjustRollupsOfTable(rowsOf, "import_touched", 1);
  }
  progress(`Derived the outcomes of ${report.touchedBatches} batches and their rollups`);

  // 6. The dataset's own revision and version.
  if (metaChange) {
    await sql(
      `INSERT INTO revisions (changeset_id, dataset_version, record_type, record_id, parent_id, record_version, action,
                              before, after, reason)
       VALUES ($1, $2, 'dataset', 'dataset', NULL, $2, $3, $4, $5, $6)`,
      [
        changesetId,
        version,
        metaChange.before ? "update" : "create",
        metaChange.before ? JSON.stringify(metaChange.before) : null,
        JSON.stringify(metaChange.after),
        reason,
      ],
    );
  }
  await moveDatasetVersion(queryRunner.manager, dataset, meta, version);
  report.version = version;
  report.changesetId = changesetId;
  return report;
}

// ---- 1. Streaming ----

/** Streams one file into its staging table. Returns the rows staged, or null when the file could not be used. */
async function stageFile(
  client: PoolClient,
  { spec, file, filePath }: PackageFile,
  useCopy: boolean,
  found: Found[],
  jurisdictions: ValidRow[],
  progress: (message: string) => void,
): Promise<number | null> {
  const resource = RESOURCES.indexOf(spec);
  const own: Found[] = [];
  const writer = openStagingWriter(client, spec, useCopy);
  let header: string[] | null = null;
  let rows = 0;
  try {
    for await (const { record, line } of streamCsv(filePath)) {
      if (header === null) {
        header = record;
        const checked = checkHeader(spec, file, header);
        found.push(...checked.problems.map((p) => ({ ...p, order: [0, resource, 1] })));
        if (!checked.usable) break;
        continue;
      }
      const values: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) values[header[i]] = record[i] ?? "";
      let ok = true;
      const { row, duplicateKey } = checkRow(spec, line, values, undefined, (field, message) => {
        own.push({ file, line, field, message, order: [1, resource, line, 0] });
        ok = false;
      });
      if (ok && spec.name === "jurisdictions") {
        jurisdictions.push({ line, key: row.key, columns: { parent_slug: row.columns.parent_slug }, links: [] });
        const message = countyFipsRowProblem(row);
        if (message) own.push({ file, line, field: "county_fips", message, order: [4, resource, line] });
      }
      if (ok && spec.name === "batches") {
        const message = batchCountProblem(row);
        if (message) own.push({ file, line, field: "subpoena_count", message, order: [5, resource, line] });
      }
      const wait = writer.write(stagedRow(spec, row, rows + 1, ok, duplicateKey));
      if (wait) await wait;
      rows += 1;
      if (rows % PROGRESS_EVERY === 0) progress(`${file}: ${rows} rows read`);
    }
    await writer.end();
  } catch (error) {
    const e = error as Error & { code?: string; lines?: number };
    if (!e.code?.startsWith("CSV_")) throw error;
    // A file that is not CSV is one problem; its rows' own problems would only be noise.
    await writer.end();
    await client.query(`TRUNCATE ${stagingTable(spec)}`);
    found.push({ file, line: e.lines, message: `is not valid CSV: ${e.message}`, order: [0, resource, e.lines ?? 0] });
    return null;
  }
  found.push(...own);
  return header === null || rows === 0 ? (header === null ? null : 0) : rows;
}

/** A row as staged: line, place, whether it passed its own checks, its key in the file, its key, then its fields. */
function stagedRow(spec: ResourceSpec, row: ValidRow, seq: number, ok: boolean, duplicateKey: string): StagedValue[] {
  const out: StagedValue[] = [row.line, seq, ok, row.key === "" ? null : duplicateKey, row.key];
  // A row that failed its checks is staged only with what other rows' checks need: its id and references.
  const values = ok ? fieldValuesOf(spec, row) : null;
  for (const field of spec.fields) {
    if (field.type === "partialDate") {
      out.push(
        values ? values[field.name] : null,
        values ? (row.columns[field.column] as string | null) : null,
        values ? (row.columns[field.precisionColumn] as string | null) : null,
      );
    } else if (values) {
      out.push(values[field.name]);
    } else if (field.type === "ref" || field.type === "id") {
      out.push((row.columns[field.column] as string | null | undefined) ?? null);
    } else if (field.type === "refList") {
      const targets = row.links.find((l) => l.link.table === field.link.table)?.targets ?? [];
      out.push(targets.length === 0 ? null : targets.join(";"));
    } else {
      out.push(null);
    }
  }
  return out;
}

// ---- 2. Checks across rows, in SQL ----

/** Rows that repeat an id (or, for events, an event) of an earlier line; they no longer count as checked. */
async function findDuplicates(client: PoolClient, found: Found[]): Promise<Map<string, Set<number>>> {
  const lines = new Map<string, Set<number>>();
  for (const [resource, spec] of RESOURCES.entries()) {
    const t = stagingTable(spec);
    const { rows } = await client.query(
      `WITH d AS (SELECT dup, min(line) AS first FROM ${t} WHERE dup IS NOT NULL GROUP BY dup HAVING count(*) > 1)
       SELECT s.line, s.key, d.first FROM ${t} s JOIN d ON d.dup = s.dup WHERE s.line <> d.first ORDER BY s.line`,
    );
    if (rows.length === 0) continue;
    const set = new Set<number>();
    for (const r of rows as { line: number; key: string; first: number }[]) {
      set.add(r.line);
      found.push({
        file: spec.file,
        line: r.line,
        field: spec.fields[0].name,
        message: duplicateMessage(spec.name, r.key, r.first),
        order: [1, resource, r.line, 1],
      });
    }
    lines.set(spec.name, set);
    await client.query(`UPDATE ${t} SET ok = false WHERE line = ANY($1::int[])`, [[...set]]);
  }
  return lines;
}

/**
 * References to ids neither in the package (among rows that passed their checks) nor stored: per field, the
 * references (lists unnested) anti-joined by hash with the target's staged and stored ids, one pass each. (As
 * correlated NOT EXISTS the planner walked the staged targets row by row: 22 s for 150k agency references.)
 */
async function findUnknownReferences(client: PoolClient, found: Found[]): Promise<void> {
  await client.query(`SET LOCAL enable_nestloop = off`);
  for (const [resource, spec] of RESOURCES.entries()) {
    for (const [index, field] of spec.fields.entries()) {
      if (field.type !== "ref" && field.type !== "refList") continue;
      const target = RESOURCES.find((r) => r.name === field.resource) as ResourceSpec;
      const column = `s.${q(field.name)}`;
      const refs =
        field.type === "ref"
          ? `SELECT s.line, ${column} AS id, 1::bigint AS pos FROM ${stagingTable(spec)} s WHERE ${column} IS NOT NULL`
          : `SELECT s.line, x.id, x.pos FROM ${stagingTable(spec)} s,
                    unnest(string_to_array(${column}, ';')) WITH ORDINALITY AS x(id, pos) WHERE ${column} IS NOT NULL`;
      const { rows } = await client.query(
        `SELECT x.line, x.id, x.pos FROM (${refs}) x
           LEFT JOIN (SELECT DISTINCT key FROM ${stagingTable(target)} WHERE ok) r ON r.key = x.id
           LEFT JOIN ${target.table} t ON t.${target.keyColumn} = x.id
          WHERE r.key IS NULL AND t.${target.keyColumn} IS NULL`,
      );
      for (const r of rows as { line: number; id: string; pos: string }[]) {
        found.push({
          file: spec.file,
          line: r.line,
          field: field.name,
          message: unknownReferenceMessage(field.resource, r.id),
          order: [2, resource, r.line, index, Number(r.pos)],
        });
      }
    }
  }
  await client.query(`SET LOCAL enable_nestloop = on`);
}

/** An event may only concern an agency the batch was served on, no more subpoenas than it holds, after its issue. */
async function checkEventsAgainstBatches(client: PoolClient, found: Found[]): Promise<void> {
  const eventEnd = `CASE e."date:precision" WHEN 'day' THEN e."date:on"::date
    WHEN 'month' THEN (e."date:on"::date + interval '1 month' - interval '1 day')::date
    ELSE (e."date:on"::date + interval '1 year' - interval '1 day')::date END`;
  const { rows } = await client.query(
    `WITH facts AS (
       SELECT b.key AS id, string_to_array(b.recipient_agency_slugs, ';') AS agencies, b.subpoena_count::int AS count,
              b."issued_on:on" AS issued_on
         FROM import_batches b WHERE b.ok
       UNION ALL
       SELECT sb.id, (SELECT coalesce(array_agg(ba.agency_slug ORDER BY ba.position), '{}') FROM batch_agencies ba
                       WHERE ba.batch_id = sb.id),
              sb.subpoena_count, to_char(sb.issued_on, 'YYYY-MM-DD')
         FROM batches sb
        WHERE sb.id IN (SELECT batch_id FROM import_events WHERE ok)
          AND NOT EXISTS (SELECT 1 FROM import_batches b WHERE b.ok AND b.key = sb.id)
     )
     SELECT line, batch_id, agency_slug, affected, agencies, count, issued_on, bad_agency, bad_count, bad_date FROM (
       SELECT e.line, e.batch_id, e.agency_slug, e.subpoenas_affected::int AS affected, f.agencies, f.count, f.issued_on,
              coalesce(e.agency_slug IS NOT NULL AND cardinality(f.agencies) > 0 AND NOT e.agency_slug = ANY(f.agencies), false) AS bad_agency,
              coalesce(e.subpoenas_affected::int > f.count, false) AS bad_count,
              coalesce(${eventEnd} < f.issued_on::date, false) AS bad_date
         FROM import_events e JOIN facts f ON f.id = e.batch_id
        WHERE e.ok) c
      WHERE bad_agency OR bad_count OR bad_date`,
  );
  const resource = RESOURCES.findIndex((r) => r.name === "events");
  for (const r of rows as {
    line: number;
    batch_id: string;
    agency_slug: string;
    affected: number;
    agencies: string[];
    count: number;
    issued_on: string;
    bad_agency: boolean;
    bad_count: boolean;
    bad_date: boolean;
  }[]) {
    const at = { file: "events.csv", line: r.line };
    if (r.bad_agency) {
      found.push({
        ...at,
        field: "agency_slug",
        message: notServedMessage(r.agency_slug, r.batch_id, r.agencies),
        order: [6, resource, r.line, 0],
      });
    }
    if (r.bad_count) {
      found.push({
        ...at,
        field: "subpoenas_affected",
        message: moreThanBatchMessage(r.affected, r.count),
        order: [6, resource, r.line, 1],
      });
    }
    if (r.bad_date) {
      found.push({ ...at, field: "date", message: beforeIssueMessage(r.issued_on), order: [6, resource, r.line, 2] });
    }
  }
}

/** Where to point at a batch the outcome rule refuses: its line in batches.csv, else its first event's line. */
async function locateRefusals(
  client: PoolClient,
  refused: { batchId: string; problems: string[] }[],
): Promise<Found[]> {
  const ids = refused.map((r) => r.batchId);
  const { rows } = await client.query(
    `SELECT key AS id, 'batches.csv' AS file, line FROM import_batches WHERE ok AND key = ANY($1)
     UNION ALL
     SELECT batch_id, 'events.csv', min(line) FROM import_events
      WHERE ok AND batch_id = ANY($1) AND batch_id NOT IN (SELECT key FROM import_batches WHERE ok)
      GROUP BY batch_id`,
    [ids],
  );
  const where = new Map((rows as { id: string; file: string; line: number }[]).map((r) => [r.id, r]));
  return refused.flatMap(({ batchId, problems }) => {
    const at = where.get(batchId);
    const file = at?.file ?? "events.csv";
    return problems.map((message) => ({
      file,
      line: at?.line,
      field: "events",
      message: outcomeRuleMessage(batchId, message),
      order: [7, file === "batches.csv" ? 5 : 6, at?.line ?? 0],
    }));
  });
}

// ---- 3 and 4. Comparing and writing, set-based ----

/** A table's secondary indexes, keys and foreign keys, dropped while many rows go in, as their definitions. */
interface Suspended {
  indexes: { name: string; definition: string }[];
  /** Keys and foreign keys, as `table`, constraint name and pg_get_constraintdef's definition. */
  keys: { table: string; name: string; definition: string }[];
  foreignKeys: { table: string; name: string; definition: string }[];
}

const CONSTRAINTS_OF = (types: string) =>
  `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
    WHERE c.contype IN (${types}) AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)`;

/**
 * When the first table holds no row yet (a first import), or, with the `bulk` option, when an import writes at least
 * a quarter as many rows as it holds, drops
 * the tables' foreign keys, their primary and unique keys that no remaining foreign key refers to, and their other
 * indexes, inside the import's transaction: rows then go in without a b-tree or GIN insert per index per row and
 * without a foreign key trigger per row, and restoreIndexes builds each index with one sort and checks each
 * foreign key with one anti-join (the importer has checked ids and references already; these only confirm it). The
 * definitions are read back from the catalog (pg_get_indexdef, pg_get_constraintdef), so the migrations stay their
 * source; a failed import rolls the drops back with everything else. The tables are locked exclusively until the
 * import ends.
 */
async function suspendIndexesIfBulk(
  client: PoolClient,
  tables: string[],
  rows: number,
  bulk: boolean,
): Promise<Suspended | null> {
  // Empty is read from the table itself: an unanalyzed table's reltuples says nothing.
  const [{ empty }] = (await client.query(`SELECT NOT EXISTS (SELECT 1 FROM ${tables[0]}) AS empty`)).rows as {
    empty: boolean;
  }[];
  if (!empty) {
    if (!bulk) return null;
    const { rows: sizes } = await client.query(
      `SELECT greatest(reltuples, 0)::float8 AS stored FROM pg_class
        WHERE oid = to_regclass($1) AND relnamespace = current_schema()::regnamespace`,
      [tables[0]],
    );
    if (sizes.length === 0 || rows * 4 < Number(sizes[0].stored)) return null;
  }
  const drop = async (list: { table: string; name: string }[]) => {
    for (const c of list) await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${q(c.name)}`);
  };
  const foreignKeys = (await client.query(`${CONSTRAINTS_OF("'f'")} ORDER BY 1, 2`, [tables])).rows;
  await drop(foreignKeys);
  const keys = (
    await client.query(
      `${CONSTRAINTS_OF("'p', 'u'")}
         AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)
       ORDER BY 1, 2`,
      [tables],
    )
  ).rows;
  await drop(keys);
  const { rows: indexes } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
      ORDER BY 1`,
    [tables],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  return { indexes, keys, foreignKeys } as Suspended;
}

/** Rebuilds what suspendIndexesIfBulk dropped: keys and indexes by one sort each, foreign keys by one anti-join. */
async function restoreIndexes(client: PoolClient, { indexes, keys, foreignKeys }: Suspended): Promise<void> {
  const add = (c: { table: string; name: string; definition: string }) =>
    client.query(`ALTER TABLE ${c.table} ADD CONSTRAINT ${q(c.name)} ${c.definition}`);
  for (const key of keys) await add(key);
  for (const index of indexes) await client.query(index.definition);
  for (const key of foreignKeys) await add(key);
}

const diffTable = (spec: ResourceSpec) => `diff_${spec.name}`;

/** How a staged row is found among the stored ones. */
function matchSql(spec: ResourceSpec, t: string, s: string): string {
  return spec.name === "events"
    ? `${t}.batch_id = ${s}.batch_id AND ${t}.natural_key = ${s}.key`
    : `${t}.${spec.keyColumn} = ${s}.key`;
}

const storedKeySql = (spec: ResourceSpec, t: string) =>
  spec.name === "events" ? `${t}.id::text` : `${t}.${spec.keyColumn}`;
const byStoredKeySql = (spec: ResourceSpec, t: string, key: string) =>
  spec.name === "events" ? `${t}.id = ${key}::int` : `${t}.${spec.keyColumn} = ${key}`;

/** Each checked staged row: 'create' (not stored), 'update' (some field differs) or 'same'. */
function diffSql(spec: ResourceSpec): string {
  const differs = spec.fields
    .map((f) => `s.${q(f.name)} IS DISTINCT FROM ${storedValueSql(spec, f, "t")}`)
    .join(" OR ");
  return `CREATE TEMP TABLE ${diffTable(spec)} ON COMMIT DROP AS
          SELECT s.line, ${storedKeySql(spec, "t")} AS stored_key,${
            spec.name === "batches" ? " s.key AS batch_id," : spec.name === "events" ? " s.batch_id," : ""
          }
                 CASE WHEN t.version IS NULL THEN 'create' WHEN ${differs} THEN 'update' ELSE 'same' END AS action
            FROM ${stagingTable(spec)} s LEFT JOIN ${spec.table} t ON ${matchSql(spec, "t", "s")}
           WHERE s.ok`;
}

/** A staged field as the columns it is stored in. */
function columnValues(field: FieldSpec): { column: string; value: string }[] {
  const v = `s.${q(field.name)}`;
  switch (field.type) {
    case "refList":
      return [];
    case "partialDate":
      return [
        { column: field.column, value: `s.${q(`${field.name}:on`)}::date` },
        { column: field.precisionColumn, value: `s.${q(`${field.name}:precision`)}` },
      ];
    case "integer":
      return [{ column: field.column, value: `${v}::int` }];
    case "enumList":
      return [{ column: field.column, value: `coalesce(string_to_array(${v}, ';'), '{}'::text[])` }];
    default:
      return [{ column: field.column, value: v }];
  }
}

/**
 * A record's values as a revision holds them: field name -> text or null. Every value is text (the staged spelling,
 * or storedValueSql's), so jsonb_object of two text arrays makes the same jsonb as jsonb_build_object, in 0.6 of the
 * time (it looks up no type per value: 0.22 against 0.38 s for 263k events).
 */
const valuesJson = (spec: ResourceSpec, value: (f: FieldSpec) => string) =>
  `jsonb_object(ARRAY[${spec.fields.map((f) => `'${f.name}'`).join(", ")}]::text[],
                ARRAY[${spec.fields.map((f) => `${value(f)}`).join(", ")}]::text[])`;

/** Takes `n` values of a table's identity column in one block (nothing else writes it meanwhile: see below). */
async function reserveIdentity(client: PoolClient, table: string, column: string, n: number): Promise<number> {
  const { rows } = await client.query(
    `SELECT CASE WHEN $1::int > 0 THEN setval(seq, nextval(seq) + $1::int - 1) - ($1::int - 1) ELSE 1 END AS first
       FROM pg_get_serial_sequence($2, $3) seq`,
    [n, table, column],
  );
  return Number((rows[0] as { first: string }).first);
}

/**
 * writeResource when every staged row is new (a first import of the resource; every staged row passed its checks,
 * or nothing would be written): no diff table to join, no sort. The order rows came in is kept in what records it,
 * from each row's place in the file (seq): the ordinal (an event's id) and the revision's id are taken as one block
 * each and given out by place, as inserting in line order would give them; so the rows may go in in any order.
 */
async function writeAllNew(client: PoolClient, spec: ResourceSpec, [changesetId, version, reason]: unknown[]) {
  const s = stagingTable(spec);
  const isEvent = spec.name === "events";
  const { rows: counted } = await client.query(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE ok)::int AS ok, coalesce(max(seq), 0) AS last FROM ${s}`,
  );
  const { n, ok, last } = counted[0] as { n: number; ok: number; last: number };
  // Places number the staged rows 1..n; a row left out would leave a gap (nothing is written after any problem).
  if (ok !== n || last !== n) throw new Error(`${spec.name}: ${n - ok} staged rows not checked, yet written`);
  const identity = isEvent ? "id" : "ordinal";
  const firstRecord = await reserveIdentity(client, spec.table, identity, n);
  const firstRevision = await reserveIdentity(client, "revisions", "id", n);
  const recordNumber = `(${firstRecord - 1} + s.seq)`;
  const columns = [{ column: identity, value: recordNumber }, ...spec.fields.flatMap(columnValues)];
  if (isEvent) columns.push({ column: "natural_key", value: "s.key" });
  if (spec.name === "batches")
    columns.push({ column: "counted_subpoenas", value: "coalesce(s.subpoena_count::int, 0)" });
  await client.query(
    `INSERT INTO ${spec.table} (${columns.map((c) => c.column).join(", ")}, version) OVERRIDING SYSTEM VALUE
     SELECT ${columns.map((c) => c.value).join(", ")}, 1 FROM ${s} s WHERE s.ok`,
  );
  await client.query(
    `INSERT INTO revisions (id, changeset_id, dataset_version, record_type, record_id, parent_id, record_version, action,
                            before, after, reason) OVERRIDING SYSTEM VALUE
     SELECT ${firstRevision - 1} + s.seq, $1, $2, '${spec.name}', ${isEvent ? `${recordNumber}::text` : "s.key"},
            ${isEvent ? "s.batch_id" : "NULL"}, 1, 'create', NULL, ${valuesJson(spec, (f) => `s.${q(f.name)}`)}, $3
       FROM ${s} s WHERE s.ok`,
    [changesetId, version, reason],
  );
  for (const field of spec.fields) {
    if (field.type !== "refList") continue;
    const { table, ownerColumn, targetColumn } = field.link;
    await client.query(
      `INSERT INTO ${table} (${ownerColumn}, ${targetColumn}, position)
       SELECT ${isEvent ? recordNumber : "s.key"}, x.id, x.pos - 1
         FROM ${s} s CROSS JOIN LATERAL unnest(string_to_array(s.${q(field.name)}, ';')) WITH ORDINALITY AS x(id, pos)
        WHERE s.ok AND s.${q(field.name)} IS NOT NULL`,
    );
  }
}

/** Inserts the added rows and updates the changed ones, with their links and a revision each. */
async function writeResource(client: PoolClient, spec: ResourceSpec, [changesetId, version, reason]: unknown[]) {
  const s = stagingTable(spec);
  const d = diffTable(spec);
  const isEvent = spec.name === "events";
  const columns = spec.fields.flatMap(columnValues);
  if (isEvent) columns.push({ column: "natural_key", value: "s.key" });
  // What the batch adds to a total, right for every batch of known count already (outcomes fix the others).
  if (spec.name === "batches")
    columns.push({ column: "counted_subpoenas", value: "coalesce(s.subpoena_count::int, 0)" });
  const from = `FROM ${s} s JOIN ${d} d ON d.line = s.line`;
  const stored = `JOIN ${spec.table} t ON ${matchSql(spec, "t", "s")}`;
  const parent = isEvent ? "s.batch_id" : "NULL";
  const revisions = `INSERT INTO revisions (changeset_id, dataset_version, record_type, record_id, parent_id,
                                            record_version, action, before, after, reason)`;
  const after = valuesJson(spec, (f) => `s.${q(f.name)}`);
  const params = [changesetId, version, reason];

  // Added events get their ids first, in line order (as the identity would give them on insert: the outcome rule
  // breaks ties by id, i.e. input order), so that their revisions and source links need not find them again by batch
  // and natural key (two hash joins of every added event on two text columns). Other rows are stored under their key.
  if (isEvent) {
    // One block of the sequence for all of them (a nextval per row cost a second per 250,000 events). Nothing else
    // adds events meanwhile: every other write waits on the dataset row this import holds.
    const { rows: counted } = await client.query(`SELECT count(*)::int AS n FROM ${d} WHERE action = 'create'`);
    const n = (counted[0] as { n: number }).n;
    const { rows: block } = await client.query(
      `SELECT CASE WHEN $1::int > 0 THEN setval(seq, nextval(seq) + $1::int - 1) - ($1::int - 1) ELSE 1 END AS first
         FROM pg_get_serial_sequence('events', 'id') seq`,
      [n],
    );
    const first = Number((block[0] as { first: string }).first);
    await client.query(
      `CREATE TEMP TABLE import_new_events ON COMMIT DROP AS
       SELECT line, (${first - 1} + row_number() OVER (ORDER BY line))::int AS id FROM ${d} WHERE action = 'create'`,
    );
  }
  const added = isEvent ? `${from} JOIN import_new_events n ON n.line = s.line` : from;
  const inserted = isEvent ? [{ column: "id", value: "n.id" }, ...columns] : columns;
  await client.query(
    `INSERT INTO ${spec.table} (${inserted.map((c) => c.column).join(", ")}, version)
     ${isEvent ? "OVERRIDING SYSTEM VALUE" : ""}
     SELECT ${inserted.map((c) => c.value).join(", ")}, 1 ${added} WHERE d.action = 'create' ORDER BY s.line`,
  );
  await client.query(
    `${revisions}
     SELECT $1, $2, '${spec.name}', ${isEvent ? "n.id::text" : "s.key"}, ${parent}, 1, 'create', NULL, ${after}, $3
       ${added} WHERE d.action = 'create' ORDER BY s.line`,
    params,
  );
  await client.query(
    `${revisions}
     SELECT $1, $2, '${spec.name}', d.stored_key, ${parent}, t.version + 1, 'update',
            ${valuesJson(spec, (f) => storedValueSql(spec, f, "t"))}, ${after}, $3
       ${from} ${stored} WHERE d.action = 'update' ORDER BY s.line`,
    params,
  );
  await client.query(
    `UPDATE ${spec.table} t SET ${columns.map((c) => `${c.column} = ${c.value}`).join(", ")}, version = t.version + 1
       ${from.replace(/^FROM/, "FROM")} WHERE d.action = 'update' AND ${byStoredKeySql(spec, "t", "d.stored_key")}`,
  );
  for (const field of spec.fields) {
    if (field.type !== "refList") continue;
    const { table, ownerColumn, targetColumn } = field.link;
    await client.query(
      `DELETE FROM ${table} l USING ${d} d WHERE d.action = 'update' AND ${
        isEvent ? `l.${ownerColumn} = d.stored_key::int` : `l.${ownerColumn} = d.stored_key`
      }`,
    );
    await client.query(
      `INSERT INTO ${table} (${ownerColumn}, ${targetColumn}, position)
       SELECT ${isEvent ? "coalesce(n.id, d.stored_key::int)" : "s.key"}, x.id, x.pos - 1
         ${from} ${isEvent ? "LEFT JOIN import_new_events n ON n.line = s.line" : ""}
         CROSS JOIN LATERAL unnest(string_to_array(s.${q(field.name)}, ';')) WITH ORDINALITY AS x(id, pos)
        WHERE d.action <> 'same'`,
    );
  }
}
