import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ResourceSpec } from "../write/resources";

/** A value in a staging row: the line (int), whether the row passed its own checks (boolean), or text. */
export type StagedValue = string | number | boolean | null;

/**
 * A staging table's columns: the file line, the row's place in the file (1, 2, ...: on an import that adds every row
 * it is the row's place among the added ones, from which its ordinal or event id and its revision's id follow),
 * whether the row passed its own checks, the key that must be unique in the file, the row's key, then each field in the format's spelling (partial dates also as first day and precision,
 * the columns they are stored in).
 */
export function stagingColumns(spec: ResourceSpec): { name: string; type: "int" | "boolean" | "text" }[] {
  return [
    { name: "line", type: "int" },
    { name: "seq", type: "int" },
    { name: "ok", type: "boolean" },
    { name: "dup", type: "text" },
    { name: "key", type: "text" },
    ...spec.fields.flatMap((f) =>
      f.type === "partialDate"
        ? [
            { name: f.name, type: "text" as const },
            { name: `${f.name}:on`, type: "text" as const },
            { name: `${f.name}:precision`, type: "text" as const },
          ]
        : [{ name: f.name, type: "text" as const }],
    ),
  ];
}

export const stagingTable = (spec: ResourceSpec): string => `import_${spec.name}`;

export interface StagingWriter {
  /** Queues a row; returns a promise to wait for when the database should catch up first. */
  write(row: StagedValue[]): Promise<void> | null;
  /** Sends what is queued and finishes. */
  end(): Promise<void>;
}

/** COPY text format: backslash, tab and line ends escaped; NULL as \N. */
function copyText(value: StagedValue): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : value;
}

/**
 * PostgreSQL: rows go through COPY FROM STDIN, sent as the parser produces them (the database loads one chunk while
 * the next is parsed), waiting when the socket is full.
 */
function copyWriter(client: PoolClient, table: string, columns: string[]): StagingWriter {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  let failed: Error | null = null;
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", (error: Error) => {
      failed = error;
      reject(error);
    });
  });
  done.catch(() => {});
  let buffer = "";
  const flush = (): Promise<void> | null => {
    if (failed) return Promise.reject(failed);
    const ok = stream.write(buffer);
    buffer = "";
    return ok ? null : new Promise((resolve) => stream.once("drain", resolve));
  };
  return {
    write(row) {
      buffer += row.map(copyText).join("\t") + "\n";
      return buffer.length >= 1 << 16 ? flush() : null;
    },
    async end() {
      if (buffer.length > 0) await flush();
      stream.end();
      await done;
    },
  };
}

/**
 * The embedded database (PGlite behind pglite-socket) does not speak the COPY sub-protocol over its socket; there,
 * rows go in multi-row INSERTs of whole columns (one array parameter per column), which PGlite takes about as fast
 * as its own COPY from a blob.
 */
function insertWriter(
  client: PoolClient,
  table: string,
  columns: { name: string; type: string }[],
  rowsPerStatement = 5000,
): StagingWriter {
  const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c.name}"`).join(", ")})
               SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ")})`;
  let arrays: StagedValue[][] = columns.map(() => []);
  let count = 0;
  const flush = async () => {
    if (count === 0) return;
    const params = arrays;
    arrays = columns.map(() => []);
    count = 0;
    await client.query(sql, params);
  };
  return {
    write(row) {
      row.forEach((v, i) => arrays[i].push(v));
      count += 1;
      return count >= rowsPerStatement ? flush() : null;
    },
    end: flush,
  };
}

export function openStagingWriter(client: PoolClient, spec: ResourceSpec, useCopy: boolean): StagingWriter {
  const columns = stagingColumns(spec);
  return useCopy
    ? copyWriter(
        client,
        stagingTable(spec),
        columns.map((c) => c.name),
      )
    : insertWriter(client, stagingTable(spec), columns);
}

/**
 * Creates the staging table of a resource, dropped at the end of the transaction. Text in byte order, as the keys
 * it is matched with are stored (1798000000000-ByteOrderKeys): its indexes and joins sort with memcmp, not strcoll.
 */
export function createStagingSql(spec: ResourceSpec): string {
  const columns = stagingColumns(spec)
    .map(
      (c) =>
        `"${c.name}" ${c.type === "text" ? `text COLLATE "C"` : c.type}${"line seq ok".split(" ").includes(c.name) ? " NOT NULL" : ""}`,
    )
    .join(", ");
  return `CREATE TEMP TABLE ${stagingTable(spec)} (${columns}) ON COMMIT DROP`;
}
