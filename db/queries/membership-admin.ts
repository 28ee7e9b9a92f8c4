import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Role } from "@/lib/auth/roles";
import { isUuid, NotFoundError, UserFacingError } from "@/lib/errors";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { invitation, member, organizations, projectEvaluators, projects, session, user } from "../schema";
import { recordAudit } from "./audit";
import { inOrganisation } from "./scope";

const INVITATION_DAYS = 7;

export async function listMembersForOrg(ctx: SessionContext) {
  const db = await getDb();
  const members = await db
    .select({ memberId: member.id, userId: member.userId, role: member.role, name: user.name, email: user.email, since: member.createdAt })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(inOrganisation(ctx, member))
    .orderBy(asc(user.name));
  const given = await db
    .select({ userId: projectEvaluators.userId, projectId: projectEvaluators.projectId })
    .from(projectEvaluators)
    .where(inOrganisation(ctx, projectEvaluators));
  return members.map((m) => ({ ...m, projectIds: given.filter((g) => g.userId === m.userId).map((g) => g.projectId) }));
}

export async function listPendingInvitationsForOrg(ctx: SessionContext) {
  const db = await getDb();
  return db
    .select()
    .from(invitation)
    .where(and(inOrganisation(ctx, invitation), eq(invitation.status, "pending")))
    .orderBy(asc(invitation.createdAt));
}

/** Creates the invitation Better Auth accepts later; the admin shares its link. */
export async function createInvitationForOrg(ctx: SessionContext, input: { email: string; role: Role }): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [already] = await tx
      .select({ id: member.id })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(and(inOrganisation(ctx, member), eq(user.email, input.email)));
    if (already) throw new UserFacingError("errors.alreadyMember", { email: input.email });
    // One live invitation per address: a new one replaces the old.
    await tx
      .update(invitation)
      .set({ status: "canceled" })
      .where(and(inOrganisation(ctx, invitation), eq(invitation.email, input.email), eq(invitation.status, "pending")));
    const id = randomUUID();
    await tx.insert(invitation).values({
      id,
      organizationId: ctx.organizationId,
      email: input.email,
      role: input.role,
      status: "pending",
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
      inviterId: ctx.userId,
    });
    await recordAudit(tx, ctx, { action: "invitation.create", entityType: "invitation", entityId: id, after: input });
    return id;
  });
}

export async function cancelInvitationForOrg(ctx: SessionContext, invitationId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitation)
      .set({ status: "canceled" })
      .where(and(eq(invitation.id, invitationId), inOrganisation(ctx, invitation), eq(invitation.status, "pending")))
      .returning({ id: invitation.id, email: invitation.email });
    if (!row) throw new NotFoundError("things.invitation");
    await recordAudit(tx, ctx, { action: "invitation.cancel", entityType: "invitation", entityId: invitationId, before: row });
  });
}

async function memberOfOrg(tx: DbOrTx, ctx: SessionContext, memberId: string) {
  // One membership change of an organisation at a time: otherwise two admins demoting or removing
  // each other at once would each still count the other as admin, leaving none.
  await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, ctx.organizationId)).for("update");
  const [row] = await tx
    .select()
    .from(member)
    .where(and(eq(member.id, memberId), inOrganisation(ctx, member)))
    .for("update");
  if (!row) throw new NotFoundError("things.member");
  return row;
}

/** An organisation always keeps at least one admin, or nobody could manage it any more. */
async function ensureAnotherAdmin(tx: DbOrTx, ctx: SessionContext, leaving: { id: string; role: string }) {
  if (leaving.role !== "admin") return;
  const admins = await tx
    .select({ id: member.id })
    .from(member)
    .where(and(inOrganisation(ctx, member), eq(member.role, "admin")));
  if (admins.every((a) => a.id === leaving.id)) throw new UserFacingError("errors.lastAdmin");
}

