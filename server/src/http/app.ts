import { randomUUID } from "node:crypto";
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
import type { ApiLimits, EditorialConfig } from "../config";
import { createRequestContext, type RequestContext } from "../context";
import { createEmbedRouter } from "../embed/embed.router";
import type { Logger } from "../logger";
import { getDatasetVersion } from "../modules/dataset/dataset-version.service";
import { createApiV1Router } from "./api-v1";
import { authenticate, httpExchange } from "./auth";
import { preview } from "./preview";
import { etagFor, matchesIfNoneMatch, requestVariant } from "./caching";
import { createFeedsRouter } from "./feeds";
import { compressResponses } from "./compression";
import { createGraphiqlRouter } from "./graphiql";
import { createRecordTwinsRouter } from "./records-twins";
import { createWebDistRouter } from "./static-assets";

export interface AppOptions {
  dataSource: DataSource;
  apollo: ApolloServer<RequestContext>;
  webDistDir: string;
  limits: ApiLimits;
  logger: Logger;
  trustProxy: boolean | number;
  editorial: EditorialConfig;
}

/**
 * The HTTP app: the GraphQL endpoint (with its explorer), the CSV/JSON twins under /api/v1, a health check, and the
 * built dashboard with client-side routes.
 */
export function createApp({
  dataSource,
  apollo,
  webDistDir,
  limits,
  logger,
  trustProxy,
  editorial,
}: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  // Our own ETags name the dataset version; Express's would hash bodies we already know to be current.
  app.set("etag", false);
  app.use(compressResponses());

  app.get("/healthz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false });
    }
  });

  app.use(createGraphiqlRouter());
  app.use(createFeedsRouter({ dataSource, limits, logger }));
  app.use("/api/v1", createRecordTwinsRouter({ dataSource, limits, logger }));
  app.use("/api/v1", createApiV1Router({ dataSource, limits, logger }));
  app.use(createEmbedRouter({ dataSource, limits, logger, webDistDir }));

  app.use(
    "/graphql",
    authenticate(dataSource),
    preview(dataSource),
    graphqlGetFreshness(dataSource),
    express.json({ limit: limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> =>
        createRequestContext((res.locals.previewDataSource as DataSource | undefined) ?? dataSource, limits, {
          httpCache: res.locals.httpCache as RequestContext["httpCache"],
          viewer: (res.locals.viewer as RequestContext["viewer"]) ?? null,
          http: httpExchange(req, res),
          editorial,
        }),
    }),
  );

  const indexHtml = path.join(webDistDir, "index.html");
  if (fs.existsSync(indexHtml)) {
    app.use(createWebDistRouter(webDistDir));
  } else {
    app.get("/", (_req, res) => {
      res
        .type("text/plain")
        .send(
          `The dashboard has not been built (no ${indexHtml}). Run "pnpm start" from the repository root.\nThe API is at /graphql and /api/v1/.`,
        );
    });
  }
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
 * Errors that reach Express (an oversized or malformed body, mostly) answer in the shape the client speaks:
 * GraphQL errors on /graphql, JSON elsewhere. Never a stack trace.
 */
function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, code, message } = describeHttpError(error, logger);
    res.setHeader("Cache-Control", "no-store");
    if (req.path.startsWith("/graphql")) {
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    } else {
      res.status(status).json({ error: { code, message } });
    }
  };
}

function describeHttpError(error: unknown, logger: Logger): { status: number; code: string; message: string } {
  const type = typeof error === "object" && error !== null && "type" in error ? String(error.type) : "";
  const limit = typeof error === "object" && error !== null && "limit" in error ? Number(error.limit) : NaN;
  if (type === "entity.too.large") {
    return {
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: `The request body is larger than the limit of ${limit} bytes. Send a shorter query: pass values as variables, ask for fewer fields, or split it into several requests.`,
    };
  }
  if (type === "entity.parse.failed") {
    return { status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON." };
  }
  if (type === "encoding.unsupported" || type === "charset.unsupported") {
    return { status: 415, code: "BAD_REQUEST", message: "Send the request body as UTF-8 JSON." };
  }
  const errorId = randomUUID();
  logger.error(`internal error ${errorId}`, error);
  return {
    status: 500,
    code: "INTERNAL_SERVER_ERROR",
    message: `Internal server error (id ${errorId}). Please report it with this id.`,
  };
}
