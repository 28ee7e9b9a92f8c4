import { and, desc, eq } from "drizzle-orm";
import type { AuditAction } from "@/lib/domain/audit-actions";
import type { SessionContext } from "@/lib/domain/session-context";
import { isUuid } from "@/lib/errors";
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
 * The assessment version an entry is about, from how each kind of entry names it: its own id,
 * "<assessment>/<criterion>" for an answer or a risk, and a review note's assessmentId. Stored
 * with the entry (assessment_id), so a version's history is found through an index.
 */
export function auditedAssessmentId(entry: AuditEntry): string | null {
  const id =
    entry.entityType === "assessment" || entry.entityType === "indicators"
      ? entry.entityId
      : entry.entityType === "answer" || entry.entityType === "risk"
        ? entry.entityId.split("/")[0]
        : entry.entityType === "review"
          ? (entry.after as { assessmentId?: unknown } | undefined)?.assessmentId
          : null;
  return typeof id === "string" && isUuid(id) ? id : null;
}

/**
 * Records who did what, when, with the value before and after. Called inside the transaction
 * of the change itself, so a change and its record land together or not at all.
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
      assessmentId: auditedAssessmentId(e),
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
