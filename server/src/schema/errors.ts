import { GraphQLError } from "graphql";

/**
 * Errors a client can act on. The message says what was wrong and what to send instead; `argument` names the input
 * at fault (a GraphQL argument or an HTTP query parameter) so that the twins can point at the parameter.
 */
export class UserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}) } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "NOT_FOUND" } });
  }
}

/**
 * An edit made against a version of a record that is no longer current: someone else's change landed first. The
 * error holds the record's current version and values so that the author can redo the edit on top of them.
 */
export class ConflictError extends GraphQLError {
  constructor(
    readonly record: { type: string; id: string },
    readonly currentVersion: number,
    readonly current: Record<string, string | null>,
    expectedVersion: number,
  ) {
    super(
      `${record.type} "${record.id}" has changed since you started: you edited version ${expectedVersion}, the current version is ${currentVersion}. Apply your change to the current values and try again.`,
      { extensions: { code: "CONFLICT", record, currentVersion, current } },
    );
  }
}

/** No credentials, or credentials that do not hold (a wrong password, an expired or revoked token). HTTP 401. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
}

/** Signed in, but not allowed to do this (the role or the token's scope falls short). HTTP 403. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
  }
}

/** Too many attempts from one account or address; try again after `retryAfterSeconds`. HTTP 429. */
export class RateLimitedError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { extensions: { code: "RATE_LIMITED", retryAfterSeconds, http: { status: 429 } } });
  }
}
