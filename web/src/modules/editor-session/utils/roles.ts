import type { Role } from "../../../gql/editor/graphql";

export const ROLE_LABELS: Record<Role, string> = {
  CONTRIBUTOR: "Contributor",
  EDITOR: "Editor",
  ADMIN: "Admin",
};

/** Editors and admins review, publish and answer error reports. */
export function canPublish(role: Role): boolean {
  return role === "EDITOR" || role === "ADMIN";
}
