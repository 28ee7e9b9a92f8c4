import { and, desc, eq } from "drizzle-orm";
import type { AuditAction } from "@/lib/domain/audit-actions";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { auditLog } from "../schema";
import { inOrganisation } from "./scope";

export type AuditEntry = {
  /** One of lib/domain/audit-actions.ts: the audit page has words for each. */
  action: AuditAction;
  entityType: "project" | "assessment" | "answer" | "risk" | "indicators" | "evidence" | "review" | "member" | "invitation" | "evaluator" | "organization";
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Records who did what, when, with the value before and after. Called inside the transaction
 * of the change itself, so a change and its record land together or not at all. The database
 * fills in which assessment version an entry is about (audit_log.assessment_id, migration 0013).
 */
export async function recordAudit(tx: DbOrTx, ctx: SessionContext, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.insert(auditLog).values(
    list.map((e) => ({
      organizationId: ctx.organizationId,
      actorId: ctx.userId,
      actorName: ctx.userName,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
}

/** The organisation's audit log, newest first. There is no query that edits or deletes it. */
export async function listAuditForOrg(ctx: SessionContext, options: { entityId?: string; limit?: number } = {}) {
  const db = await getDb();
  return db
    .select()
    .from(auditLog)
    .where(
      and(inOrganisation(ctx, auditLog), options.entityId ? eq(auditLog.entityId, options.entityId) : undefined),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(options.limit ?? 200);
}
