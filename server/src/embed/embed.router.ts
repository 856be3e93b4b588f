import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import express, { type Request, type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import type { ApiLimits } from "../config";
import { answerFor, sendApiError } from "../http/api-errors";
import { etagFor, matchesIfNoneMatch, setCacheHeaders } from "../http/caching";
import { requestIdOf } from "../http/request-id";
import { svgPolicy } from "../http/security-headers";
import type { Logger } from "../logger";
import { getDatasetVersion, type DatasetVersion } from "../modules/dataset/dataset-version.service";
import { loadChart } from "./embed-data";
import { EmbedPageTemplate, renderEmbedPage, renderErrorPage } from "./embed-page";
import { parseEmbedRequest, type EmbedRequest } from "./embed-params";
import { checkPixelBudget, pngWidth, renderSvg } from "./embed-render";
import type { PngRenderer } from "./png-renderer";
import { LruCache } from "../util/lru-cache";
import { oembedResponse, parseOembedRequest } from "./oembed";

export interface EmbedRouterOptions {
  dataSource: DataSource;
  limits: ApiLimits;
  logger: Logger;
  webDistDir: string;
  /** The origin written into links: PUBLIC_URL, or as public-origin.ts decides; never a raw Host header. */
  publicOrigin: (req: Request) => string;
  pngRenderer: PngRenderer;
  maxPixels: number;
}

type Format = "svg" | "png" | "json" | "html";

interface Rendered {
  body: Buffer;
  type: string;
}

const CONTENT_TYPES: Record<Format, string> = {
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
  json: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
};

/** Rendered answers kept in memory: a few hundred charts, at most 64 MB of PNGs. */
const CACHE_ENTRIES = 500;
const CACHE_BYTES = 64 * 1024 * 1024;

const EMBED_SCRIPT = path.resolve(__dirname, "..", "..", "assets", "embed.js");
/** The resize script changes rarely but must reach hosts when it does: an hour, then revalidation. */
const SCRIPT_MAX_AGE = 3600;

const CHART_FILE = /^\/embed\/([^/.]+)\.(svg|png|json)$/;
const CHART_PAGE = /^\/embed\/([^/.]+)\/?$/;

/** Embeds are made to be shown on other sites: any page may frame them, fetch their data or draw their images. */
function allowEmbedding(res: Response, framed: boolean): void {
  res.removeHeader("X-Frame-Options");
  if (framed) res.setHeader("Content-Security-Policy", "frame-ancestors *");
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
}

/**
 * The embeds: /embed/<chart> (the page an iframe shows), /embed/<chart>.svg and .png (images rendered on the server
 * from the same chart components), /embed/<chart>.json (the page's data), /oembed and the snippet's /embed.js.
 * Answers are cached per dataset version and normalized request, in memory and by clients through ETags.
 */
export function createEmbedRouter({
  dataSource,
  limits,
  logger,
  webDistDir,
  publicOrigin,
  pngRenderer,
  maxPixels,
}: EmbedRouterOptions): Router {
  const router = express.Router();
  const cache = new LruCache<Rendered>(CACHE_ENTRIES, CACHE_BYTES, (r) => r.body.length);
  const inflight = new Map<string, Promise<Rendered>>();
  const template = EmbedPageTemplate.inWebDist(webDistDir);

  const fail = (res: Response, format: Format | "oembed", error: unknown): void => {
    if (format !== "html") {
      sendApiError(res, format === "svg" || format === "png" ? "csv" : "json", error, logger);
      return;
    }
    res.setHeader("Cache-Control", "no-store");
    res.removeHeader("ETag");
    const { status, message, headers } = answerFor(error, logger, requestIdOf(res));
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.status(status).type(CONTENT_TYPES.html).send(renderErrorPage(status, message));
  };

  /** Renders once per key, however many requests for it arrive at the same time. */
  const cached = async (key: string, render: () => Promise<Rendered>, res: Response): Promise<Rendered> => {
    const hit = cache.get(key);
    if (hit) {
      res.setHeader("X-Embed-Cache", "hit");
      return hit;
    }
    res.setHeader("X-Embed-Cache", "miss");
    let pending = inflight.get(key);
    if (!pending) {
      pending = render().finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    const rendered = await pending;
    cache.set(key, rendered);
    return rendered;
  };

  const renderFormat = async (
    format: Format,
    request: EmbedRequest,
    dataset: DatasetVersion,
    origin: string,
    pageTemplate: string | null,
  ): Promise<Rendered> => {
    const { payload, document } = await loadChart(dataSource, request, dataset, limits, origin);
    switch (format) {
      case "json":
        return { body: Buffer.from(JSON.stringify(payload)), type: CONTENT_TYPES.json };
      case "html": {
        const oembed = `${origin}/oembed?url=${encodeURIComponent(payload.links.page)}`;
        const html = renderEmbedPage(pageTemplate ?? "", payload, document, oembed);
        return { body: Buffer.from(html), type: CONTENT_TYPES.html };
      }
      case "svg":
      case "png": {
        const svg = renderSvg(document, request, { href: payload.links.dashboard, label: new URL(origin).host });
        return format === "svg"
          ? { body: Buffer.from(svg), type: CONTENT_TYPES.svg }
          : { body: await pngRenderer.render(svg, pngWidth(request)), type: CONTENT_TYPES.png };
      }
    }
  };

  const serveChart = (format: Format, chart: string) => async (req: Request, res: Response) => {
    const started = performance.now();
    try {
      const request = parseEmbedRequest(chart, req.query);
      if (format === "png") checkPixelBudget(request, maxPixels);
      let pageTemplate: { html: string; hash: string } | null = null;
      if (format === "html") {
        pageTemplate = template.load();
        if (!pageTemplate) {
          res
            .status(503)
            .type("text/plain")
            .send(
              `The embed page has not been built (no ${template.path}). Run "pnpm --filter @subpoena-tracker/web build".\n`,
            );
          return;
        }
      }
      const dataset = await getDatasetVersion(dataSource);
      const origin = publicOrigin(req);
      const variant = `${format} ${origin} ${request.key} ${pageTemplate?.hash ?? ""}`;
      const etag = etagFor(dataset.version, variant);
      allowEmbedding(res, format === "html");
      setCacheHeaders(res, etag, limits.cacheMaxAgeSeconds, dataset.version);
      if (matchesIfNoneMatch(req, etag)) {
        res.status(304).end();
        return;
      }
      const rendered = await cached(
        `${dataset.version} ${variant}`,
        () => renderFormat(format, request, dataset, origin, pageTemplate?.html ?? null),
        res,
      );
      res.setHeader("Server-Timing", `embed;dur=${(performance.now() - started).toFixed(1)}`);
      if (format === "svg") svgPolicy(res);
      res.type(rendered.type).send(rendered.body);
    } catch (error) {
      fail(res, format, error);
    }
  };

  router.get(CHART_FILE, (req, res) => {
    const [chart, extension] = [req.params[0], req.params[1]] as [string, Format];
    return serveChart(extension, chart)(req, res);
  });
  router.get(CHART_PAGE, (req, res) => serveChart("html", req.params[0])(req, res));

  router.get("/oembed", async (req, res) => {
    try {
      const format = req.query.format;
      if (format !== undefined && format !== "json") {
        // oEmbed's own answer to a format the provider does not serve.
        res.status(501).type("text/plain").send(`Only format=json is served.\n`);
        return;
      }
      const origin = publicOrigin(req);
      const target = parseOembedRequest(req.query, new URL(origin).host);
      const request = parseEmbedRequest(target.chart, target.query);
      const dataset = await getDatasetVersion(dataSource);
      const { document } = await loadChart(dataSource, request, dataset, limits, origin);
      allowEmbedding(res, false);
      res.setHeader("Cache-Control", `public, max-age=${limits.cacheMaxAgeSeconds}`);
      res.json(oembedResponse(target, document, request.query, request.showTitle, origin));
    } catch (error) {
      fail(res, "oembed", error);
    }
  });

  const script = fs.readFileSync(EMBED_SCRIPT);
  const scriptEtag = `"${createHash("sha256").update(script).digest("base64url").slice(0, 16)}"`;
  router.get("/embed.js", (req, res) => {
    const etag = scriptEtag;
    allowEmbedding(res, false);
    res.setHeader("ETag", etag);
    res.setHeader("Cache-Control", `public, max-age=${SCRIPT_MAX_AGE}`);
    if (matchesIfNoneMatch(req, etag)) {
      res.status(304).end();
      return;
    }
    res.type("text/javascript; charset=utf-8").send(script);
  });

  return router;
}
