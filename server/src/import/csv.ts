import fs from "node:fs";
import { parse as parseStream } from "csv-parse";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** One data row of a CSV file with the file line it started on (the header is line 1). */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvFile {
  header: string[];
  rows: CsvRow[];
}

/** Reads a UTF-8 CSV file with a header row. Throws with the line number when the CSV itself is malformed. */
export function readCsv(filePath: string): CsvFile {
  const text = fs.readFileSync(filePath, "utf8").replace(/^\uFEFF/, "");
  const records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const [headerRecord, ...dataRecords] = records;
  const header = headerRecord ? headerRecord.record : [];
  const rows = dataRecords.map(({ record, info }) => {
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = record[i] ?? ""));
    // info.lines is the line the record ends on; a quoted value may span lines, so count them back.
    const spanned = record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - spanned, values };
  });
  return { header, rows };
}

/** Writes rows as CSV: quotes only where needed, "\n" line ends, a final newline (the seed's own style). */
export function toCsv(header: string[], rows: (string | null)[][]): string {
  return stringify([header, ...rows.map((r) => r.map((v) => v ?? ""))], { record_delimiter: "\n" });
}

/**
 * The records of a UTF-8 CSV file one at a time, header first, each with the file line it started on, without
 * reading the file whole. Parsed as `readCsv` parses. Throws (with `lines`) when the CSV itself is malformed.
 */
export async function* streamCsv(filePath: string): AsyncGenerator<{ record: string[]; line: number }> {
  const parser = fs
    .createReadStream(filePath, { highWaterMark: 1 << 20 })
    .pipe(parseStream({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    let spanned = 0;
    for (const v of record) if (v.includes("\n")) spanned += v.split("\n").length - 1;
    yield { record, line: info.lines - spanned };
  }
}
