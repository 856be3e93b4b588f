import fs from "node:fs";
import path from "node:path";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, {
  type ErrorRequestHandler,
  type Express,
  type NextFunction,
  type Request,
  type Response,
} from "express";
import type { DataSource } from "typeorm";
import type { ApiLimits, EditorialConfig, StreamLimits } from "../config";
import { createRequestContext, type RequestContext } from "../context";
import { createEmbedRouter } from "../embed/embed.router";
import type { PngRenderer } from "../embed/png-renderer";
import type { DatasetSizesCache } from "../schema/cost/dataset-sizes";
import type { Logger } from "../logger";
import { getDatasetVersion } from "../modules/dataset/dataset-version.service";
import { answerFor } from "./api-errors";
import { createApiV1Router } from "./api-v1";
import { authenticate, httpExchange } from "./auth";
import { preview, restPreview, type PreviewRequest } from "./preview";
import { etagFor, matchesIfNoneMatch, requestVariant } from "./caching";
import { createFeedsRouter } from "./feeds";
import { compressResponses } from "./compression";
import { createGraphiqlRouter } from "./graphiql";
import { GraphqlAnswerCache, keepSentAnswer, type PendingAnswer } from "./graphql-answer-cache";
import { RawJsonParts, sendWithRawJson } from "./raw-json";
import { graphqlDocumentGuard } from "./graphql-guard";
import { createHealthRouter } from "./health";
import { HttpError } from "./http-error";
import { rejectNulBytes } from "./input-guards";
import { methodNotAllowed } from "./methods";
import { graphqlRateLimitError, rateLimit } from "./rate-limit/rate-limit.middleware";
import type { RateLimiter, RateLimitState } from "./rate-limit/rate-limiter";
import { checkHostHeader } from "./public-origin";
import { assignRequestId, requestIdOf } from "./request-id";
import { logRequests } from "./request-log";
import { securityHeaders } from "./security-headers";
import { createRecordTwinsRouter } from "./records-twins";
import { createWebDistRouter } from "./static-assets";
import type { WorkGate } from "./work-gate";

export interface AppOptions {
  dataSource: DataSource;
  apollo: ApolloServer<RequestContext>;
  webDistDir: string;
  limits: ApiLimits;
  streams: StreamLimits;
  logger: Logger;
  trustProxy: boolean | number;
  /** The origin written into links (see public-origin.ts). */
  publicOrigin: (req: Request) => string;
  limiter: RateLimiter;
  sizes: DatasetSizesCache;
  pngRenderer: PngRenderer;
  /** The cap on costly GraphQL operations and counts running at once (work-gate.ts). */
  costlyWork: WorkGate;
  maxPixels: number;
  editorial: EditorialConfig;
  /** Whole answers to public count queries (graphql-answer-cache.ts); its plugin is Apollo's. */
  answers: GraphqlAnswerCache;
}

/**
 * The HTTP app: health checks, the GraphQL endpoint (with its explorer), the CSV/JSON twins under /api/v1, the
 * embeds, and the built dashboard with client-side routes.
 */
