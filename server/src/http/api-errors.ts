import { randomUUID } from "node:crypto";
import type { Response } from "express";
import { GraphQLError } from "graphql";
import type { Logger } from "../logger";

export type Format = "json" | "csv" | "zip";

/** GraphQL argument names as the twins call them, so an error points at the parameter the client actually sent. */
const PARAMETER_NAMES: Record<string, string> = {
  jurisdictions: "jurisdiction",
  excludeJurisdictions: "excludeJurisdiction",
  agencies: "agency",
  agencyJurisdictions: "agencyJurisdiction",
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

/** A client mistake as the twins and the embeds report it: status, code, and a message naming the parameter. */
export interface ClientError {
  status: 400 | 404;
  code: "BAD_USER_INPUT" | "NOT_FOUND";
  message: string;
  parameter: string | undefined;
}

/**
 * Reads a client mistake off an error, renaming a GraphQL argument (issuedFrom) to the query parameter the client sent
 * (from); null for anything else, which is ours to log, not the client's to read.
 */
export function clientErrorOf(error: unknown): ClientError | null {
  if (!(error instanceof GraphQLError)) return null;
  const code = error.extensions.code;
  if (code !== "BAD_USER_INPUT" && code !== "NOT_FOUND") return null;
  const argument = typeof error.extensions.argument === "string" ? error.extensions.argument : undefined;
  const parameter =
    typeof error.extensions.parameter === "string"
      ? error.extensions.parameter
      : argument
        ? (PARAMETER_NAMES[argument] ?? argument)
        : undefined;
  const message =
    argument && parameter && error.message.startsWith(`${argument}:`)
      ? `Parameter "${parameter}":${error.message.slice(argument.length + 1)}`
      : error.message;
  return { status: code === "NOT_FOUND" ? 404 : 400, code, message, parameter };
}

/**
 * Answers an error of the CSV/JSON twins: client mistakes with 400 (or 404) and a message naming the parameter,
 * anything else with 500 and an id to report, never a stack trace or SQL. JSON endpoints answer JSON; the others
 * plain text, which is what a script reading CSV prints.
 */
export function sendApiError(res: Response, format: Format, error: unknown, logger: Logger): void {
  const client = clientErrorOf(error);
  let status: number;
  let code: string;
  let message: string;
  let parameter: string | undefined;
  if (client) {
    ({ status, code, message, parameter } = client);
  } else {
    status = 500;
    code = "INTERNAL_SERVER_ERROR";
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
