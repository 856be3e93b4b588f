import { UserInputError } from "../../schema/errors";

export type CursorValue = string | number;

/**
 * Cursors are opaque to clients but simple inside: the order they belong to (a batch order such as ISSUED_ON_ASC, or
 * a record table's order) and the values of its sort keys at one row (ending with the row's id). Keyset pagination
 * resumes strictly after (or before) those values, so a page never repeats or skips a row, even when rows are added
 * between requests.
 */
export function encodeCursor(order: string, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([order, ...values]), "utf8").toString("base64url");
}

export function decodeCursor(
  cursor: string,
  order: string,
  types: readonly ("date" | "int" | "text")[],
  argument: "after" | "before",
): CursorValue[] {
  const fail = (why: string): never => {
    throw new UserInputError(
      `${argument} is not a cursor of this list (${why}). Pass a pageInfo.endCursor, pageInfo.startCursor or edges.cursor returned for the same orderBy (${order}).`,
      argument,
    );
  };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return fail("it cannot be read");
  }
  if (!Array.isArray(decoded) || decoded.length !== types.length + 1) return fail("it cannot be read");
  const [cursorOrder, ...values] = decoded as unknown[];
  if (cursorOrder !== order) return fail(`it was made for orderBy ${String(cursorOrder)}`);
  return values.map((value, i) => {
    const type = types[i];
    if (type === "int" && Number.isInteger(value)) return value as number;
    if (type === "text" && typeof value === "string") return value;
    if (type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    return fail("it cannot be read");
  });
}