export async function changeMemberRoleForOrg(ctx: SessionContext, memberId: string, role: Role) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await memberOfOrg(tx, ctx, memberId);
    if (role !== "admin") await ensureAnotherAdmin(tx, ctx, row);
    await tx.update(member).set({ role }).where(and(eq(member.id, memberId), inOrganisation(ctx, member)));
    // Project grants belong to the evaluator role: they must not come back if the role is given again later.
    if (role !== "evaluator") {
      await tx
        .delete(projectEvaluators)
        .where(and(inOrganisation(ctx, projectEvaluators), eq(projectEvaluators.userId, row.userId)));
    }
    await recordAudit(tx, ctx, { action: "member.role", entityType: "member", entityId: memberId, before: { role: row.role }, after: { role } });
  });
}

/** Removes a member and ends their sessions in this organisation on the server. */
export async function removeMemberForOrg(ctx: SessionContext, memberId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await memberOfOrg(tx, ctx, memberId);
    await ensureAnotherAdmin(tx, ctx, row);
    await tx.delete(member).where(and(eq(member.id, memberId), inOrganisation(ctx, member)));
    await tx.delete(projectEvaluators).where(and(inOrganisation(ctx, projectEvaluators), eq(projectEvaluators.userId, row.userId)));
    await tx.delete(session).where(and(eq(session.userId, row.userId), eq(session.activeOrganizationId, ctx.organizationId)));
    await recordAudit(tx, ctx, { action: "member.remove", entityType: "member", entityId: memberId, before: { userId: row.userId, role: row.role } });
  });
}

/** Which projects an outside evaluator may see. Only for evaluators, only this organisation's projects. */
export async function setEvaluatorProjectsForOrg(ctx: SessionContext, memberId: string, projectIds: string[]) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await memberOfOrg(tx, ctx, memberId);
    if (row.role !== "evaluator") throw new UserFacingError("errors.evaluatorsOnly");
    const ids = [...new Set(projectIds)];
    if (ids.some((id) => !isUuid(id))) throw new NotFoundError("things.aProject");
    const found = ids.length
      ? await tx.select({ id: projects.id }).from(projects).where(and(inOrganisation(ctx, projects), inArray(projects.id, ids)))
      : [];
    if (found.length !== ids.length) throw new NotFoundError("things.aProject");
    const before = await tx
      .select({ projectId: projectEvaluators.projectId })
      .from(projectEvaluators)
      .where(and(inOrganisation(ctx, projectEvaluators), eq(projectEvaluators.userId, row.userId)));
    await tx.delete(projectEvaluators).where(and(inOrganisation(ctx, projectEvaluators), eq(projectEvaluators.userId, row.userId)));
    if (ids.length) {
      await tx.insert(projectEvaluators).values(ids.map((projectId) => ({ organizationId: ctx.organizationId, projectId, userId: row.userId })));
    }
    await recordAudit(tx, ctx, { action: "evaluator.projects", entityType: "evaluator", entityId: memberId, before: before.map((b) => b.projectId), after: ids });
  });
}

/** The invitation behind a link, with its organisation's name: the link itself is the secret. */
export async function getInvitationById(invitationId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: invitation.id, email: invitation.email, role: invitation.role, status: invitation.status, expiresAt: invitation.expiresAt, organizationName: organizations.name })
    .from(invitation)
    .innerJoin(organizations, eq(organizations.id, invitation.organizationId))
    .where(eq(invitation.id, invitationId));
  return row ?? null;
}

/** Whether a manager may approve what they submitted or last edited (one-person teams); off by default. */
export async function getSelfApprovalForOrg(ctx: SessionContext): Promise<boolean> {
  const db = await getDb();
  const [org] = await db.select({ allowed: organizations.allowSelfApproval }).from(organizations).where(eq(organizations.id, ctx.organizationId));
  return org?.allowed ?? false;
}

export async function setSelfApprovalForOrg(ctx: SessionContext, allowed: boolean) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ allowed: organizations.allowSelfApproval })
      .from(organizations)
      .where(eq(organizations.id, ctx.organizationId))
      .for("update");
    await tx.update(organizations).set({ allowSelfApproval: allowed }).where(eq(organizations.id, ctx.organizationId));
    await recordAudit(tx, ctx, {
      action: "organization.self-approval",
      entityType: "organization",
      entityId: ctx.organizationId,
      before: { allowSelfApproval: before?.allowed ?? false },
      after: { allowSelfApproval: allowed },
    });
  });
}
