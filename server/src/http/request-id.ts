import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { withRequestLog } from "../logger";

/** A client-supplied id is kept when it is short and plain (a proxy's trace id); otherwise a fresh one. */
const CLIENT_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Every request gets an id, echoed in X-Request-Id, written on each log line about it and in every error answer, so
 * a report ("request 4f1c…") leads straight to the log. The rest of the request runs inside withRequestLog, which is
 * how the logger finds the id without it being passed around.
 */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.get("x-request-id");
  const id = given && CLIENT_ID.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader("X-Request-Id", id);
  withRequestLog({ requestId: id }, () => next());
}

export function requestIdOf(res: Response): string {
  return typeof res.locals.requestId === "string" ? res.locals.requestId : "none";
}
