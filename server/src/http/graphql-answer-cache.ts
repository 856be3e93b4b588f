import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { Kind, type SelectionSetNode } from "graphql";
import type { DataSource } from "typeorm";
import type { RequestContext } from "../context";
import { getDatasetVersion } from "../modules/dataset/dataset-version.service";
import { LruCache } from "../util/lru-cache";
import type { RateLimitState } from "./rate-limit/rate-limiter";

/**
 * Whole answers to public count queries, kept as the bytes that were sent. A chart read by thousands of readers is
 * the same request thousands of times; the counts service already answers it from its own cache after one version
 * check, but each request still went through Apollo: parsing, validation, the cost estimate, execution and
 * serialization, several times the cost of the version check itself (docs/performance.md). Here a request that
 * matches a kept answer, for the current dataset version, gets those bytes back after the version check alone.
 *
 * Kept: successful answers to queries whose every root field is in ANSWERABLE (their answer depends on the data
 * only, never on who asks), for the public only (no viewer, no preview, no persisted-query extensions), POSTs only,
 * keyed by document, variables, operation name and Accept header. The rate limit is charged as Apollo would charge
 * (the cost estimate kept with the answer); a client over its limit is sent on to Apollo, which refuses it as usual
 * without charging it twice.
 */

/** Root fields whose answer is a function of the dataset version and the request alone. */
const ANSWERABLE = new Set(["subpoenaCounts", "__typename"]);

const ENTRIES = 500;
const BYTES = 32 * 1024 * 1024;

interface Answer {
  version: number;
  /** The request's estimated cost in rate-limit points (what the cost plugin charged). */
  cost: number;
  status: number;
  headers: [string, string][];
  body: string;
}

/** The headers of an answer that depend on the answer, not on this exchange (request id, rate limit, date). */
const KEPT_HEADERS = ["content-type", "cache-control"];

export class GraphqlAnswerCache {
  private readonly answers = new LruCache<Answer>(ENTRIES, BYTES, (a) => a.body.length + 200);

  /** Answers from the cache when it can; otherwise leaves the key for the plugin, to keep Apollo's answer. */
  middleware(dataSource: DataSource) {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        const key = requestKey(req, res);
        if (!key) return next();
        const answer = this.answers.get(key);
        // No kept answer and no root field that could give one: nothing to check (the version costs a statement).
        if (!answer && !(req.body as { query: string }).query.includes("subpoenaCounts")) return next();
        const { version } = await getDatasetVersion(dataSource);
        const pending: PendingAnswer = { key, version };
        res.locals.answerCache = pending;
        if (!answer || answer.version !== version) return next();
        const charge = res.locals.charge as ((points: number) => Promise<RateLimitState>) | undefined;
        if (charge && answer.cost > 1) {
          const state = await charge(answer.cost - 1);
          if (state.exceeded) {
            // Apollo refuses it as usual, with these points already charged.
            res.locals.prepaidPoints = answer.cost - 1;
            res.locals.answerCache = undefined;
            return next();
          }
        }
        for (const [name, value] of answer.headers) res.setHeader(name, value);
        // What the answer varies by, merged with what earlier middlewares said it varies by.
        res.vary("Accept");
        res.vary("Authorization");
        res.vary("Cookie");
        res.status(answer.status).end(answer.body);
      } catch (error) {
        next(error);
      }
    };
  }

  /** Keeps Apollo's answer when the request and the answer allow it. */
  plugin(): ApolloServerPlugin<RequestContext> {
    const answers = this.answers;
    return {
      async requestDidStart() {
        return {
          async willSendResponse({ response, contextValue, operation }) {
            const pending = contextValue.answerCache;
            if (!pending || !operation || operation.operation !== "query") return;
            if (contextValue.viewer || contextValue.preview) return;
            if (response.body.kind !== "single" || response.body.singleResult.errors) return;
            if ((response.http.status ?? 200) !== 200) return;
            if (!onlyAnswerableFields(operation.selectionSet)) return;
            if (!(response.http.headers.get("cache-control") ?? "").includes("public")) return;
            pending.keep = (status, headers, body) =>
              answers.set(pending.key, {
                version: pending.version,
                cost: contextValue.cost?.cost ?? 1,
                status,
                headers,
                body,
              });
          },
        };
      },
    };
  }
}

/** The pending answer of a request that may be kept: set by the middleware, completed by the plugin. */
export interface PendingAnswer {
  key: string;
  version: number;
  keep?: (status: number, headers: [string, string][], body: string) => void;
}

/**
 * Wraps res.send for a request the plugin marked as keepable, so that the bytes Apollo sends are kept. Called where
 * the GraphQL context is made (the plugin sees the answer before it is serialized; this sees it serialized).
 */
export function keepSentAnswer(res: Response, pending: PendingAnswer): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (pending.keep && typeof body === "string") {
      const headers: [string, string][] = [];
      for (const name of KEPT_HEADERS) {
        const value = res.getHeader(name);
        if (typeof value === "string") headers.push([name, value]);
      }
      pending.keep(res.statusCode, headers, body);
    }
    return send(body);
  };
}

/**
 * POST only: a GET answer carries its own ETag, and Apollo refuses GETs that could be cross-site forgeries (CSRF
 * prevention), which an answer kept from another request must not skip.
 */
function requestKey(req: Request, res: Response): string | null {
  if (req.method !== "POST" || res.locals.viewer || res.locals.preview) return null;
  const params = req.body as Record<string, unknown> | undefined;
  if (!params || typeof params.query !== "string" || params.extensions !== undefined) return null;
  return JSON.stringify([
    params.query,
    params.variables ?? null,
    params.operationName ?? null,
    req.headers.accept ?? "",
  ]);
}

function onlyAnswerableFields(set: SelectionSetNode): boolean {
  return set.selections.every((s) => s.kind === Kind.FIELD && ANSWERABLE.has(s.name.value) && !s.directives?.length);
}
