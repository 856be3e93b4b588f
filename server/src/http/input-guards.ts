import type { NextFunction, Request, Response } from "express";
import { HttpError } from "./http-error";

/**
 * PostgreSQL text cannot hold a NUL character, and no real value needs one: a NUL byte anywhere in the path, a query
 * parameter or a JSON body is refused up front with the place it was found, instead of failing deep in a query.
 */
export function rejectNulBytes(req: Request, _res: Response, next: NextFunction): void {
  if (req.path.includes("\0")) return next(nulError("The address"));
  const parameter = findNul(req.query, "");
  if (parameter !== null) return next(nulError(`Parameter "${parameter}"`));
  const field = findNul(req.body, "");
  next(field === null ? undefined : nulError(`The request body's "${field || "text"}"`));
}

function nulError(where: string): HttpError {
  return new HttpError(
    400,
    "BAD_USER_INPUT",
    `${where} contains a NUL character (\\u0000), which no value may hold. Remove it.`,
  );
}

/** The path (a.b.c) of the first string holding a NUL, or null. */
function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return value.includes("\0") ? path : null;
  if (depth > 32 || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const place = path ? `${path}.${key}` : key;
    if (key.includes("\0")) return place;
    const found = findNul(item, place, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
