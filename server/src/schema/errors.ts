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
