import type { Stats } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { createHash } from "node:crypto";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { matchRoute } from "@subpoena-tracker/domain";
import Negotiator from "negotiator";
import type { DataSource } from "typeorm";
import type { ApiLimits } from "../config";
import type { Logger } from "../logger";
import { getDatasetVersion } from "../modules/dataset/dataset-version.service";
import { LruCache } from "../util/lru-cache";
import { matchesIfNoneMatch } from "./caching";
import { dashboardPolicy } from "./security-headers";
import { shareMetaFor, withShareMeta } from "./share-meta";

/** Files in the build's assets/ folder carry a hash of their content in their name (Vite's `[name]-[hash]`). */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
/** A hashed name never changes content: browsers and CDNs may keep it for a year without asking again. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else (the HTML shells, favicon) may change with any deploy: reuse only after revalidating. */
export const REVALIDATE = "no-cache";

/** Build-time compressed copies beside each file (web/vite-plugins/precompress.ts), best first. */
const ENCODINGS = [
  { coding: "br", suffix: ".br" },
  { coding: "gzip", suffix: ".gz" },
] as const;

const PREFERRED = ENCODINGS.map((e) => e.coding);

const NOT_SERVED = /\.(?:map|br|gz)$/;

/** Paths sent with the dashboard's HTML shell, for client-side routes (/jurisdictions/denver-co, ...). */
const CLIENT_ROUTE = /^\/(?!api\/|graphql|assets\/|embed\/.*\.(svg|png)$).*/;

/** The file a URL path names inside the build, or null for a path that is malformed or leaves the folder. */
function fileInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, `.${decoded}`);
  return file.startsWith(root + path.sep) ? file : null;
}

async function statFile(file: string): Promise<Stats | null> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * Sends one file of the build: the brotli or gzip copy when the client accepts it (with the file's own Content-Type,
 * Content-Encoding and Vary: Accept-Encoding), the file itself otherwise. Each copy has its own validator, so a
 * revalidation (If-None-Match or If-Modified-Since) answers 304 for the copy the client holds.
 */
async function sendBuildFile(
  req: Request,
  res: Response,
  next: NextFunction,
  root: string,
  relative: string,
  cacheControl: string,
): Promise<void> {
  const file = path.join(root, relative);
  const available: { coding: string; suffix: string; stat: Stats }[] = [];
  for (const encoding of ENCODINGS) {
    const stat = await statFile(file + encoding.suffix);
    if (stat) available.push({ ...encoding, stat });
  }
  // The answer depends on Accept-Encoding whenever a compressed copy exists, including when identity is chosen.
  if (available.length > 0) res.vary("Accept-Encoding");
  // Browsers list gzip before br at equal weight ("gzip, deflate, br, zstd"): ties go to the smaller copy.
  const chosen = new Negotiator(req).encoding([...available.map((e) => e.coding), "identity"], {
    preferred: PREFERRED,
  });
  const encoding = available.find((e) => e.coding === chosen);
  const stat = encoding?.stat ?? (await statFile(file));
  if (!stat) return next();
  res.type(path.extname(relative));
  res.setHeader("Cache-Control", cacheControl);
  // Express turns off the file sender's own ETags with the app's (set for the API's dataset-version ETags).
  res.setHeader("ETag", `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`);
  if (encoding) res.setHeader("Content-Encoding", encoding.coding);
  res.sendFile(relative + (encoding?.suffix ?? ""), { root, cacheControl: false, dotfiles: "deny" }, (error) => {
    if (!error || res.headersSent) return;
    // A file that vanished mid-request (a rebuild): let the next handler answer.
    for (const header of ["Content-Encoding", "Cache-Control", "ETag"]) res.removeHeader(header);
    next();
  });
}

/** The home page's prerendered first paint in index.html (web/vite-plugins/prerender-shell.ts), between these markers. */
const HOME_SHELL = /<!--shell:home-->[\s\S]*?<!--\/shell:home-->/;

/** The shell for a page: the home page keeps its prerendered title and introduction, every other page starts empty. */
export function shellFor(html: string, routeName: string): string {
  return routeName === "home" ? html : html.replace(HOME_SHELL, "");
}

