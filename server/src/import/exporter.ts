import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import type { Queryable } from "../modules/shared/queryable";
import { readStoredRecords, type FieldValues } from "../write/field-values";
import { RESOURCES, type ResourceSpec } from "../write/resources";
import { toCsv } from "./csv";
import FORMAT from "./interchange-format.json";

/**
 * Row order in exported files (so that seed -> import -> export gives back the same files):
 * every file lists its rows in the order they were first added to the database; events are grouped by batch, in
 * the batches' order, and within a batch in the order they were added. Lists (agencies, sources) keep their order.
 * Withdrawn records are not part of the data and are left out.
 */
export interface ExportReport {
  files: { file: string; rows: number }[];
}

export interface PackageFile {
  file: string;
  content: string;
  rows: number;
}

export async function exportPackage(dataSource: DataSource, folder: string): Promise<ExportReport> {
  fs.mkdirSync(folder, { recursive: true });
  // One snapshot for every file, so the package is consistent even while edits land.
  const files = await dataSource.transaction("REPEATABLE READ", (manager) => currentPackageFiles(manager));
  for (const f of files) fs.writeFileSync(path.join(folder, f.file), f.content);
  return { files: files.filter((f) => f.file !== "datapackage.json").map(({ file, rows }) => ({ file, rows })) };
}

interface DatasetMetaRow {
  name: string;
  title: string;
  description: string | null;
  licenses: unknown;
}

/** Which state of the data a package holds: the dataset version and when it was made (Frictionless `version`, `created`). */
interface PackageStamp {
  version: number;
  created: Date;
}

/** The package as the database holds it now. */
export async function currentPackageFiles(q: Queryable): Promise<PackageFile[]> {
  const [dataset] = await q.query<(DatasetMetaRow & { version: number; updated_at: Date })[]>(
    `SELECT name, title, description, licenses, version, updated_at FROM dataset`,
  );
  const files: PackageFile[] = [];
  for (const spec of RESOURCES) {
    const records = await readStoredRecords(q, spec, { sql: `${spec.table}.withdrawn_at IS NULL`, params: [] });
    files.push(
      csvFile(
        spec,
        records.map((r) => r.values),
      ),
    );
  }
  const stamp = dataset ? { version: Number(dataset.version), created: new Date(dataset.updated_at) } : null;
  return [descriptorFile(dataset ?? null, stamp), ...files];
}

/**
 * The package exactly as dataset version `version` published it, rebuilt from the revisions (each holds a record's
 * full values after a change). Null when that version cannot be rebuilt: it never existed, or it predates the
 * history kept (records loaded before revisions were recorded have none).
 */
export async function versionPackageFiles(q: Queryable, version: number): Promise<PackageFile[] | null> {
  const [published] = await q.query<{ id: number; published_at: Date | null }[]>(
    `SELECT id, published_at FROM changesets WHERE status = 'published' AND dataset_version = $1`,
    [version],
  );
  if (!published || !(await historyIsComplete(q))) return null;
  const files: PackageFile[] = [];
  const firstSeen = new Map<string, number>();
  for (const spec of RESOURCES) {
    const rows = await q.query<{ record_id: string; action: string; after: FieldValues; first_id: number }[]>(
      `SELECT DISTINCT ON (record_id) record_id, action, after, first_id
         FROM (SELECT r.*, min(r.id) OVER (PARTITION BY r.record_id) AS first_id
                 FROM revisions r WHERE r.record_type = $1 AND r.dataset_version <= $2) x
        ORDER BY record_id, id DESC`,
      [spec.name, version],
    );
    const standing = rows.filter((r) => r.action !== "withdraw");
    if (spec.name === "batches") for (const r of rows) firstSeen.set(r.record_id, Number(r.first_id));
    // The order records were first added, as the live export writes them; events grouped by their batch's.
    const key = (r: (typeof rows)[number]): [number, number] =>
      spec.name === "events"
        ? [firstSeen.get(r.after.batch_id ?? "") ?? 0, Number(r.first_id)]
        : [Number(r.first_id), 0];
    standing.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
    files.push(
      csvFile(
        spec,
        standing.map((r) => r.after),
      ),
    );
  }
  const [meta] = await q.query<{ after: FieldValues }[]>(
    `SELECT after FROM revisions WHERE record_type = 'dataset' AND dataset_version <= $1 ORDER BY id DESC LIMIT 1`,
    [version],
  );
  const dataset = meta
    ? {
        name: meta.after.name ?? "",
        title: meta.after.title ?? "",
        description: meta.after.description ?? null,
        licenses: JSON.parse(meta.after.licenses ?? "[]") as unknown,
      }
    : null;
  const created = published.published_at ? new Date(published.published_at) : new Date(0);
  return [descriptorFile(dataset, { version, created }), ...files];
}

/** Whether every stored record has at least one revision, so that older versions can be rebuilt from them. */
async function historyIsComplete(q: Queryable): Promise<boolean> {
  for (const spec of RESOURCES) {
    const key = spec.name === "events" ? "id" : spec.keyColumn;
    const [row] = await q.query<{ missing: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM ${spec.table} t WHERE NOT EXISTS (
         SELECT 1 FROM revisions r WHERE r.record_type = $1 AND r.record_id = t.${key}::text)) AS missing`,
      [spec.name],
    );
    if (row.missing) return false;
  }
  return true;
}

function csvFile(spec: ResourceSpec, rows: FieldValues[]): PackageFile {
  const header = spec.fields.map((f) => f.name);
  return {
    file: spec.file,
    content: toCsv(
      header,
      rows.map((r) => header.map((h) => r[h] ?? null)),
    ),
    rows: rows.length,
  };
}

function descriptorFile(dataset: DatasetMetaRow | null, stamp: PackageStamp | null): PackageFile {
  const descriptor = {
    ...FORMAT,
    // A citation names the version; `created` dates it. Frictionless asks for a string version.
    ...(stamp ? { version: String(stamp.version), created: stamp.created.toISOString() } : {}),
    ...(dataset
      ? {
          name: dataset.name,
          title: dataset.title,
          description: dataset.description ?? undefined,
          licenses: dataset.licenses,
        }
      : {}),
  };
  return { file: "datapackage.json", content: `${JSON.stringify(descriptor, null, 2)}\n`, rows: 0 };
}
