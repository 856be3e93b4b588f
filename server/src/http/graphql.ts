import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { ApiLimits } from "../config";
import type { RequestContext } from "../context";
import type { Logger } from "../logger";
import { maxAliasesRule, maxDepthRule } from "../schema/limits";

/**
 * Apollo Server for the public API. Errors a client can act on (bad input, not found) keep their message and code;
 * anything else is logged with an id and reaches the client as that id only, never as a stack trace or SQL.
 */
export function createApolloServer(
  schema: GraphQLSchema,
  logger: Logger,
  limits: Pick<ApiLimits, "maxDepth" | "maxAliases" | "cacheMaxAgeSeconds">,
): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    validationRules: [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases)],
    // The default landing page loads from a CDN that offline users cannot reach; /graphql serves its own explorer.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // All data is public and changes only with the dataset version: successful answers may be reused for a short
      // while ("max-age=60, public"); errors are "no-store".
      ApolloServerPluginCacheControl({ defaultMaxAge: limits.cacheMaxAgeSeconds, calculateHttpHeaders: true }),
      httpPlugin,
    ],
    includeStacktraceInErrorResponses: false,
    // Apollo turns introspection off when NODE_ENV is "production"; this API is public and documented through it
    // (GraphiQL's docs, clients generating types), so it stays on everywhere.
    introspection: true,
    formatError: (formatted, error) => maskInternalError(formatted, error, logger),
  });
}

/**
 * HTTP details Apollo leaves to us:
 * - successful GET answers carry the ETag computed from the dataset version (see http/app.ts), for If-None-Match;
 * - a request that fails validation or variable coercion is answered 200 when the client accepts only
 *   application/json, as the GraphQL-over-HTTP spec asks (legacy clients read errors only from 200 responses);
 *   clients that accept application/graphql-response+json keep Apollo's 400.
 */
const httpPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response, contextValue, operation }) {
        if (response.body.kind !== "single") return;
        const result = response.body.singleResult;
        const accept = request.http?.headers.get("accept") ?? "";
        if (
          response.http.status === 400 &&
          result.data === undefined &&
          !accept.includes("application/graphql-response+json")
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
  // TypeGraphQL's argument validation fails with an ArgumentValidationError: a client mistake, not ours.
  if (original instanceof Error && original.name === "ArgumentValidationError") {
    return { message: formatted.message, path: formatted.path, extensions: { code: "BAD_USER_INPUT" } };
  }
  const errorId = randomUUID();
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
