import type { NextFunction, Request, Response } from "express";
import { HttpError } from "./http-error";

/** Refuses any other method with 405 and the Allow header listing the ones this address takes (OPTIONS included). */
export function methodNotAllowed(allowed: readonly string[]) {
  const allow = [...allowed, "OPTIONS"].join(", ");
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (allowed.includes(req.method) || req.method === "OPTIONS") return next();
    next(
      new HttpError(405, "METHOD_NOT_ALLOWED", `${req.method} is not allowed here; use ${allowed.join(" or ")}.`, {
        Allow: allow,
      }),
    );
  };
}
