import { and, asc, eq, inArray } from "drizzle-orm";
import { assessmentChecklist } from "@/lib/checklists/assessment-checklist";
import type { ChecklistKind, ParticipationModeId } from "@/lib/checklists/definition-schema";
import { isUuid, NotFoundError, UserFacingError } from "@/lib/errors";
import type { AssessmentStatus, OwnRiskFacts } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { answers, assessments, indicators, mitigations, reviewNotes, risks } from "../schema";
import { getAssessmentForOrg } from "./assessments";
import { recordAudit } from "./audit";
import { carryEvidenceOver } from "./evidence-files";
import { carryOwnRisksOver, ownRisksOf } from "./own-risks";
import { ensureFourEyes } from "./four-eyes";
import { inOrganisation, visibleAssessments } from "./scope";

/** Locks an assessment row and checks it is in the state the step expects. */
async function lockInStatus(tx: DbOrTx, ctx: SessionContext, assessmentId: string, expected: AssessmentStatus[]) {
  if (!isUuid(assessmentId)) throw new NotFoundError("things.assessment");
  const [row] = await tx
    .select()
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), visibleAssessments(ctx)))
    .for("update");
  if (!row) throw new NotFoundError("things.assessment");
  if (!expected.includes(row.status)) {
    if (row.status === "draft") throw new UserFacingError("errors.reviewDraft");
    throw new UserFacingError("errors.alreadyStatus", { status: row.status });
  }
  // Only the current version is reviewed: an older one has been superseded by its next draft.
  if (!row.isCurrent) throw new UserFacingError("errors.newerVersion");
  return row;
}

/** A comment on an item names an item of this assessment's own checklist, or it would show nowhere. */
function ensureItemsOfChecklist(
  assessment: { kind: ChecklistKind; checklistVersion: number; participationMode: ParticipationModeId; ownRisks?: OwnRiskFacts[] | Awaited<ReturnType<typeof ownRisksOf>> },
  criterionIds: Array<string | null>,
) {
  const checklist = assessmentChecklist(assessment);
  const known = new Set(checklist.sections.flatMap((s) => s.items.map((i) => i.id)));
  if (criterionIds.some((id) => id !== null && !known.has(id))) throw new NotFoundError("things.checklistItem");
}

/**
 * A new draft version carrying over every answer, risk, mitigation and indicator of the given
 * version, on the same checklist version and mode, so work continues where it stopped.
 */
async function createNextVersion(tx: DbOrTx, ctx: SessionContext, from: typeof assessments.$inferSelect): Promise<string> {
  const org = ctx.organizationId;
  // The old version steps down first: the database allows one current version per series.
  await tx
    .update(assessments)
    .set({ isCurrent: false })
    .where(and(eq(assessments.id, from.id), inOrganisation(ctx, assessments)));
  const [next] = await tx
    .insert(assessments)
    .values({
      organizationId: org,
      projectId: from.projectId,
      partnerId: from.partnerId,
      kind: from.kind,
      checklistVersion: from.checklistVersion,
      participationMode: from.participationMode,
      seriesId: from.seriesId,
      version: from.version + 1,
      isCurrent: true,
    })
    .returning({ id: assessments.id });
  const id = next!.id;
  const oldAnswers = await tx.select().from(answers).where(and(inOrganisation(ctx, answers), eq(answers.assessmentId, from.id)));
  if (oldAnswers.length) {
    await tx.insert(answers).values(oldAnswers.map(({ id: _, createdAt: __, updatedAt: ___, ...a }) => ({ ...a, assessmentId: id })));
  }
  const oldRisks = await tx.select().from(risks).where(and(inOrganisation(ctx, risks), eq(risks.assessmentId, from.id)));
  for (const { id: oldRiskId, createdAt: _, updatedAt: __, ...risk } of oldRisks) {
    const [copy] = await tx.insert(risks).values({ ...risk, assessmentId: id }).returning({ id: risks.id });
    const oldMitigations = await tx.select().from(mitigations).where(and(inOrganisation(ctx, mitigations), eq(mitigations.riskId, oldRiskId)));
    if (oldMitigations.length) {
      await tx.insert(mitigations).values(oldMitigations.map(({ id: _, createdAt: __, updatedAt: ___, ...m }) => ({ ...m, riskId: copy!.id })));
    }
  }
  const oldIndicators = await tx
    .select()
    .from(indicators)
    .where(and(inOrganisation(ctx, indicators), eq(indicators.assessmentId, from.id)))
    .orderBy(asc(indicators.position));
  if (oldIndicators.length) {
    await tx.insert(indicators).values(oldIndicators.map(({ id: _, createdAt: __, updatedAt: ___, ...i }) => ({ ...i, assessmentId: id })));
  }
  await carryOwnRisksOver(tx, ctx, from.id, id);
  await carryEvidenceOver(tx, ctx, from.id, id);
  await recordAudit(tx, ctx, { action: "assessment.new-version", entityType: "assessment", entityId: id, after: { from: from.id, version: from.version + 1 } });
  return id;
}

