import type { RequestContext } from "../../context";
import type { Viewer } from "../accounts/auth.service";
import { UserInputError } from "../../schema/errors";

/** A numeric id given as a GraphQL ID, checked. */
export function idOf(raw: string | number, argument: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) throw new UserInputError(`${argument}: "${raw}" is not an id`, argument);
  return id;
}

/** The request's viewer, for operations the authChecker has already let through. */
export function viewerOf(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new Error("authChecker let an anonymous request through");
  return ctx.viewer;
}
