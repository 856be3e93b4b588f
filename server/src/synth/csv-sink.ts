import fs from "node:fs";
import { once } from "node:events";

/** Bytes gathered before they are handed to the file; big enough to keep system calls rare, small enough to bound memory. */
const FLUSH_AT = 1 << 20;

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file written row by row with bounded memory: rows gather in a small buffer that is written out, honouring
 * the stream's back-pressure, whenever the caller awaits `drain()`.
 */
export class CsvSink {
  rows = 0;
  private buffer: string[] = [];
  private size = 0;
  private readonly stream: fs.WriteStream;

  constructor(
    filePath: string,
    private readonly header: readonly string[],
  ) {
    this.stream = fs.createWriteStream(filePath, { encoding: "utf8" });
    this.push(header.join(","));
  }

  /** Writes one row; fields left out are empty, so optional columns added to the format need no change here. */
  write(row: Readonly<Record<string, string | number | null | undefined>>): void {
    this.rows += 1;
    this.push(this.header.map((name) => csvField(row[name])).join(","));
  }

  get full(): boolean {
    return this.size >= FLUSH_AT;
  }

  /** Hands the gathered rows to the file, waiting while the file is behind. */
  async drain(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join("");
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    await this.drain();
    this.stream.end();
    await once(this.stream, "finish");
  }

  private push(line: string): void {
    this.buffer.push(line, "\n");
    this.size += line.length + 1;
  }
}
