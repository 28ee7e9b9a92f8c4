import { tryGetCurrentAuthEndpointContext } from "@better-auth/core/context";
import { APIError } from "better-auth/api";
import type { OrganizationOptions } from "better-auth/plugins";
import * as recorded from "@/db/queries/membership-hooks";
import { isRole } from "./roles";

/**
 * Better Auth's organisation plugin, held to the app's rules: only the roles of lib/auth/roles.ts
 * (never the library's `owner` or a comma list of roles), every change in the audit log, and an
 * evaluator's project grants dropped when they stop being one. The app's screens reach only
 * create, set-active and accept-invitation (lib/auth/auth-endpoints-in-use.ts); the other hooks
 * hold server code that calls `auth.api` to the same rules.
 */
function appRoleOnly(role: string) {
  if (!isRole(role)) throw new APIError("BAD_REQUEST", { code: "ROLE_NOT_IN_APP", message: "This role does not exist in the app" });
}

/**
 * Who made the request. The role-change and removal hooks are given the member concerned, not the
 * admin acting; the request's session says who that is.
 */
function actingUser(fallback: { id: string; name: string }) {
  const session = tryGetCurrentAuthEndpointContext()?.context.session;
  return session ? { id: session.user.id, name: session.user.name } : fallback;
}

export const organizationHooks = {
  async afterCreateOrganization({ organization, user }) {
    await recorded.recordOrganizationCreated(organization, user);
  },
  async beforeAddMember({ member }) {
    appRoleOnly(member.role);
  },
  async afterAddMember({ member, user, organization }) {
    await recorded.recordMemberAdded(organization, user, member);
  },
  async beforeCreateInvitation({ invitation }) {
    appRoleOnly(invitation.role);
  },
  async afterCreateInvitation({ invitation, inviter, organization }) {
    await recorded.recordInvitationCreated(organization, inviter, invitation);
  },
  async afterCancelInvitation({ invitation, cancelledBy, organization }) {
    await recorded.recordInvitationCanceled(organization, cancelledBy, invitation);
  },
  async beforeAcceptInvitation({ invitation }) {
    appRoleOnly(invitation.role);
  },
  async afterAcceptInvitation({ invitation, member, user, organization }) {
    await recorded.recordInvitationAccepted(organization, user, invitation, member.id);
  },
  async beforeUpdateMemberRole({ newRole }) {
    appRoleOnly(newRole);
  },
  async afterUpdateMemberRole({ member, previousRole, user, organization }) {
    await recorded.recordMemberRoleChanged(organization, actingUser(user), member, previousRole);
  },
  async afterRemoveMember({ member, user, organization }) {
    await recorded.recordMemberRemoved(organization, actingUser(user), member);
  },
} satisfies NonNullable<OrganizationOptions["organizationHooks"]>;
