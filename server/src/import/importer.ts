import type { DataSource, EntityManager } from "typeorm";
import { loadOutcomeEvents, recomputeOutcomes } from "../modules/batches/batch-outcome.service";
import { readPackage, type PackageDescriptor } from "./package-reader";
import { PackageError } from "./problems";
import { keyOf, RESOURCES, type FieldSpec, type LinkSpec, type ResourceName, type ResourceSpec } from "./resources";
import { validatePackage, type BatchFacts, type ExistingRows, type ValidRow } from "./validate";

export type Tally = Record<ResourceName, number>;

export interface ImportReport {
  added: Tally;
  changed: Tally;
  unchanged: Tally;
  /** The dataset version after the import; unchanged when nothing was added or changed. */
  version: number;
}

export interface ImportOptions {
  /** Told what is happening on long imports. */
  onProgress?: (message: string) => void;
}

/** Rows are written in statements of this many; PostgreSQL allows at most 65,535 parameters in one. */
const ROWS_PER_STATEMENT = 1000;

const emptyTally = (): Tally => Object.fromEntries(RESOURCES.map((r) => [r.name, 0])) as Tally;

/**
 * Imports a data package: validates all of it first (reporting every problem with file, line and field and writing
 * nothing when there is one), then upserts by stable id in one transaction. Importing the same package twice
 * changes nothing. Rows are never deleted by an import.
 */
export async function importPackage(
  dataSource: DataSource,
  folder: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => {});
  progress(`Reading ${folder}`);
  const read = readPackage(folder);
  const validated = await validatePackage(read.tables, existingRowsIn(dataSource.manager));
  const problems = [...read.problems, ...validated.problems];
  if (problems.length > 0 || !read.descriptor) throw new PackageError(problems);
  const descriptor = read.descriptor;
  progress(`Checked ${RESOURCES.map((r) => `${validated.rows[r.name].length} ${r.name}`).join(", ")}`);

  return dataSource.transaction(async (manager) => {
    const report: ImportReport = { added: emptyTally(), changed: emptyTally(), unchanged: emptyTally(), version: 0 };
    const touchedBatches = new Set<string>();
    for (const spec of RESOURCES) {
      const rows =
        spec.name === "jurisdictions" ? parentsFirst(validated.rows.jurisdictions) : validated.rows[spec.name];
      if (rows.length === 0) continue;
      const written =
        spec.name === "events"
          ? await upsertEvents(manager, spec, rows, progress)
          : await upsertRows(manager, spec, rows, progress);
      report.added[spec.name] = written.added.length;
      report.changed[spec.name] = written.changed.length;
      report.unchanged[spec.name] = rows.length - written.added.length - written.changed.length;
      if (spec.name === "batches") [...written.added, ...written.changed].forEach((id) => touchedBatches.add(id));
      if (spec.name === "events") [...written.added, ...written.changed].forEach((id) => touchedBatches.add(id));
    }
    if (touchedBatches.size > 0) {
      progress(`Deriving outcomes of ${touchedBatches.size} batches`);
      await recomputeOutcomes(manager, [...touchedBatches]);
    }
    const dataChanged = RESOURCES.some((r) => report.added[r.name] + report.changed[r.name] > 0);
    report.version = await updateDataset(manager, descriptor, dataChanged);
    return report;
  });
}

/** Lookups the validator uses for references to rows that are already stored. */
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

/** Stored columns of a resource, in field order (links excluded). */
function columnsOf(spec: ResourceSpec): string[] {
  return spec.fields.flatMap((f: FieldSpec) =>
    f.type === "refList" ? [] : f.type === "partialDate" ? [f.column, f.precisionColumn] : [f.column],
  );
}

function linksOf(spec: ResourceSpec): LinkSpec[] {
  return spec.fields.flatMap((f) => (f.type === "refList" ? [f.link] : []));
}

