import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { CsvError, parseCsvRecords, streamCsv } from "./csv";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csv-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let files = 0;
async function records(text: string | Buffer): Promise<{ record: string[]; line: number }[]> {
  const file = path.join(dir, `${(files += 1)}.csv`);
  fs.writeFileSync(file, text);
  const out: { record: string[]; line: number }[] = [];
  for await (const r of streamCsv(file)) out.push(r);
  return out;
}

async function failure(text: string): Promise<CsvError> {
  try {
    await records(text);
  } catch (error) {
    return error as CsvError;
  }
  throw new Error("parsed without error");
}

describe("streamCsv", () => {
  it("splits plain records and numbers their lines", async () => {
    expect(await records("a,b,c\n1,2,3\n4,,6\n")).toEqual([
      { record: ["a", "b", "c"], line: 1 },
      { record: ["1", "2", "3"], line: 2 },
      { record: ["4", "", "6"], line: 3 },
    ]);
  });

  it("keeps commas and doubled quotes inside quotes", async () => {
    expect(await records('a,b\n"x, y","say ""hi"""\n"",z\n')).toEqual([
      { record: ["a", "b"], line: 1 },
      { record: ["x, y", 'say "hi"'], line: 2 },
      { record: ["", "z"], line: 3 },
    ]);
  });

  it("keeps line breaks inside quotes and counts them for the lines after", async () => {
    expect(await records('a,b\n"one\ntwo\nthree",x\n4,5\n"p\r\nq",6\n7,8\n')).toEqual([
      { record: ["a", "b"], line: 1 },
      { record: ["one\ntwo\nthree", "x"], line: 2 },
      { record: ["4", "5"], line: 5 },
      { record: ["p\r\nq", "6"], line: 6 },
      { record: ["7", "8"], line: 8 },
    ]);
  });

  it("reads CRLF line ends, a byte order mark, a last line without a line end, and skips empty lines", async () => {
    expect(await records('\uFEFFa,b\r\n1,2\r\n\r\n\n3,"4"\r\n5,6')).toEqual([
      { record: ["a", "b"], line: 1 },
      { record: ["1", "2"], line: 2 },
      { record: ["3", "4"], line: 5 },
      { record: ["5", "6"], line: 6 },
    ]);
    expect(await records("a\n\n")).toEqual([{ record: ["a"], line: 1 }]);
    expect(await records("")).toEqual([]);
  });

  it("numbers lines right when a quoted CRLF comes before the first record's end (csv-parse's count was one off)", async () => {
    expect(await records('"""","a\r\nx"\r\nb\r\n')).toEqual([
      { record: ['"', "a\r\nx"], line: 1 },
      { record: ["b"], line: 3 },
    ]);
  });

  it("reports a quote never closed with the line parsing stopped at", async () => {
    const error = await failure('a,b\n1,2\n"open,3\n4,5\n');
    expect(error).toBeInstanceOf(CsvError);
    expect(error.code).toBe("CSV_QUOTE_NOT_CLOSED");
    expect(error.message).toMatch(/opening quote at line 3/);
    expect(error.lines).toBe(5);
  });

  it("reports text after a closing quote and a quote inside an unquoted field, with their lines", async () => {
    const closing = await failure('a,b\n"x"y,2\n');
    expect([closing.code, closing.lines]).toEqual(["CSV_INVALID_CLOSING_QUOTE", 2]);
    const opening = await failure('a,b\n1,2\n"multi\nline",ok\nab"c,3\n');
    expect([opening.code, opening.lines]).toEqual(["CSV_INVALID_OPENING_QUOTE", 5]);
    expect(opening.message).toMatch(/field 0 at line 5, value is "ab"/);
  });

  it("parses across chunk boundaries as in one piece (records, quotes and CRLF cut anywhere)", () => {
    const text = 'id,note\r\n1,"a ""quoted"", multi\r\nline note"\r\n2,plain\r\n\r\n3,""\r\n4,"x"\r\n';
    const whole = parseCsvRecords(text, 1, true).records;
    for (let cut = 1; cut < text.length; cut += 1) {
      const first = parseCsvRecords(text.slice(0, cut), 1, false);
      const second = parseCsvRecords(text.slice(first.consumed), first.nextLine, true);
      expect([...first.records, ...second.records], `cut at ${cut}`).toEqual(whole);
    }
  });

  it("agrees with csv-parse on the records of random files, and numbers their lines", async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round += 1) {
      const eol = random() < 0.5 ? "\n" : "\r\n";
      const pieces = ["a", "b", ",", '"', "\n", "\r\n", " ", "é", "x"];
      const rows: string[] = [];
      for (let r = 0; r < 1 + Math.floor(random() * 6); r += 1) {
        const fields: string[] = [];
        for (let f = 0; f < 1 + Math.floor(random() * 4); f += 1) {
          let value = "";
          for (let k = 0; k < Math.floor(random() * 6); k += 1) value += pieces[Math.floor(random() * pieces.length)];
          fields.push(/[",\r\n]/.test(value) || random() < 0.2 ? `"${value.replace(/"/g, '""')}"` : value);
        }
        rows.push(fields.join(","));
      }
      const text = rows.join(eol) + (random() < 0.5 ? eol : "");
      // Each row starts on the line after the line breaks of the rows before it; an empty row is skipped.
      let line = 1;
      const lines: number[] = [];
      for (const row of rows) {
        if (row !== "") lines.push(line);
        line += 1 + (row.match(/\n/g)?.length ?? 0);
      }
      // (csv-parse's own line count goes wrong on a quoted CRLF before its first record delimiter: not compared.)
      const expected = (parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][]).map(
        (record, i) => ({ record, line: lines[i] }),
      );
      expect(await records(text), JSON.stringify(text)).toEqual(expected);
    }
  });
});
