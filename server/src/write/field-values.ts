import { trimToPrecision, type DatePrecision } from "@subpoena-tracker/domain";
import type { Queryable } from "../modules/shared/queryable";
import type { FieldSpec, ResourceSpec } from "./resources";
import type { ValidRow } from "./validate";

/**
 * A record's values as the interchange format writes them: field name -> text, null for an empty field. This is the
 * one shape in which records are compared (has an edit changed anything?), kept in revisions, diffed for review and
 * exported, so that all of these agree by construction.
 */
export type FieldValues = Record<string, string | null>;

/** The values a validated row will have once stored, in the format's spelling (dates at their own precision). */
export function fieldValuesOf(spec: ResourceSpec, row: ValidRow): FieldValues {
  const values: FieldValues = {};
  for (const field of spec.fields) {
    switch (field.type) {
      case "partialDate": {
        const start = row.columns[field.column] as string | null;
        const precision = row.columns[field.precisionColumn] as DatePrecision | null;
        values[field.name] = start === null || precision === null ? null : trimToPrecision(start, precision);
        break;
      }
      case "refList": {
        const targets = row.links.find((l) => l.link.table === field.link.table)?.targets ?? [];
        values[field.name] = targets.length === 0 ? null : targets.join(";");
        break;
      }
      case "enumList": {
        const items = (row.columns[field.column] as string[] | null) ?? [];
        values[field.name] = items.length === 0 ? null : items.join(";");
        break;
      }
      default: {
        const value = row.columns[field.column];
        values[field.name] = value === null || value === undefined ? null : String(value);
      }
    }
  }
  return values;
}

/** Names of the fields whose values differ. */
export function changedFields(spec: ResourceSpec, before: FieldValues, after: FieldValues): string[] {
  return spec.fields.map((f) => f.name).filter((name) => (before[name] ?? null) !== (after[name] ?? null));
}

export interface StoredRecord {
  /** The stable id; for events, the numeric id as text. */
  key: string;
  version: number;
  values: FieldValues;
  /** Whether the record has been withdrawn (it keeps its values and history). */
  withdrawn: boolean;
  /** Events only. */
  batchId?: string;
  naturalKey?: string;
}

/**
 * Reads stored records back in the format's spelling, links aggregated in position order, in the order they were
 * first added (events: by batch, then as added). `where` narrows the rows, e.g. `batches.id = ANY($1)`.
 */
export async function readStoredRecords(
  q: Queryable,
  spec: ResourceSpec,
  where?: { sql: string; params: unknown[] },
): Promise<StoredRecord[]> {
  const t = spec.table;
  const isEvent = spec.name === "events";
  const ownerKey = isEvent ? "id" : spec.keyColumn;
  const selects = spec.fields.map((f) => selectFor(f, t, ownerKey));
  const order = isEvent ? `(SELECT ordinal FROM batches b WHERE b.id = ${t}.batch_id), ${t}.id` : `${t}.ordinal`;
  const rows = await q.query<Record<string, unknown>[]>(
    `SELECT ${t}.${ownerKey}::text AS "__key", ${t}.version AS "__version", ${t}.withdrawn_at IS NOT NULL AS "__withdrawn"${isEvent ? `, ${t}.natural_key AS "__natural_key"` : ""},
            ${selects.join(", ")}
       FROM ${t} ${where ? `WHERE ${where.sql}` : ""} ORDER BY ${order}`,
    where?.params ?? [],
  );
  return rows.map((row) => {
    const values: FieldValues = {};
    for (const f of spec.fields) {
      const value = row[f.name];
      if (value === null || value === undefined) values[f.name] = null;
      else if (f.type === "partialDate")
        values[f.name] = trimToPrecision(String(value), row[`${f.name}__precision`] as DatePrecision);
      else if (Array.isArray(value)) values[f.name] = value.join(";");
      else values[f.name] = String(value);
    }
    return {
      key: String(row.__key),
      version: Number(row.__version),
      values,
      withdrawn: row.__withdrawn === true,
      ...(isEvent ? { batchId: String(row.batch_id), naturalKey: String(row.__natural_key) } : {}),
    };
  });
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

/**
 * A stored field in the format's spelling as SQL over table alias `t` (what `readStoredRecords` reads back, spelled
 * in SQL so that a bulk import compares and records revisions set-based): dates at their precision, lists joined by
 * ";", NULL for empty.
 */
export function storedValueSql(spec: ResourceSpec, field: FieldSpec, t: string): string {
  const ownerKey = spec.name === "events" ? `${t}.id` : `${t}.${spec.keyColumn}`;
  switch (field.type) {
    case "partialDate":
      return `left(to_char(${t}.${field.column}, 'YYYY-MM-DD'), CASE ${t}.${field.precisionColumn} WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END)`;
    case "refList":
      return `(SELECT string_agg(l.${field.link.targetColumn}, ';' ORDER BY l.position) FROM ${field.link.table} l
                WHERE l.${field.link.ownerColumn} = ${ownerKey})`;
    case "enumList":
      return `CASE WHEN cardinality(${t}.${field.column}) = 0 THEN NULL ELSE array_to_string(${t}.${field.column}, ';') END`;
    default:
      return `${t}.${field.column}::text`;
  }
}
