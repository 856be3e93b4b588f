import fs from "node:fs";
import path from "node:path";
import { trimToPrecision, type DatePrecision } from "@subpoena-tracker/domain";
import type { DataSource, EntityManager } from "typeorm";
import { toCsv } from "./csv";
import FORMAT from "./interchange-format.json";
import { RESOURCES, type FieldSpec, type ResourceSpec } from "./resources";

/**
 * Row order in exported files (so that seed -> import -> export gives back the same files):
 * every file lists its rows in the order they were first added to the database; events are grouped by batch, in
 * the batches' order, and within a batch in the order they were added. Lists (agencies, sources) keep their order.
 */
export interface ExportReport {
  files: { file: string; rows: number }[];
}

export async function exportPackage(dataSource: DataSource, folder: string): Promise<ExportReport> {
  fs.mkdirSync(folder, { recursive: true });
  // One snapshot for every file, so the package is consistent even while edits land.
  return dataSource.transaction("REPEATABLE READ", async (manager) => {
    const files: ExportReport["files"] = [];
    const [dataset]: { name: string; title: string; description: string | null; licenses: unknown }[] =
      await manager.query(`SELECT name, title, description, licenses FROM dataset`);
    for (const spec of RESOURCES) {
      const rows = await exportRows(manager, spec);
      fs.writeFileSync(
        path.join(folder, spec.file),
        toCsv(
          spec.fields.map((f) => f.name),
          rows,
        ),
      );
      files.push({ file: spec.file, rows: rows.length });
    }
    const descriptor = {
      ...FORMAT,
      ...(dataset
        ? {
            name: dataset.name,
            title: dataset.title,
            description: dataset.description ?? undefined,
            licenses: dataset.licenses,
          }
        : {}),
    };
    fs.writeFileSync(path.join(folder, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
    return { files };
  });
}

/** Reads a resource back into CSV field values, links aggregated in position order. */
async function exportRows(manager: EntityManager, spec: ResourceSpec): Promise<(string | null)[][]> {
  const t = spec.table;
  const ownerKey = spec.name === "events" ? "id" : spec.keyColumn;
  const selects = spec.fields.map((f) => selectFor(f, t, ownerKey));
  const order =
    spec.name === "events" ? `(SELECT ordinal FROM batches b WHERE b.id = ${t}.batch_id), ${t}.id` : `${t}.ordinal`;
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${selects.join(", ")} FROM ${t} ORDER BY ${order}`,
  );
  return rows.map((row) =>
    spec.fields.map((f) => {
      const value = row[f.name];
      if (value === null || value === undefined) return null;
      if (f.type === "partialDate") return trimToPrecision(String(value), row[`${f.name}__precision`] as DatePrecision);
      if (Array.isArray(value)) return value.join(";");
      return String(value);
    }),
  );
}

function selectFor(field: FieldSpec, table: string, ownerKey: string): string {
  switch (field.type) {
    case "partialDate":
      return `${table}.${field.column} AS "${field.name}", ${table}.${field.precisionColumn} AS "${field.name}__precision"`;
    case "refList":
      return `(SELECT array_agg(l.${field.link.targetColumn} ORDER BY l.position) FROM ${field.link.table} l
                WHERE l.${field.link.ownerColumn} = ${table}.${ownerKey}) AS "${field.name}"`;
    case "enumList":
      return `CASE WHEN cardinality(${table}.${field.column}) = 0 THEN NULL ELSE ${table}.${field.column} END AS "${field.name}"`;
    default:
      return `${table}.${field.column} AS "${field.name}"`;
  }
}
