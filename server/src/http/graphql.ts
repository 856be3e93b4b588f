import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { RequestContext } from "../context";
import type { Logger } from "../logger";

/**
 * Apollo Server for the public API. Errors a client can act on (bad input, not found) keep their message and code;
 * anything else is logged with an id and reaches the client as that id only, never as a stack trace or SQL.
 */
export function createApolloServer(schema: GraphQLSchema, logger: Logger): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    // The default landing page loads from a CDN that offline users cannot reach; /graphql serves its own explorer.
    plugins: [ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskInternalError(formatted, error, logger),
  });
}

const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

export function maskInternalError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  // TypeGraphQL's argument validation fails with an ArgumentValidationError: a client mistake, not ours.
  if (original instanceof Error && original.name === "ArgumentValidationError") {
    return { message: formatted.message, path: formatted.path, extensions: { code: "BAD_USER_INPUT" } };
  }
  const errorId = randomUUID();
  logger.error(`internal error ${errorId}`, original instanceof GraphQLError ? original.originalError ?? original : original);
  return {
    message: `Internal server error (id ${errorId}). Please report it with this id.`,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
  };
}
