import { randomBytes } from "node:crypto";
import type { Response } from "express";

/**
 * JSON text that goes into a GraphQL answer as it is, without being parsed and serialized again. A page of 100
 * batches is some 70 KB of JSON that PostgreSQL already wrote in the answer's own bytes (batch-json.sql.ts): parsing
 * it only for Apollo to serialize it again cost about as much as building it (docs/performance.md, "Pages").
 *
 * A resolver hands Apollo a placeholder for each text (`add`): JSON.stringify writes it as a string that names the
 * text by a random nonce of this request, which no value from the database can hold. When the answer is sent, each
 * placeholder, quotes included, is replaced by its text (`fill`). Everything else about the answer (status,
 * headers, errors, extensions, the cost plugin's charge) is Apollo's as usual.
 */
export class RawJsonParts {
  private nonce: string | null = null;
  private readonly parts: string[] = [];

  /** A value that stands for `text` (which must be JSON) wherever JSON.stringify writes it. */
  add(text: string): { toJSON(): string } {
    this.nonce ??= randomBytes(12).toString("hex");
    const placeholder = `${this.nonce}:${this.parts.length}`;
    this.parts.push(text);
    return { toJSON: () => placeholder };
  }

  /** The serialized answer with every placeholder replaced by its text. */
  fill(body: string): string {
    if (this.nonce === null) return body;
    return body.replace(new RegExp(`"${this.nonce}:(\\d+)"`, "g"), (_, index: string) => this.parts[Number(index)]);
  }
}

/** Fills the placeholders of `parts` into what Apollo sends on this response (it sends whole answers with send). */
export function sendWithRawJson(res: Response, parts: RawJsonParts): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => send(typeof body === "string" ? parts.fill(body) : body);
}
