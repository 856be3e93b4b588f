import { createHash } from "node:crypto";
import type { Request, Response } from "express";

/**
 * Public reads are cacheable: their answer depends only on the dataset version and on the request itself. The ETag
 * names both (the version in clear, the request as a short hash), so a client revalidates with If-None-Match and
 * gets 304 until the data changes.
 */
export function etagFor(version: number, variant: string): string {
  const hash = createHash("sha256").update(variant).digest("base64url").slice(0, 16);
  return `"v${version}-${hash}"`;
}

/** The request as far as the answer depends on it: path and query string, in the order given. */
export function requestVariant(req: Request): string {
  return `${req.method === "HEAD" ? "GET" : req.method} ${req.originalUrl}`;
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks for If-None-Match). */
export function matchesIfNoneMatch(req: Request, etag: string): boolean {
  const header = req.headers["if-none-match"];
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

export function setCacheHeaders(res: Response, etag: string, maxAgeSeconds: number, version: number): void {
  res.setHeader("ETag", etag);
  res.setHeader("Cache-Control", `public, max-age=${maxAgeSeconds}`);
  res.setHeader("X-Dataset-Version", String(version));
  // Answers differ by the Accept header only on /graphql (explorer or JSON); saying so is harmless elsewhere.
  res.vary("Accept");
}

/**
 * Sets the cache headers and, when the client already holds this answer, ends the request with 304.
 * Returns true when it answered.
 */
export function answerIfFresh(req: Request, res: Response, version: number, maxAgeSeconds: number): boolean {
  // A preview of a draft (http/preview.ts) is for the one reviewer who asked: no ETag, never stored, never a 304.
  if (res.locals.previewDataSource) {
    res.setHeader("Cache-Control", "private, no-store");
    return false;
  }
  const etag = etagFor(version, requestVariant(req));
  setCacheHeaders(res, etag, maxAgeSeconds, version);
  if (matchesIfNoneMatch(req, etag)) {
    res.status(304).end();
    return true;
  }
  return false;
}
