import { randomUUID } from "node:crypto";
import type { Response } from "express";
import { GraphQLError } from "graphql";
import type { Logger } from "../logger";

export type Format = "json" | "csv" | "zip";

/** GraphQL argument names as the twins call them, so an error points at the parameter the client actually sent. */
const PARAMETER_NAMES: Record<string, string> = {
  jurisdictions: "jurisdiction",
  states: "state",
  outcomes: "outcome",
  issuedFrom: "from",
  issuedTo: "to",
  agencyKinds: "agencyKind",
  issuingComponents: "issuingComponent",
  offenseCategories: "offenseCategory",
};

/** A mistake in a query parameter of the twins, named as the client sent it. */
export function parameterError(message: string, parameter: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", parameter } });
}

/**
 * Answers an error of the CSV/JSON twins: client mistakes with 400 (or 404) and a message naming the parameter,
 * anything else with 500 and an id to report, never a stack trace or SQL. JSON endpoints answer JSON; the others
 * plain text, which is what a script reading CSV prints.
 */
export function sendApiError(res: Response, format: Format, error: unknown, logger: Logger): void {
  let status = 500;
  let code = "INTERNAL_SERVER_ERROR";
  let message: string;
  let parameter: string | undefined;
  if (
    error instanceof GraphQLError &&
    (error.extensions.code === "BAD_USER_INPUT" || error.extensions.code === "NOT_FOUND")
  ) {
    status = error.extensions.code === "NOT_FOUND" ? 404 : 400;
    code = String(error.extensions.code);
    const argument = typeof error.extensions.argument === "string" ? error.extensions.argument : undefined;
    parameter =
      typeof error.extensions.parameter === "string"
        ? error.extensions.parameter
        : argument
          ? (PARAMETER_NAMES[argument] ?? argument)
          : undefined;
    message =
      argument && parameter && error.message.startsWith(`${argument}:`)
        ? `Parameter "${parameter}":${error.message.slice(argument.length + 1)}`
        : error.message;
  } else {
    const errorId = randomUUID();
    logger.error(`internal error ${errorId}`, error);
    message = `Internal server error (id ${errorId}). Please report it with this id.`;
  }
  if (res.headersSent) {
    // A streamed answer already started: all that can be done is to cut it short, so the client sees it incomplete.
    res.destroy();
    return;
  }
  res.removeHeader("ETag");
  res.setHeader("Cache-Control", "no-store");
  res.removeHeader("Content-Disposition");
  if (format === "json") {
    res.status(status).json({ error: { code, message, ...(parameter ? { parameter } : {}) } });
  } else {
    res.status(status).type("text/plain").send(`${message}\n`);
  }
}
