import compression from "compression";
import type { RequestHandler } from "express";

/** Below this, compressing saves less than it costs; the build's precompressed files use the same line. */
const THRESHOLD_BYTES = 1024;

/**
 * Compresses API answers (GraphQL, the CSV/JSON twins, embed pages and their SVG and JSON) with brotli or gzip, as
 * the client accepts. Streamed downloads stay streamed: the compressor passes each block on as soon as it fills.
 * Brotli runs at quality 4 (the middleware's default): about gzip's speed, smaller output. Files of the build come
 * precompressed at the highest settings and carry their own Content-Encoding, which the middleware leaves alone;
 * images, zips and fonts are compressed already and are left alone too.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: THRESHOLD_BYTES });
}
