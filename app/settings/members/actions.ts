"use server";

import { revalidatePath } from "next/cache";
import {
  cancelInvitationForOrg,
  changeMemberRoleForOrg,
  createInvitationForOrg,
  removeMemberForOrg,
  setEvaluatorProjectsForOrg,
  setSelfApprovalForOrg,
} from "@/db/queries/membership-admin";
import { actionClient } from "@/lib/actions/safe-action";
import { evaluatorProjectsSchema, invitationSchema, inviteSchema, memberRoleSchema, memberSchema, selfApprovalSchema } from "@/lib/forms/member-schema";

const refresh = () => revalidatePath("/settings/members");

export const inviteMemberAction = actionClient
  .metadata({ actionName: "inviteMember", permission: "members:manage" })
  .inputSchema(inviteSchema)
  .action(async ({ parsedInput, ctx }) => {
    const invitationId = await createInvitationForOrg(ctx.session, parsedInput);
    refresh();
    return { invitationId, link: `/invitations/${invitationId}` };
  });

export const cancelInvitationAction = actionClient
  .metadata({ actionName: "cancelInvitation", permission: "members:manage" })
  .inputSchema(invitationSchema)
  .action(async ({ parsedInput, ctx }) => {
    await cancelInvitationForOrg(ctx.session, parsedInput.invitationId);
    refresh();
    return { ok: true as const };
  });

export const changeMemberRoleAction = actionClient
  .metadata({ actionName: "changeMemberRole", permission: "members:manage" })
  .inputSchema(memberRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    await changeMemberRoleForOrg(ctx.session, parsedInput.memberId, parsedInput.role);
    refresh();
    return { ok: true as const };
  });

export const removeMemberAction = actionClient
  .metadata({ actionName: "removeMember", permission: "members:manage" })
  .inputSchema(memberSchema)
  .action(async ({ parsedInput, ctx }) => {
    await removeMemberForOrg(ctx.session, parsedInput.memberId);
    refresh();
    return { ok: true as const };
  });

export const setEvaluatorProjectsAction = actionClient
  .metadata({ actionName: "setEvaluatorProjects", permission: "members:manage" })
  .inputSchema(evaluatorProjectsSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setEvaluatorProjectsForOrg(ctx.session, parsedInput.memberId, parsedInput.projectIds);
    refresh();
    return { ok: true as const };
  });

/** Four eyes may be waived for one-person teams: the organisation's choice, made by an admin. */
export const setSelfApprovalAction = actionClient
  .metadata({ actionName: "setSelfApproval", permission: "members:manage" })
  .inputSchema(selfApprovalSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setSelfApprovalForOrg(ctx.session, parsedInput.allowed);
    refresh();
    return { ok: true as const };
  });
