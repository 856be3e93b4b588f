import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../../context";
import { ForbiddenError, UnauthenticatedError } from "../../schema/errors";
import type { Role } from "./account.entity";
import type { Scope } from "./api-token.entity";
import type { Viewer } from "./auth.service";

/**
 * What an operation needs, named once per operation with `@Authorized<Permission>(...)`. This table is the whole
 * authorization policy: the authChecker below is the only place that reads it, and the authorization matrix test
 * is generated from it.
 */
export type Permission = "account" | "read" | "draft" | "review" | "publish" | "admin";

export interface Requirement {
  /** The least role; roles are ordered contributor < editor < admin, and each may do what the ones below may. */
  role: Role;
  /** The scope an API token must hold; null: tokens may not do this at all (sign-in sessions only). */
  scope: Scope | null;
  /** Allowed before a one-time password has been replaced. */
  beforePasswordChange?: boolean;
  what: string;
}

export const REQUIREMENTS: Record<Permission, Requirement> = {
  account: { role: "contributor", scope: null, beforePasswordChange: true, what: "manage your own sign-in" },
  read: { role: "contributor", scope: "read", what: "read changesets, drafts and previews" },
  draft: { role: "contributor", scope: "draft", what: "draft changes" },
  review: { role: "editor", scope: "read", what: "read the inbox of error reports" },
  publish: { role: "editor", scope: "publish", what: "review and publish changesets" },
  admin: { role: "admin", scope: null, what: "manage accounts and API tokens" },
};

const RANK: Record<Role, number> = { contributor: 0, editor: 1, admin: 2 };

/** Why the viewer may not do what the permission covers, or null when they may. */
export function refusal(viewer: Viewer | null, permission: Permission): UnauthenticatedError | ForbiddenError | null {
  const need = REQUIREMENTS[permission];
  if (!viewer) return new UnauthenticatedError(`Sign in (or send an API token) to ${need.what}.`);
  if (RANK[viewer.role] < RANK[need.role]) {
    return new ForbiddenError(`Only ${need.role}s${need.role === "admin" ? "" : " and above"} may ${need.what}.`);
  }
  if (viewer.via === "token") {
    if (need.scope === null) return new ForbiddenError(`API tokens cannot ${need.what}: sign in instead.`);
    if (!viewer.scopes.includes(need.scope)) {
      return new ForbiddenError(`This API token lacks the "${need.scope}" scope needed to ${need.what}.`);
    }
  }
  if (viewer.mustChangePassword && !need.beforePasswordChange) {
    return new ForbiddenError("Replace your one-time password first (changePassword).");
  }
  return null;
}

/** TypeGraphQL's single authorization hook: every `@Authorized` field or mutation comes through here. */
export const authChecker: AuthChecker<RequestContext, Permission> = ({ context }, permissions) => {
  for (const permission of permissions) {
    const refused = refusal(context.viewer, permission);
    if (refused) throw refused;
  }
  return true;
};
