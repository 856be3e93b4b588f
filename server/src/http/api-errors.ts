import { randomUUID } from "node:crypto";
import type { Response } from "express";
import { GraphQLError } from "graphql";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../db/unavailable";
import { noteRequestError, type Logger } from "../logger";
import { HttpError } from "./http-error";
import { requestIdOf } from "./request-id";

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
  code: "BAD_USER_INPUT" | "NOT_FOUND" | "BUCKET_LIMIT_EXCEEDED";
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
  if (code !== "BAD_USER_INPUT" && code !== "NOT_FOUND" && code !== "BUCKET_LIMIT_EXCEEDED") return null;
  const argument = typeof error.extensions.argument === "string" ? error.extensions.argument : undefined;
  const parameter =
    typeof error.extensions.parameter === "string"
      ? error.extensions.parameter
      : argument
        ? Object.hasOwn(PARAMETER_NAMES, argument)
          ? PARAMETER_NAMES[argument]
          : argument
        : undefined;
  const message =
    argument && parameter && error.message.startsWith(`${argument}:`)
      ? `Parameter "${parameter}":${error.message.slice(argument.length + 1)}`
      : error.message;
  return { status: code === "NOT_FOUND" ? 404 : 400, code, message, parameter };
}

/** How an error is answered over HTTP, whatever the format. */
export interface ErrorAnswer {
  status: number;
  code: string;
  message: string;
  parameter?: string;
  headers: Record<string, string>;
}

/**
 * Every error, classified once for every transport: client mistakes (400/404, with the parameter at fault),
 * refusals made before any work (HttpError: limits, bad headers, full queues), malformed bodies (400/413/415), the
 * database being unavailable (503 with Retry-After: try again shortly), and anything else, which is ours: logged
 * with an id and answered 500 with that id only, never a stack trace or SQL.
 */
export function answerFor(error: unknown, logger: Logger, requestId?: string): ErrorAnswer {
  const answer = classify(error, logger, requestId);
  noteRequestError(answer.code, answer.message);
  return answer;
}

function classify(error: unknown, logger: Logger, requestId?: string): ErrorAnswer {
  const client = clientErrorOf(error);
  if (client) return { ...client, headers: {} };
  if (error instanceof HttpError) {
    return { status: error.status, code: error.code, message: error.message, headers: error.headers };
  }
  const body = bodyParserError(error);
  if (body) return { ...body, headers: {} };
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      code: "SERVICE_UNAVAILABLE",
      message: `The database is not answering right now. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
    };
  }
  const errorId = requestId ?? randomUUID();
  logger.error(`internal error ${errorId}`, error);
  return {
    status: 500,
    code: "INTERNAL_SERVER_ERROR",
    message: `Internal server error (id ${errorId}). Please report it with this id.`,
    headers: {},
  };
}

/** Errors of Express's body parser: a body too large, not JSON, or not UTF-8. */
function bodyParserError(error: unknown): Omit<ErrorAnswer, "headers"> | null {
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
  return null;
}

/**
 * Answers an error of the CSV/JSON twins and the embeds' files. JSON endpoints answer JSON; the others plain text,
 * which is what a script reading CSV prints. Every answer names the request id, for reports.
 */
export function sendApiError(res: Response, format: Format, error: unknown, logger: Logger): void {
  const requestId = requestIdOf(res);
  const { status, code, message, parameter, headers } = answerFor(error, logger, requestId);
  if (res.headersSent) {
    // A streamed answer already started: all that can be done is to cut it short, so the client sees it incomplete.
    res.destroy();
    return;
  }
  res.removeHeader("ETag");
  res.setHeader("Cache-Control", "no-store");
  res.removeHeader("Content-Disposition");
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (format === "json") {
    res.status(status).json({ error: { code, message, ...(parameter ? { parameter } : {}), requestId } });
  } else {
    res.status(status).type("text/plain").send(`${message}\n(request ${requestId})\n`);
  }
}