export async function approveAssessmentForOrg(ctx: SessionContext, assessmentId: string, comment: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await lockInStatus(tx, ctx, assessmentId, ["submitted"]);
    const { selfApproved } = await ensureFourEyes(tx, ctx, row);
    const now = new Date();
    await tx
      .update(assessments)
      .set({ status: "approved", reviewedAt: now, reviewedBy: ctx.userName, selfApproved, updatedAt: now })
      .where(and(eq(assessments.id, assessmentId), inOrganisation(ctx, assessments)));
    if (comment.trim()) await insertNote(tx, ctx, assessmentId, { kind: "comment", criterionId: null, body: comment, rating: null });
    await recordAudit(tx, ctx, { action: "assessment.approve", entityType: "assessment", entityId: assessmentId, before: { status: "submitted" }, after: { status: "approved", selfApproved } });
  });
}

export type ItemComment = { criterionId: string; body: string };

/** Returns a submitted assessment with comments; the work continues in a new draft version. */
export async function returnAssessmentForOrg(ctx: SessionContext, assessmentId: string, input: { comment: string; items: ItemComment[] }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await lockInStatus(tx, ctx, assessmentId, ["submitted"]);
    ensureItemsOfChecklist({ ...row, ownRisks: await ownRisksOf(tx, ctx, [row.id]) }, input.items.map((i) => i.criterionId));
    await ensureFourEyes(tx, ctx, row);
    const now = new Date();
    await tx
      .update(assessments)
      .set({ status: "returned", reviewedAt: now, reviewedBy: ctx.userName, updatedAt: now })
      .where(and(eq(assessments.id, assessmentId), inOrganisation(ctx, assessments)));
    await insertNote(tx, ctx, assessmentId, { kind: "return", criterionId: null, body: input.comment, rating: null });
    for (const item of input.items) await insertNote(tx, ctx, assessmentId, { kind: "return", criterionId: item.criterionId, body: item.body, rating: null });
    await recordAudit(tx, ctx, { action: "assessment.return", entityType: "assessment", entityId: assessmentId, before: { status: "submitted" }, after: { status: "returned", ...input } });
    return createNextVersion(tx, ctx, { ...row, status: "returned" });
  });
}

/** An approved assessment is final; reopening starts a new draft version and leaves the approved one as it was. */
export async function reopenAssessmentForOrg(ctx: SessionContext, assessmentId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => createNextVersion(tx, ctx, await lockInStatus(tx, ctx, assessmentId, ["approved"])));
}

export type NoteInput = { kind: "return" | "comment" | "third_party"; criterionId: string | null; body: string; rating: (typeof reviewNotes.$inferInsert)["rating"] };

async function insertNote(tx: DbOrTx, ctx: SessionContext, assessmentId: string, note: NoteInput) {
  const [row] = await tx
    .insert(reviewNotes)
    .values({ organizationId: ctx.organizationId, assessmentId, ...note, authorId: ctx.userId, authorName: ctx.userName, authorRole: ctx.role })
    .returning({ id: reviewNotes.id });
  await recordAudit(tx, ctx, { action: `review.${note.kind}`, entityType: "review", entityId: row!.id, after: { assessmentId, ...note } });
}

/** A comment or third-party assessment on any version that is not a draft (drafts are still being written). */
export async function addReviewNoteForOrg(ctx: SessionContext, assessmentId: string, note: NoteInput) {
  // Through the project's visibility: an evaluator may only comment on the projects given to them.
  const found = await getAssessmentForOrg(ctx, assessmentId);
  if (!found) throw new NotFoundError("things.assessment");
  if (found.facts.status === "draft") throw new UserFacingError("errors.commentsAfterSubmit");
  ensureItemsOfChecklist(found.facts, [note.criterionId]);
  const db = await getDb();
  await db.transaction((tx) => insertNote(tx, ctx, assessmentId, note));
}

export async function listReviewNotesForOrg(ctx: SessionContext, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  const db = await getDb();
  return db
    .select()
    .from(reviewNotes)
    .where(and(inOrganisation(ctx, reviewNotes), inArray(reviewNotes.assessmentId, assessmentIds)))
    .orderBy(asc(reviewNotes.createdAt));
}