export interface ShareOptions {
  dataSource: DataSource;
  limits: ApiLimits;
  logger: Logger;
  /** The origin written into links (see public-origin.ts): the cards' images and addresses are absolute. */
  publicOrigin: (req: Request) => string;
}

/** Shells with their link cards, per dataset version and address: a few thousand pages of a few kB each. */
const SHELL_ENTRIES = 2000;
const SHELL_BYTES = 16 * 1024 * 1024;

/**
 * The HTML shell of a page with its link card (Open Graph tags, oEmbed discovery) written in, so that link unfurlers,
 * which run no JavaScript, show the page's chart. Falls back to the bare shell if the card cannot be made.
 */
function createShellRenderer(root: string, share: ShareOptions) {
  const cache = new LruCache<string>(SHELL_ENTRIES, SHELL_BYTES, (html) => html.length);
  let template: { mtimeMs: number; html: string } | null = null;
  const load = async (): Promise<string | null> => {
    const file = path.join(root, "index.html");
    const stat = await statFile(file);
    if (!stat) return null;
    if (template?.mtimeMs !== stat.mtimeMs) template = { mtimeMs: stat.mtimeMs, html: await fs.readFile(file, "utf8") };
    return template.html;
  };
  return async (req: Request): Promise<string | null> => {
    const indexHtml = await load();
    if (indexHtml === null) return null;
    const route = matchRoute(req.path);
    const html = shellFor(indexHtml, route.name);
    const search = req.originalUrl.includes("?") ? req.originalUrl.slice(req.originalUrl.indexOf("?")) : "";
    try {
      const origin = share.publicOrigin(req);
      const dataset = await getDatasetVersion(share.dataSource);
      const key = `${dataset.version} ${template?.mtimeMs ?? 0} ${origin} ${req.path}${search}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const meta = await shareMetaFor(
        share.dataSource,
        route,
        { path: req.path, search },
        dataset,
        share.limits,
        origin,
      );
      const page = meta ? withShareMeta(html, meta) : html;
      cache.set(key, page);
      return page;
    } catch (error) {
      share.logger.error(`link card for ${req.path} failed; serving the bare shell`, error);
      return html;
    }
  };
}

/**
 * The built dashboard: hashed assets cached for a year, everything else revalidated, precompressed copies when the
 * client accepts them, and the HTML shell for client-side routes. Source maps are never served (a local build made
 * with --sourcemap keeps them to itself), and a missing asset is a 404, never the HTML shell under a script's name.
 */
export function createWebDistRouter(webDistDir: string, share: ShareOptions): Router {
  const router = express.Router();
  const root = path.resolve(webDistDir);
  const shell = createShellRenderer(root, share);

  const notFound = (res: Response): void => {
    res.status(404).type("text/plain").setHeader("Cache-Control", "no-store").send("No such file in this build.\n");
  };

  router.get(/.*/, async (req, res, next) => {
    const requested = req.path;
    // Source maps and the compressed copies themselves are not for clients (the copies are chosen by negotiation).
    if (NOT_SERVED.test(requested)) return notFound(res);
    if (requested.endsWith("/")) return next();
    const file = fileInside(root, requested);
    if (!file || !(await statFile(file))) return next();
    const cacheControl = HASHED_ASSET.test(requested) ? IMMUTABLE : REVALIDATE;
    await sendBuildFile(req, res, next, root, requested, cacheControl);
  });

  router.get("/assets/{*rest}", (_req, res) => notFound(res));

  router.get(CLIENT_ROUTE, async (req, res, next) => {
    dashboardPolicy(res);
    if (matchRoute(req.path).name === "not-found") res.status(404);
    const html = await shell(req);
    if (html === null) return next();
    // The shell now differs per page and dataset version: its validator is a hash of what is sent (compressed on
    // the fly by compression.ts, which is weak-ETag-equivalent for every encoding).
    const etag = `W/"${createHash("sha256").update(html).digest("base64url").slice(0, 22)}"`;
    res.setHeader("Cache-Control", REVALIDATE);
    res.setHeader("ETag", etag);
    res.vary("Accept-Encoding");
    if (res.statusCode === 200 && matchesIfNoneMatch(req, etag)) {
      res.status(304).end();
      return;
    }
    res.type("html").send(html);
  });
  return router;
}
