import { and, eq } from "drizzle-orm";
import type { ChecklistDefinition } from "@/lib/checklists/definition-schema";
import type { CheckedChanges, SectionChange } from "@/lib/forms/section-changes";
import { INDICATORS_KEY } from "@/lib/forms/section-paths";
import type { SectionValues } from "@/lib/forms/section-schema";
import { NotFoundError } from "@/lib/errors";
import type { AssessmentFacts } from "@/lib/domain/facts";
import type { ScoreSnapshot } from "@/lib/domain/facts";
import { SCORE_MODEL } from "@/lib/scoring/config";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { assessments } from "../schema";
import { loadFacts, lockDraftForOrg, selectAssessments } from "./assessments";
import { recordAudit } from "./audit";
import { lockDraftChecklistForOrg } from "./assessment-checklist";
import { applySectionChanges, currentPartsForOrg } from "./section-changes";
import { inOrganisation, visibleAssessments } from "./scope";

/**
 * Saves conflict-checked changes of one draft in one transaction (see applySectionChanges): the
 * autosave's path. `check` re-validates the changes against the draft's checklist, read with the
 * lock; what it refuses is answered as it is and nothing is written. Returns each change's outcome
 * and when the save happened.
 */
export async function saveCheckedSectionChangesForOrg(
  ctx: SessionContext,
  assessmentId: string,
  check: (checklist: ChecklistDefinition) => CheckedChanges,
) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const draft = await lockDraftChecklistForOrg(tx, ctx, assessmentId);
    const checked = check(draft.checklist);
    if (!checked.ok) return checked;
    const savedAt = new Date();
    const results = await applySectionChanges(tx, ctx, draft.id, checked.changes, savedAt);
    return { ok: true as const, savedAt, results };
  });
}

/** Changes already checked (tests, and callers that parsed them): saved as the autosave saves them. */
export async function saveSectionChangesForOrg(ctx: SessionContext, assessmentId: string, changes: SectionChange[]) {
  const saved = await saveCheckedSectionChangesForOrg(ctx, assessmentId, () => ({ ok: true, changes }));
  if (!saved.ok) throw new Error("unreachable: the changes were checked");
  return { savedAt: saved.savedAt, results: saved.results };
}

/**
 * Writes a whole section's values over whatever is stored, through the same checked writes, each
 * based on the revision found. For seeding, tests and the bench: people's saves go through
 * saveCheckedSectionChangesForOrg with the revision they saw.
 */
export async function saveSectionForOrg(ctx: SessionContext, assessmentId: string, values: SectionValues): Promise<Date> {
  const parts: Array<Omit<SectionChange, "base">> = [
    ...(values.items ?? []).map((value) => ({ key: value.criterionId, part: "item" as const, value })),
    ...(values.risks ?? []).map((value) => ({ key: value.criterionId, part: "risk" as const, value })),
    ...(values.indicators ? [{ key: INDICATORS_KEY, part: "indicators" as const, value: values.indicators }] : []),
  ];
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockDraftForOrg(tx, ctx, assessmentId);
    const current = await currentPartsForOrg(tx, ctx, assessmentId, parts);
    const changes = parts.map((p) => ({ ...p, base: current.get(p.key)?.revision ?? 0 }) as SectionChange);
    const savedAt = new Date();
    await applySectionChanges(tx, ctx, assessmentId, changes, savedAt);
    return savedAt;
  });
}

/**
 * Freezes a draft with its scores. `scores` may be a function of the answers as they stand once
 * the row is locked: it can check completeness (by throwing) without a save slipping in between.
 */
export async function submitAssessmentForOrg(
  ctx: SessionContext,
  assessmentId: string,
  scores: ScoreSnapshot | null | ((facts: AssessmentFacts) => ScoreSnapshot) = null,
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockDraftForOrg(tx, ctx, assessmentId);
    let snapshot: ScoreSnapshot | null;
    if (typeof scores === "function") {
      const [facts] = await loadFacts(tx, ctx, await selectAssessments(tx).where(and(eq(assessments.id, assessmentId), visibleAssessments(ctx))));
      snapshot = scores(facts!);
    } else snapshot = scores;
    const now = new Date();
    const [row] = await tx
      .update(assessments)
      .set({ status: "submitted", submittedAt: now, submittedBy: ctx.userName, scoreSnapshot: snapshot, scoreModel: snapshot ? SCORE_MODEL : null, updatedAt: now })
      .where(and(eq(assessments.id, assessmentId), inOrganisation(ctx, assessments)))
      .returning({ id: assessments.id });
    if (!row) throw new NotFoundError("things.assessment");
    await recordAudit(tx, ctx, {
      action: "assessment.submit",
      entityType: "assessment",
      entityId: assessmentId,
      before: { status: "draft" },
      after: { status: "submitted", scores: snapshot },
    });
  });
}