/** A value in a form where equal data compares equal, whether it came from a CSV or the database. */
function comparable(value: unknown): string {
  if (value === null || value === undefined) return "\u0000null";
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

interface Written {
  /** Keys (for events: their batch ids) of rows added and changed. */
  added: string[];
  changed: string[];
}

async function upsertRows(
  manager: EntityManager,
  spec: ResourceSpec,
  rows: ValidRow[],
  progress: (m: string) => void,
): Promise<Written> {
  const columns = columnsOf(spec);
  const keys = rows.map((r) => r.key);
  const stored: Record<string, unknown>[] = await manager.query(
    `SELECT ${columns.join(", ")} FROM ${spec.table} WHERE ${spec.keyColumn} = ANY($1)`,
    [keys],
  );
  const storedByKey = new Map(stored.map((r) => [String(r[spec.keyColumn]), r]));
  const storedLinks = await readLinks(manager, linksOf(spec), keys);
  const toInsert: ValidRow[] = [];
  const toUpdate: ValidRow[] = [];
  const linksChanged: ValidRow[] = [];
  for (const row of rows) {
    const current = storedByKey.get(row.key);
    const linksDiffer = row.links.some(
      (l) => comparable(storedLinks.get(l.link.table)?.get(row.key) ?? []) !== comparable(l.targets),
    );
    if (!current) {
      toInsert.push(row);
      continue;
    }
    const columnsDiffer = columns.some((c) => comparable(current[c]) !== comparable(row.columns[c]));
    if (columnsDiffer) toUpdate.push(row);
    if (linksDiffer) linksChanged.push(row);
  }
  await insertRows(manager, spec.table, columns, toInsert, progress);
  for (const row of toUpdate) {
    const assignments = columns.filter((c) => c !== spec.keyColumn).map((c, i) => `${c} = $${i + 2}`);
    await manager.query(`UPDATE ${spec.table} SET ${assignments.join(", ")} WHERE ${spec.keyColumn} = $1`, [
      row.key,
      ...columns.filter((c) => c !== spec.keyColumn).map((c) => row.columns[c]),
    ]);
  }
  const relinked = [...toInsert, ...linksChanged];
  await writeLinks(
    manager,
    relinked.map((r) => ({ owner: r.key, links: r.links })),
  );
  const added = toInsert.map((r) => r.key);
  const changed = [...new Set([...toUpdate, ...linksChanged].map((r) => r.key))];
  progress(
    `${spec.name}: ${added.length} added, ${changed.length} changed, ${rows.length - added.length - changed.length} unchanged`,
  );
  return { added, changed };
}

/** Events have no id in the format: they are matched within their batch by their natural key. */
async function upsertEvents(
  manager: EntityManager,
  spec: ResourceSpec,
  rows: ValidRow[],
  progress: (m: string) => void,
): Promise<Written> {
  const columns = columnsOf(spec).concat("natural_key");
  const batchIds = [...new Set(rows.map((r) => r.columns.batch_id as string))];
  const stored: Record<string, unknown>[] = await manager.query(
    `SELECT id, ${columns.join(", ")} FROM events WHERE batch_id = ANY($1)`,
    [batchIds],
  );
  const storedByKey = new Map(stored.map((r) => [`${r.batch_id}|${r.natural_key}`, r]));
  const sourceLinks = await readLinks(
    manager,
    linksOf(spec),
    stored.map((r) => String(r.id)),
  );
  const withKey: ValidRow[] = rows.map((r) => ({ ...r, columns: { ...r.columns, natural_key: r.key } }));
  const toInsert: ValidRow[] = [];
  const added: string[] = [];
  const changed: string[] = [];
  const relink: { owner: string; links: ValidRow["links"] }[] = [];
  for (const row of withKey) {
    const current = storedByKey.get(`${row.columns.batch_id}|${row.key}`);
    if (!current) {
      toInsert.push(row);
      added.push(row.columns.batch_id as string);
      continue;
    }
    const id = String(current.id);
    const columnsDiffer = columns.some((c) => comparable(current[c]) !== comparable(row.columns[c]));
    const linksDiffer = row.links.some(
      (l) => comparable(sourceLinks.get(l.link.table)?.get(id) ?? []) !== comparable(l.targets),
    );
    if (columnsDiffer) {
      const assignments = columns.map((c, i) => `${c} = $${i + 2}`);
      await manager.query(`UPDATE events SET ${assignments.join(", ")} WHERE id = $1`, [
        current.id,
        ...columns.map((c) => row.columns[c]),
      ]);
    }
    if (linksDiffer) relink.push({ owner: id, links: row.links });
    if (columnsDiffer || linksDiffer) changed.push(row.columns.batch_id as string);
  }
  const ids = await insertRows(manager, "events", columns, toInsert, progress, "id");
  toInsert.forEach((row, i) => relink.push({ owner: String(ids[i]), links: row.links }));
  await writeLinks(manager, relink);
  progress(
    `events: ${added.length} added, ${changed.length} changed, ${rows.length - added.length - changed.length} unchanged`,
  );
  return { added, changed };
}

/** Multi-row INSERTs in chunks; returns the `returning` column of each row in order when asked. */
async function insertRows(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: ValidRow[],
  progress: (m: string) => void,
  returning?: string,
): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((c) => {
        params.push(row.columns[c]);
        return `$${params.length}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    const result: Record<string, unknown>[] = await manager.query(
      `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuples.join(", ")}${returning ? ` RETURNING ${returning}` : ""}`,
      params,
    );
    if (returning) out.push(...result.map((r) => r[returning]));
    if (rows.length > ROWS_PER_STATEMENT)
      progress(`${table}: ${Math.min(start + ROWS_PER_STATEMENT, rows.length)} of ${rows.length} written`);
  }
  return out;
}

/** Stored link targets: link table -> owner key -> targets in order. */
async function readLinks(
  manager: EntityManager,
  links: LinkSpec[],
  owners: string[],
): Promise<Map<string, Map<string, string[]>>> {
  const result = new Map<string, Map<string, string[]>>();
  for (const link of links) {
    const rows: { owner: string; target: string }[] = await manager.query(
      `SELECT ${link.ownerColumn}::text AS owner, ${link.targetColumn} AS target FROM ${link.table}
        WHERE ${link.ownerColumn}::text = ANY($1) ORDER BY ${link.ownerColumn}, position`,
      [owners],
    );
    const byOwner = new Map<string, string[]>();
    for (const r of rows) byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r.target]);
    result.set(link.table, byOwner);
  }
  return result;
}

/** Replaces the links of each owner with the given targets, in order. */
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

/** Orders jurisdictions so that a parent in the package is written before its children (foreign keys hold). */
function parentsFirst(rows: ValidRow[]): ValidRow[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const ordered: ValidRow[] = [];
  const placed = new Set<string>();
  const place = (row: ValidRow) => {
    if (placed.has(row.key)) return;
    placed.add(row.key);
    const parent = byKey.get(row.columns.parent_slug as string);
    if (parent) place(parent);
    ordered.push(row);
  };
  rows.forEach(place);
  return ordered;
}

/** Keeps the package's metadata and moves the version on when data changed. Returns the version. */
async function updateDataset(
  manager: EntityManager,
  descriptor: PackageDescriptor,
  dataChanged: boolean,
): Promise<number> {
  const [current]: { name: string; title: string; description: string | null; licenses: unknown; version: number }[] =
    await manager.query(`SELECT name, title, description, licenses, version FROM dataset`);
  const meta = [
    descriptor.name,
    descriptor.title ?? descriptor.name,
    descriptor.description ?? null,
    JSON.stringify(descriptor.licenses ?? []),
  ];
  if (!current) {
    await manager.query(
      `INSERT INTO dataset (name, title, description, licenses, version) VALUES ($1, $2, $3, $4::json, 1)`,
      meta,
    );
    return 1;
  }
  const metaChanged =
    current.name !== meta[0] ||
    current.title !== meta[1] ||
    current.description !== meta[2] ||
    JSON.stringify(current.licenses) !== meta[3];
  if (!dataChanged && !metaChanged) return current.version;
  await manager.query(
    `UPDATE dataset SET name = $1, title = $2, description = $3, licenses = $4::json, version = version + 1, updated_at = now()`,
    meta,
  );
  // TypeORM gives UPDATE results as [rows, affected] on PostgreSQL; reading the row back is plainer than RETURNING.
  const [updated]: { version: number }[] = await manager.query(`SELECT version FROM dataset`);
  return updated.version;
}
