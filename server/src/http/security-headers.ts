import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

/**
 * Response headers that make the browser an ally: no content sniffing anywhere, no full URLs leaked to other sites,
 * HSTS when the site is reached over TLS, and CORS open to any page for public reads, never with credentials.
 * Content-Security-Policy is per kind of page (see the helpers below): the dashboard and the explorer may be framed
 * only by the site itself; embeds by anyone.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  // req.secure is true on a TLS socket, or behind a trusted proxy (TRUST_PROXY) that says the client used https.
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  if (isPublicRead(req.path)) allowAnyOrigin(req, res);
  next();
}

/** The reads any web page may make: the GraphQL API, the CSV/JSON twins and the embeds. */
function isPublicRead(path: string): boolean {
  return (
    path === "/graphql" ||
    path.startsWith("/api/") ||
    path.startsWith("/embed") ||
    path === "/oembed" ||
    path === "/healthz"
  );
}

/**
 * `Access-Control-Allow-Origin: *` and never Allow-Credentials: browsers then refuse to send cookies or read an
 * answer made with them, so a page elsewhere can read public data and nothing else. A request that carries
 * credentials of its own (a cookie or an Authorization header) gets no CORS headers at all.
 */
function allowAnyOrigin(req: Request, res: Response): void {
  if (req.headers.cookie !== undefined || req.headers.authorization !== undefined) return;
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader(
    "Access-Control-Expose-Headers",
    "ETag, X-Dataset-Version, X-Total-Count, Retry-After, RateLimit, RateLimit-Policy, X-Request-Id",
  );
  if (req.method === "OPTIONS") {
    res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST");
    res.setHeader("Access-Control-Allow-Headers", "Content-Type, Apollo-Require-Preflight, X-Apollo-Operation-Name");
    res.setHeader("Access-Control-Max-Age", "600");
  }
}

const SHARED_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The dashboard: its own scripts and styles only, framed only by the site itself (the embed builder's preview). */
export function dashboardPolicy(res: Response): void {
  res.setHeader(
    "Content-Security-Policy",
    [...SHARED_POLICY, "script-src 'self'", "style-src 'self' 'unsafe-inline'", "frame-ancestors 'self'"].join("; "),
  );
  res.setHeader("X-Frame-Options", "SAMEORIGIN");
}

/** The GraphQL explorer: its bundled scripts plus the one inline start-up script, named by its hash. */
export function explorerPolicy(res: Response, inlineScript: string): void {
  const hash = createHash("sha256").update(inlineScript).digest("base64");
  res.setHeader(
    "Content-Security-Policy",
    [
      ...SHARED_POLICY,
      `script-src 'self' 'sha256-${hash}'`,
      "style-src 'self' 'unsafe-inline'",
      "frame-ancestors 'self'",
    ].join("; "),
  );
  res.setHeader("X-Frame-Options", "SAMEORIGIN");
}

/**
 * An SVG opened on its own is a document that could run script: none may run, nothing may load, and it is
 * sandboxed. Its inline styles (the dark theme) still apply.
 */
export function svgPolicy(res: Response): void {
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
}
