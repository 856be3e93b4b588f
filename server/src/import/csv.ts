import fs from "node:fs";
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

/** Reads a UTF-8 CSV file with a header row. Throws CsvError (with `lines`) when the CSV itself is malformed. */
export function readCsv(filePath: string): CsvFile {
  const text = fs.readFileSync(filePath, "utf8").replace(/^\uFEFF/, "");
  const [headerRecord, ...dataRecords] = parseCsvRecords(text, 1, true).records;
  const header = headerRecord ? headerRecord.record : [];
  const rows = dataRecords.map(({ record, line }) => {
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = record[i] ?? ""));
    return { line, values };
  });
  return { header, rows };
}

/** Writes rows as CSV: quotes only where needed, "\n" line ends, a final newline (the seed's own style). */
export function toCsv(header: string[], rows: (string | null)[][]): string {
  return stringify([header, ...rows.map((r) => r.map((v) => v ?? ""))], { record_delimiter: "\n" });
}

/**
 * The records of a UTF-8 CSV file one at a time, header first, each with the file line it started on, without
 * reading the file whole: parseCsvRecords over chunks of 1 MiB, a record cut by a chunk's end parsed again with the
 * next. Parsed as `readCsv` parses (a leading byte order mark dropped, empty lines skipped, records of any length),
 * two to four times faster than csv-parse was (most lines hold no quote and are split natively). Throws CsvError (with `lines`) when the CSV itself is malformed.
 */
export async function* streamCsv(filePath: string): AsyncGenerator<{ record: string[]; line: number }> {
  const stream = fs.createReadStream(filePath, { encoding: "utf8", highWaterMark: 1 << 20 });
  let rest = "";
  let line = 1;
  let first = true;
  for await (const chunk of stream as AsyncIterable<string>) {
    let text = rest + chunk;
    if (first) {
      text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    const parsed = parseCsvRecords(text, line, false);
    rest = text.slice(parsed.consumed);
    line = parsed.nextLine;
    yield* parsed.records;
  }
  yield* parseCsvRecords(first ? "" : rest, line, true).records;
}

/** A CSV file that cannot be parsed: `code` says how (CSV_...), `lines` the line where parsing stopped. */
export class CsvError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly lines: number,
  ) {
    super(message);
  }
}

/** Records parsed from a piece of text, the offset just past the last whole record, and the line after it. */
interface Parsed {
  records: { record: string[]; line: number }[];
  consumed: number;
  nextLine: number;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * RFC 4180 records of `text` from `line` on: fields split by commas, records by LF or CRLF; a field that starts with
 * a double quote runs to the matching quote ("" inside stands for one) and may hold commas and line breaks; a line
 * with nothing on it is skipped; records may differ in length. Unless `final`, a record that reaches the end of the
 * text is left for the next call (its text may go on in the next chunk). Throws CsvError on a quote that is never
 * closed, text after a closing quote, or a quote inside an unquoted field.
 */
export function parseCsvRecords(text: string, line: number, final: boolean): Parsed {
  const records: { record: string[]; line: number }[] = [];
  const n = text.length;
  let i = 0;
  let consumed = 0;
  let nextLine = line;
  let nextQuote = text.indexOf('"');
  outer: while (i < n) {
    // A record starts at i, on nextLine.
    const recordLine = nextLine;
    let current = recordLine;
    const code0 = text.charCodeAt(i);
    if (code0 === LF) {
      i += 1;
      consumed = i;
      nextLine = current + 1;
      continue;
    }
    if (code0 === CR && i + 1 < n && text.charCodeAt(i + 1) === LF) {
      i += 2;
      consumed = i;
      nextLine = current + 1;
      continue;
    }
    if (code0 === CR && i + 1 >= n && !final) break;
    // Most lines hold no quote: split natively.
    if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
    const lineEnd = text.indexOf("\n", i);
    if (lineEnd !== -1 && (nextQuote === -1 || nextQuote > lineEnd)) {
      const end = text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
      records.push({ record: text.slice(i, end).split(","), line: recordLine });
      i = lineEnd + 1;
      consumed = i;
      nextLine = recordLine + 1;
      continue;
    }
    const record: string[] = [];
    for (;;) {
      // A field starts at i.
      if (i < n && text.charCodeAt(i) === QUOTE) {
        let value = "";
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            if (!final) break outer;
            throw new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              `Quote Not Closed: the parsing is finished with an opening quote at line ${recordLine}`,
              current + countLines(text, from, n),
            );
          }
          current += countLines(text, from, close);
          if (close + 1 < n && text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          if (close + 1 >= n && !final) break outer;
          value += text.slice(from, close);
          i = close + 1;
          break;
        }
        record.push(value);
        const after = i < n ? text.charCodeAt(i) : -1;
        if (after === COMMA) {
          i += 1;
          continue;
        }
        if (after === LF || after === -1) break;
        if (after === CR && i + 1 < n && text.charCodeAt(i + 1) === LF) {
          i += 1;
          break;
        }
        if (after === CR && i + 1 >= n && !final) break outer;
        throw new CsvError(
          "CSV_INVALID_CLOSING_QUOTE",
          `Invalid Closing Quote: got "${text[i]}" at line ${current} instead of delimiter or record delimiter`,
          current,
        );
      }
      // An unquoted field runs to the next comma or line end.
      const start = i;
      let code = -1;
      while (i < n) {
        code = text.charCodeAt(i);
        if (code === COMMA || code === LF) break;
        if (code === QUOTE) {
          throw new CsvError(
            "CSV_INVALID_OPENING_QUOTE",
            `Invalid Opening Quote: a quote is found on field ${record.length} at line ${current}, value is "${text.slice(start, i)}"`,
            current,
          );
        }
        i += 1;
      }
      if (i >= n) {
        if (!final) break outer;
        code = -1;
      }
      let end = i;
      if (code !== COMMA && end > start && text.charCodeAt(end - 1) === CR) end -= 1;
      record.push(text.slice(start, end));
      if (code === COMMA) {
        i += 1;
        continue;
      }
      break;
    }
    // i is at the line feed that ends the record (or the end of the text).
    i += 1;
    consumed = Math.min(i, n);
    nextLine = current + 1;
    records.push({ record, line: recordLine });
  }
  return { records, consumed, nextLine };
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) lines += 1;
  return lines;
}
