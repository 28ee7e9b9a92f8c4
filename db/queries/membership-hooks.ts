import { and, eq } from "drizzle-orm";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { projectEvaluators } from "../schema";
import { recordAudit, type AuditEntry } from "./audit";
import { inOrganisation } from "./scope";

/**
 * What Better Auth's organisation endpoints change, recorded and tidied up the way the app's own
 * actions do (lib/auth/organization-hooks.ts calls these). The library writes its row first, so
 * these run just after it, each in its own transaction.
 */
type Actor = { id: string; name: string };
type Org = { id: string; name: string };

function actingIn(org: Org, actor: Actor): SessionContext {
  // The audit log keeps the organisation and who acted; the role is not recorded.
  return { organizationId: org.id, organizationName: org.name, userId: actor.id, userName: actor.name, role: "staff" };
}

async function record(org: Org, actor: Actor, entry: AuditEntry, also?: (tx: DbOrTx) => Promise<unknown>) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await also?.(tx);
    await recordAudit(tx, actingIn(org, actor), entry);
  });
}

/** Project grants belong to the evaluator role: they must not come back if the role is given again later. */
function dropEvaluatorGrants(tx: DbOrTx, organizationId: string, userId: string) {
  return tx.delete(projectEvaluators).where(and(inOrganisation({ organizationId }, projectEvaluators), eq(projectEvaluators.userId, userId)));
}

export function recordOrganizationCreated(org: Org, actor: Actor) {
  return record(org, actor, { action: "organization.create", entityType: "organization", entityId: org.id, after: { name: org.name } });
}

export function recordMemberAdded(org: Org, actor: Actor, added: { id: string; userId: string; role: string }) {
  return record(org, actor, { action: "member.add", entityType: "member", entityId: added.id, after: { userId: added.userId, role: added.role } });
}

export function recordInvitationCreated(org: Org, actor: Actor, invitation: { id: string; email: string; role: string }) {
  return record(org, actor, { action: "invitation.create", entityType: "invitation", entityId: invitation.id, after: { email: invitation.email, role: invitation.role } });
}

export function recordInvitationCanceled(org: Org, actor: Actor, invitation: { id: string; email: string }) {
  return record(org, actor, { action: "invitation.cancel", entityType: "invitation", entityId: invitation.id, before: { email: invitation.email } });
}

export function recordInvitationAccepted(org: Org, actor: Actor, invitation: { id: string; role: string }, memberId: string) {
  return record(org, actor, { action: "invitation.accept", entityType: "invitation", entityId: invitation.id, after: { role: invitation.role, memberId } });
}

export function recordMemberRoleChanged(org: Org, actor: Actor, changed: { id: string; userId: string; role: string }, previousRole: string) {
  return record(
    org,
    actor,
    { action: "member.role", entityType: "member", entityId: changed.id, before: { role: previousRole }, after: { role: changed.role } },
    (tx) => (changed.role === "evaluator" ? Promise.resolve() : dropEvaluatorGrants(tx, org.id, changed.userId)),
  );
}

export function recordMemberRemoved(org: Org, actor: Actor, removed: { id: string; userId: string; role: string }) {
  return record(
    org,
    actor,
    { action: "member.remove", entityType: "member", entityId: removed.id, before: { userId: removed.userId, role: removed.role } },
    (tx) => dropEvaluatorGrants(tx, org.id, removed.userId),
  );
}
