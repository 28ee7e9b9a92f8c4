import { and, desc, eq, inArray, isNotNull, like, max, or } from "drizzle-orm";
import { UserFacingError } from "@/lib/errors";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { answers, assessments, auditLog, organizations, risks } from "../schema";
import { inOrganisation, visibleAssessments } from "./scope";

/** Why the four-eyes rule keeps this reviewer from approving or returning a version. */
export type ReviewBlock = "submitted" | "lastEdited";

type Reviewed = Pick<typeof assessments.$inferSelect, "id" | "submittedBy" | "indicatorsUpdatedBy" | "indicatorsUpdatedAt">;

async function submittedByThem(tx: DbOrTx, ctx: SessionContext, row: Reviewed) {
  if (row.submittedBy === ctx.userName) return true;
  // The stored submitter is a name; the audit log also knows the account, so a rename does not slip through.
  const [entry] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        inOrganisation(ctx, auditLog),
        eq(auditLog.action, "assessment.submit"),
        eq(auditLog.entityId, row.id),
        eq(auditLog.actorId, ctx.userId),
      ),
    )
    .limit(1);
  return entry !== undefined;
}

/** The people behind the latest change to any answer, risk or the indicator list (several when at the same moment). */
async function lastEditors(tx: DbOrTx, ctx: SessionContext, row: Reviewed): Promise<Set<string>> {
  const byAnswer = await tx
    .select({ by: answers.updatedBy, at: max(answers.updatedAt) })
    .from(answers)
    .where(and(inOrganisation(ctx, answers), eq(answers.assessmentId, row.id), isNotNull(answers.updatedBy)))
    .groupBy(answers.updatedBy);
  const byRisk = await tx
    .select({ by: risks.updatedBy, at: max(risks.updatedAt) })
    .from(risks)
    .where(and(inOrganisation(ctx, risks), eq(risks.assessmentId, row.id), isNotNull(risks.updatedBy)))
    .groupBy(risks.updatedBy);
  const edits = [...byAnswer, ...byRisk, { by: row.indicatorsUpdatedBy, at: row.indicatorsUpdatedAt }].filter(
    (e): e is { by: string; at: Date } => e.by !== null && e.at !== null,
  );
  const latest = Math.max(...edits.map((e) => e.at.getTime()));
  return new Set(edits.filter((e) => e.at.getTime() === latest).map((e) => e.by));
}

/**
 * The accounts behind the latest save of this version's answers, risks or indicators, from the
 * audit log written in the same transaction as each save. The stored editor is a name: two people
 * of one name, or a rename, must neither block nor let through the wrong person.
 */
async function lastEditorAccounts(tx: DbOrTx, ctx: SessionContext, row: Reviewed): Promise<Set<string>> {
  const entries = await tx
    .select({ actorId: auditLog.actorId, at: auditLog.createdAt })
    .from(auditLog)
    .where(
      and(
        inOrganisation(ctx, auditLog),
        inArray(auditLog.action, ["answer.edit", "risk.edit", "indicators.edit"]),
        or(eq(auditLog.entityId, row.id), like(auditLog.entityId, `${row.id}/%`)),
      ),
    )
    .orderBy(desc(auditLog.createdAt))
    .limit(200);
  const latest = entries[0]?.at.getTime();
  return new Set(entries.filter((e) => e.at.getTime() === latest).map((e) => e.actorId));
}

/** Null when the caller may review this version; otherwise why not (before any setting waives it). */
export async function reviewBlockOf(tx: DbOrTx, ctx: SessionContext, row: Reviewed): Promise<ReviewBlock | null> {
  if (await submittedByThem(tx, ctx, row)) return "submitted";
  const accounts = await lastEditorAccounts(tx, ctx, row);
  // By account where the log knows the edit; by name only for versions with no logged edit (imported).
  if (accounts.size ? accounts.has(ctx.userId) : (await lastEditors(tx, ctx, row)).has(ctx.userName)) return "lastEdited";
  return null;
}

export async function selfApprovalAllowed(tx: DbOrTx, ctx: SessionContext): Promise<boolean> {
  const [org] = await tx
    .select({ allowed: organizations.allowSelfApproval })
    .from(organizations)
    .where(eq(organizations.id, ctx.organizationId));
  return org?.allowed ?? false;
}

/**
 * Four eyes, checked inside the review's own transaction on the locked row: refused when the
 * reviewer submitted or last edited the version, unless the organisation allows self-approval
 * (then `selfApproved` is true and the sign-off says so). No role is exempt, admins included.
 */
export async function ensureFourEyes(tx: DbOrTx, ctx: SessionContext, row: Reviewed): Promise<{ selfApproved: boolean }> {
  const block = await reviewBlockOf(tx, ctx, row);
  if (block === null) return { selfApproved: false };
  if (await selfApprovalAllowed(tx, ctx)) return { selfApproved: true };
  throw new UserFacingError(block === "submitted" ? "errors.fourEyesSubmitted" : "errors.fourEyesLastEdited");
}

/** What the review panel needs to explain the rule rather than offer buttons that would be refused. */
export async function reviewBlockForOrg(ctx: SessionContext, assessmentId: string): Promise<{ block: ReviewBlock | null; selfApprovalAllowed: boolean }> {
  const db = await getDb();
  const [row] = await db
    .select({ id: assessments.id, submittedBy: assessments.submittedBy, indicatorsUpdatedBy: assessments.indicatorsUpdatedBy, indicatorsUpdatedAt: assessments.indicatorsUpdatedAt })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), visibleAssessments(ctx)));
  if (!row) return { block: null, selfApprovalAllowed: false };
  return { block: await reviewBlockOf(db, ctx, row), selfApprovalAllowed: await selfApprovalAllowed(db, ctx) };
}
