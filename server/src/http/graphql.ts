import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { ApiLimits } from "../config";
import type { RequestContext } from "../context";
import { currentRequest, noteRequestError, type Logger } from "../logger";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../db/unavailable";
import type { DatasetSizesCache } from "../schema/cost/dataset-sizes";
import { maxAliasesRule, maxDepthRule } from "../schema/limits";
import { batchPagePlugin } from "./batch-page-plugin";
import { costPlugin } from "./cost-plugin";
import type { GraphqlAnswerCache } from "./graphql-answer-cache";
import { previewPlugin } from "./preview";
import type { WorkGate } from "./work-gate";

/**
 * Apollo Server for the public API. Errors a client can act on (bad input, not found) keep their message and code;
 * anything else is logged with an id and reaches the client as that id only, never as a stack trace or SQL.
 */
export function createApolloServer(
  schema: GraphQLSchema,
  logger: Logger,
  limits: Pick<
    ApiLimits,
    "maxDepth" | "maxAliases" | "cacheMaxAgeSeconds" | "maxTokens" | "maxNodes" | "maxBuckets" | "costlyNodes"
  >,
  sizes: DatasetSizesCache,
  dataSource: DataSource,
  gate: WorkGate,
  answers: GraphqlAnswerCache,
): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    // Also checked, with a friendlier message, before Apollo sees the query (graphql-guard.ts).
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases)],
    // The default landing page loads from a CDN that offline users cannot reach; /graphql serves its own explorer.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // All data is public and changes only with the dataset version: successful answers may be reused for a short
      // while ("max-age=60, public"); errors are "no-store".
      ApolloServerPluginCacheControl({ defaultMaxAge: limits.cacheMaxAgeSeconds, calculateHttpHeaders: true }),
      httpPlugin,
      costPlugin(limits, sizes, gate),
      previewPlugin(dataSource),
      batchPagePlugin(schema, limits.cacheMaxAgeSeconds),
      // Last: it keeps answers as the plugins above have made them (headers, extensions).
      answers.plugin(),
    ],
    includeStacktraceInErrorResponses: false,
    // Apollo would stop itself on SIGINT/SIGTERM and then re-send the signal, killing the process (exit 143) before
    // the database closes. main.ts stops everything in order instead.
    stopOnTerminationSignals: false,
    // Apollo turns introspection off when NODE_ENV is "production"; this API is public and documented through it
    // (GraphiQL's docs, clients generating types), so it stays on everywhere.
    introspection: true,
    formatError: (formatted, error) => maskInternalError(formatted, error, logger),
  });
}

/** Request errors that the GraphQL-over-HTTP spec lets legacy application/json clients read from a 200. */
const LEGACY_200_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]);

/**
 * HTTP details Apollo leaves to us:
 * - successful GET answers carry the ETag computed from the dataset version (see http/app.ts), for If-None-Match;
 * - a request that fails parsing, validation or variable coercion is answered 200 when the client accepts only
 *   application/json, as the GraphQL-over-HTTP spec asks (legacy clients read errors only from 200 responses);
 *   clients that accept application/graphql-response+json keep Apollo's 400. Other request errors (a malformed
 *   persisted query) stay 400 for everyone;
 * - an answer that failed because the database is unavailable is 503 with Retry-After, not a 200 with an error.
 */
const httpPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response, contextValue, operation }) {
        if (response.body.kind !== "single") return;
        const result = response.body.singleResult;
        // Every error names the request, as the log line about it does.
        if (result.errors?.length) {
          result.errors = result.errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
          const [first] = result.errors;
          noteRequestError(String(first.extensions?.code ?? "UNKNOWN"), first.message);
        }
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        if (codes.includes("SERVICE_UNAVAILABLE")) {
          response.http.status = 503;
          // The costly-work gate sets its own; a database outage gets the database's.
          if (!response.http.headers.has("retry-after")) {
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          }
          response.http.headers.set("cache-control", "no-store");
          return;
        }
        const accept = request.http?.headers.get("accept") ?? "";
        if (
          response.http.status === 400 &&
          result.data === undefined &&
          !accept.includes("application/graphql-response+json") &&
          codes.every((code) => typeof code === "string" && LEGACY_200_CODES.has(code))
        ) {
          response.http.status = 200;
        }
        // Answers may differ by who asks; shared caches must key on the credentials.
        response.http.headers.set("vary", "Accept, Authorization, Cookie");
        // A mutation's answer is never reused, and anything a signed-in request sees may include what the public may
        // not: never stored, never shared.
        if (contextValue.viewer || operation?.operation === "mutation") {
          response.http.headers.set("cache-control", "private, no-store");
          response.http.headers.delete("etag");
          return;
        }
        const cache = contextValue.httpCache;
        if (!cache || result.errors) return;
        response.http.headers.set("etag", cache.etag);
        response.http.headers.set("x-dataset-version", String(cache.version));
      },
    };
  },
};

const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "NODE_LIMIT_EXCEEDED",
  "BUCKET_LIMIT_EXCEEDED",
  "RATE_LIMITED",
  "SERVICE_UNAVAILABLE",
]);

export function maskInternalError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, validationErrors, ...extensions } = formatted.extensions ?? {};
    // class-validator's findings arrive as "Argument Validation Error" plus a tree of objects that echo the input
    // back; the rules' own messages are what a client can act on.
    const problems = validationProblems(validationErrors);
    if (problems.length > 0)
      return { ...formatted, message: problems.join("; "), extensions: { ...extensions, problems } };
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  const persisted = persistedQueryProblem(formatted.message);
  if (persisted) return { message: persisted, extensions: { code: "BAD_REQUEST" } };
  if (isDatabaseUnavailable(original)) {
    return {
      message: `The database is not answering right now. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
      path: formatted.path,
      extensions: { code: "SERVICE_UNAVAILABLE" },
    };
  }
  // TypeGraphQL's argument validation fails with an ArgumentValidationError: a client mistake, not ours.
  if (original instanceof Error && original.name === "ArgumentValidationError") {
    return { message: formatted.message, path: formatted.path, extensions: { code: "BAD_USER_INPUT" } };
  }
  // The request's own id where there is one, so the client's report, the answer and the log line all match.
  const errorId = currentRequest()?.requestId ?? randomUUID();
  logger.error(
    `internal error ${errorId}`,
    original instanceof GraphQLError ? (original.originalError ?? original) : original,
  );
  return {
    message: `Internal server error (id ${errorId}). Please report it with this id.`,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
  };
}

/**
 * Apollo refuses malformed automatic persisted queries with errors that carry no code (they would read as internal
 * errors): name what is wrong instead.
 */
function persistedQueryProblem(message: string): string | null {
  if (message === "provided sha does not match query") {
    return "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it. Send the hash of the exact query text (hex), or leave out persistedQuery.";
  }
  if (message === "Unsupported persisted query version") {
    return "extensions.persistedQuery.version must be 1, the only version of automatic persisted queries served here.";
  }
  return null;
}

interface ValidationProblem {
  constraints?: Record<string, string>;
  children?: ValidationProblem[];
}

function validationProblems(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [];
  return (errors as ValidationProblem[]).flatMap((e) => [
    ...Object.values(e.constraints ?? {}),
    ...validationProblems(e.children),
  ]);
}
