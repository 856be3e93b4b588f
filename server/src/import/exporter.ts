import fs from "node:fs";
import path from "node:path";
import type { DataSource, EntityManager } from "typeorm";
import { toCsv } from "./csv";
import FORMAT from "./interchange-format.json";
import { readStoredRecords } from "../write/field-values";
import { RESOURCES, type ResourceSpec } from "../write/resources";

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

/** Reads a resource back into CSV field values, in the order the rows were first added; withdrawn ones are left out. */
async function exportRows(manager: EntityManager, spec: ResourceSpec): Promise<(string | null)[][]> {
  const records = await readStoredRecords(manager, spec, { sql: `${spec.table}.withdrawn_at IS NULL`, params: [] });
  return records.map((r) => spec.fields.map((f) => r.values[f.name]));
}