export function createApp(options: AppOptions): Express {
  const { dataSource, apollo, webDistDir, limits, logger, trustProxy } = options;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  // Our own ETags name the dataset version; Express's would hash bodies we already know to be current.
  app.set("etag", false);
  app.use(compressResponses());

  app.use(assignRequestId, logRequests(logger), securityHeaders, (req, _res, next) => {
    checkHostHeader(req);
    next();
  });
  app.use(rejectNulBytes);
  app.use(rateLimit(options.limiter, dataSource));
  // CORS preflight for the public reads (security-headers.ts set the Access-Control headers).
  app.options(/.*/, (_req, res) => {
    res.status(204).end();
  });

  app.use(createHealthRouter(dataSource));
  app.use(createGraphiqlRouter());
  app.use(createFeedsRouter({ dataSource, limits, logger }));
  app.use("/api/v1", restPreview(dataSource));
  app.use("/api/v1", createRecordTwinsRouter({ dataSource, limits, logger }));
  app.use(
    "/api/v1",
    createApiV1Router({
      dataSource,
      limits,
      streams: options.streams,
      logger,
      sizes: options.sizes,
      costlyWork: options.costlyWork,
    }),
  );
  app.use(
    createEmbedRouter({
      dataSource,
      limits,
      logger,
      webDistDir,
      publicOrigin: options.publicOrigin,
      pngRenderer: options.pngRenderer,
      maxPixels: options.maxPixels,
    }),
  );

  app.use(
    "/graphql",
    methodNotAllowed(["GET", "HEAD", "POST"]),
    authenticate(dataSource),
    preview(),
    graphqlGetFreshness(dataSource),
    express.json({ limit: limits.maxBodyBytes }),
    rejectNulBytes,
    graphqlDocumentGuard(limits),
    options.answers.middleware(dataSource),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const context: RequestContext = {
          ...createRequestContext(dataSource, limits, {
            viewer: (res.locals.viewer as RequestContext["viewer"]) ?? null,
            http: httpExchange(req, res),
            editorial: options.editorial,
          }),
          requestId: requestIdOf(res),
          httpCache: res.locals.httpCache as RequestContext["httpCache"],
          rateLimit: res.locals.rateLimit as RateLimitState | undefined,
          preview: res.locals.preview as PreviewRequest | undefined,
          answerCache: res.locals.answerCache as PendingAnswer | undefined,
        };
        if (context.answerCache) keepSentAnswer(res, context.answerCache);
        // After keepSentAnswer, so that what it keeps is the answer as sent.
        context.rawJson = new RawJsonParts();
        sendWithRawJson(res, context.rawJson);
        const charge = res.locals.charge as ((points: number) => Promise<RateLimitState>) | undefined;
        // Points the answer cache charged already for this request before sending it on (graphql-answer-cache.ts).
        const prepaid = (res.locals.prepaidPoints as number | undefined) ?? 0;
        if (charge) {
          context.charge = async (points) => {
            context.rateLimit = await charge(Math.max(0, points - prepaid));
            if (context.rateLimit.exceeded) throw graphqlRateLimitError(options.limiter, context.rateLimit);
          };
        }
        return context;
      },
    }),
  );
  app.all(["/healthz", "/readyz", "/oembed", "/embed.js", /^\/embed\//], methodNotAllowed(["GET", "HEAD"]));
  app.use(["/embed", "/oembed", "/graphiql-assets"], (req, _res, next) => {
    next(new HttpError(404, "NOT_FOUND", `Nothing at ${req.originalUrl.split("?")[0]}.`));
  });

  const indexHtml = path.join(webDistDir, "index.html");
  if (fs.existsSync(indexHtml)) {
    // The built dashboard (static-assets.ts): an address that is no page of the app still gets the shell (it shows
    // "not found"), with status 404 so crawlers and link checkers know.
    app.use(createWebDistRouter(webDistDir, { dataSource, limits, logger, publicOrigin: options.publicOrigin }));
  } else {
    app.get("/", (_req, res) => {
      res
        .type("text/plain")
        .send(
          `The dashboard has not been built (no ${indexHtml}). Run "pnpm start" from the repository root.\nThe API is at /graphql and /api/v1/.`,
        );
    });
  }
  app.all(/.*/, methodNotAllowed(["GET", "HEAD"]), (req, _res, next) => {
    next(new HttpError(404, "NOT_FOUND", `Nothing at ${req.path}.`));
  });
  app.use(errorHandler(logger));
  return app;
}

/**
 * GraphQL GET requests are reads of public data: answer 304 when the client's ETag still names the current dataset
 * version and this very request; otherwise leave the ETag for Apollo's response (set only on a successful answer).
 */
function graphqlGetFreshness(dataSource: DataSource) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    // Signed-in answers are private and never cached (see http/graphql.ts); only the public's reads get ETags.
    if ((req.method !== "GET" && req.method !== "HEAD") || req.query.query === undefined || res.locals.viewer) {
      return next();
    }
    try {
      const { version } = await getDatasetVersion(dataSource);
      const etag = etagFor(version, requestVariant(req));
      if (matchesIfNoneMatch(req, etag)) {
        res.setHeader("ETag", etag);
        res.status(304).end();
        return;
      }
      res.locals.httpCache = { etag, version };
      next();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * Errors that reach Express (a bad header or body, a refusal, the database down) answer in the shape the client
 * speaks: GraphQL errors on /graphql, JSON elsewhere. Never a stack trace.
 */
function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const requestId = requestIdOf(res);
    const { status, code, message, headers } = answerFor(error, logger, requestId);
    res.setHeader("Cache-Control", "no-store");
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.path.startsWith("/graphql")) {
      res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
    } else {
      res.status(status).json({ error: { code, message, requestId } });
    }
  };
}
