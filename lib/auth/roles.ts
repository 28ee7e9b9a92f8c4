import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/organization/access";

export const roles = ["staff", "manager", "admin", "evaluator"] as const;
export type Role = (typeof roles)[number];

/** What an action may do; every action declares one up front (see lib/actions/safe-action.ts). */
export const permissions = [
  "project:write",
  "assessment:write",
  "assessment:submit",
  "assessment:review",
  "assessment:comment",
  "assessment:third-party",
  "members:manage",
  "audit:read",
] as const;
export type Permission = (typeof permissions)[number];

const staff: Permission[] = ["project:write", "assessment:write", "assessment:submit"];
const manager: Permission[] = [...staff, "assessment:review", "assessment:comment", "audit:read"];

/** The one table of who may do what. Evaluators only read their projects, comment and add a third-party assessment. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  staff,
  manager,
  admin: [...manager, "members:manage"],
  evaluator: ["assessment:comment", "assessment:third-party"],
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/** The same roles for Better Auth's organization plugin: only admins manage members and invitations. */
export const accessControl = createAccessControl(defaultStatements);
export const pluginRoles = {
  admin: accessControl.newRole({
    organization: ["update"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
  }),
  manager: accessControl.newRole({}),
  staff: accessControl.newRole({}),
  evaluator: accessControl.newRole({}),
};
