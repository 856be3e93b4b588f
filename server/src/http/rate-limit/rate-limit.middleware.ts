import { createHash } from "node:crypto";
import { HeaderMap } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { tokenViewer } from "../auth";
import { HttpError } from "../http-error";
import type { RateLimiter, RateLimitState } from "./rate-limiter";

/**
 * What a request costs in points (docs/security.md lists them): reads cost 1; images, downloads and the data package
 * cost more, in proportion to the work they are; a GraphQL request pays 1 here and the rest of its estimated cost
 * once it is known (cost-plugin.ts); a dashboard page costs 1, since its link card may run a query. Health checks and
 * static files are free.
 */
export function requestWeight(req: Request): number {
  const path = req.path;
  if (path.startsWith("/embed/") && path.endsWith(".png")) return 10;
  if (path.startsWith("/embed/") && path.endsWith(".svg")) return 2;
  if (path === "/api/v1/batches.csv" || path === "/api/v1/batches.json") return 20;
  if (path === "/api/v1/datapackage.zip") return 20;
  if (path === "/graphql" || path.startsWith("/api/") || path.startsWith("/embed") || path === "/oembed") return 1;
  // A dashboard page (a path without a file extension): its link card may run a counts query, so a client varying
  // the address must not get unlimited queries for free. A reader's page view costs ~110 points in GraphQL anyway.
  if (req.method === "GET" && !path.includes(".") && path !== "/healthz" && path !== "/readyz") return 1;
  return 0;
}

/**
 * Who is charged: a request with a valid API token, per token (a script keeps its budget whatever address it runs
 * from, and scripts sharing an office's address do not share one); any other, per client address (the proxy's view
 * of it when TRUST_PROXY is set). A token that does not hold (unknown, expired, revoked) is charged to the address:
 * otherwise every made-up token would be a fresh budget. Looking the token up costs one indexed read, shared with
 * /graphql's authentication.
 */
export async function clientKey(req: Request, res: Response, dataSource: DataSource): Promise<string> {
  const viewer = tokenViewer(dataSource, req, res);
  if (viewer) {
    const tokenId = await viewer.then(
      (v) => v.tokenId,
      () => null,
    );
    if (tokenId !== null) return `token:${tokenId}`;
  }
  const address = req.ip ?? req.socket.remoteAddress ?? "unknown";
  return `ip:${createHash("sha256").update(address).digest("base64url").slice(0, 22)}`;
}

export function setRateLimitHeaders(res: Response, limiter: RateLimiter, state: RateLimitState): void {
  if (state.limit === null) return;
  const reset = Math.max(0, Math.ceil((state.resetAt.getTime() - Date.now()) / 1000));
  res.setHeader("RateLimit-Policy", `${state.limit};w=${limiter.windowSeconds}`);
  res.setHeader("RateLimit", `limit=${state.limit}, remaining=${state.remaining}, reset=${reset}`);
}

export function rateLimitError(limiter: RateLimiter, state: RateLimitState): HttpError {
  const retryAfter = Math.max(1, Math.ceil((state.resetAt.getTime() - Date.now()) / 1000));
  return new HttpError(
    429,
    "RATE_LIMITED",
    `This client has used its ${limiter.points} points for this ${limiter.windowSeconds}-second window. Try again in ${retryAfter} seconds. Images, downloads and large queries cost more points (docs/security.md); GET /api/v1/datapackage.zip has everything at once.`,
    { "Retry-After": String(retryAfter) },
  );
}

/** The same refusal inside GraphQL, when a query's estimated cost takes the client over its limit. */
export function graphqlRateLimitError(limiter: RateLimiter, state: RateLimitState): GraphQLError {
  const refusal = rateLimitError(limiter, state);
  return new GraphQLError(refusal.message, {
    extensions: {
      code: "RATE_LIMITED",
      http: {
        status: 429,
        headers: new HeaderMap(Object.entries(refusal.headers).map(([k, v]) => [k.toLowerCase(), v])),
      },
    },
  });
}

/**
 * Charges each request its weight and answers 429 with Retry-After once the client is over its limit; every answer
 * carries RateLimit-Policy and RateLimit. Leaves `res.locals.charge` for the GraphQL cost plugin.
 */
export function rateLimit(limiter: RateLimiter, dataSource: DataSource) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const weight = requestWeight(req);
    if (weight === 0 || !limiter.enabled || req.method === "OPTIONS") return next();
    const client = await clientKey(req, res, dataSource);
    const state = await limiter.charge(client, weight);
    res.locals.rateLimit = state;
    setRateLimitHeaders(res, limiter, state);
    res.locals.charge = async (points: number): Promise<RateLimitState> => {
      const after = points > 0 ? await limiter.charge(client, points) : (res.locals.rateLimit as RateLimitState);
      res.locals.rateLimit = after;
      if (!res.headersSent) setRateLimitHeaders(res, limiter, after);
      return after;
    };
    next(state.exceeded ? rateLimitError(limiter, state) : undefined);
  };
}
