import { and, eq, inArray } from "drizzle-orm";
import type { SectionValues } from "@/lib/forms/section-schema";
import { NotFoundError } from "@/lib/errors";
import type { SessionContext } from "@/lib/session";
import { getDb, type DbOrTx } from "../client";
import { answers, assessments, indicators, mitigations, risks } from "../schema";
import { lockDraftForOrg } from "./assessments";

async function writeAnswers(tx: DbOrTx, ctx: SessionContext, assessmentId: string, items: NonNullable<SectionValues["items"]>) {
  const now = new Date();
  for (const item of items) {
    const values = { value: item.value, notes: item.notes, evidence: item.evidence, updatedAt: now };
    await tx
      .insert(answers)
      .values({ organizationId: ctx.organizationId, assessmentId, criterionId: item.criterionId, ...values })
      .onConflictDoUpdate({ target: [answers.assessmentId, answers.criterionId], set: values });
  }
}

async function writeRisks(tx: DbOrTx, ctx: SessionContext, assessmentId: string, list: NonNullable<SectionValues["risks"]>) {
  const now = new Date();
  const riskIds: string[] = [];
  for (const risk of list) {
    const values = { likelihood: risk.likelihood, impact: risk.impact, status: risk.status, notes: risk.notes, updatedAt: now };
    const [row] = await tx
      .insert(risks)
      .values({ organizationId: ctx.organizationId, assessmentId, criterionId: risk.criterionId, ...values })
      .onConflictDoUpdate({ target: [risks.assessmentId, risks.criterionId], set: values })
      .returning({ id: risks.id });
    riskIds.push(row!.id);
  }
  // The form edits one mitigation per risk: replace it as a whole.
  if (riskIds.length) {
    await tx.delete(mitigations).where(and(eq(mitigations.organizationId, ctx.organizationId), inArray(mitigations.riskId, riskIds)));
  }
  const withMitigation = list
    .map((risk, i) => ({ risk, riskId: riskIds[i]! }))
    .filter(({ risk }) => risk.mitigation.trim() !== "" || risk.owner.trim() !== "" || risk.dueDate !== null);
  if (withMitigation.length) {
    await tx.insert(mitigations).values(
      withMitigation.map(({ risk, riskId }) => ({
        organizationId: ctx.organizationId,
        riskId,
        action: risk.mitigation,
        owner: risk.owner,
        dueDate: risk.dueDate,
      })),
    );
  }
}

async function writeIndicators(tx: DbOrTx, ctx: SessionContext, assessmentId: string, list: NonNullable<SectionValues["indicators"]>) {
  await tx.delete(indicators).where(and(eq(indicators.organizationId, ctx.organizationId), eq(indicators.assessmentId, assessmentId)));
  if (list.length === 0) return;
  await tx.insert(indicators).values(
    list.map((indicator, position) => ({
      organizationId: ctx.organizationId,
      assessmentId,
      position,
      name: indicator.name,
      unit: indicator.unit,
      target: indicator.target === null ? null : indicator.target.toFixed(2),
      actual: indicator.actual === null ? null : indicator.actual.toFixed(2),
    })),
  );
}

/** Saves one section's validated values in one transaction; returns when it was saved. */
export async function saveSectionForOrg(ctx: SessionContext, assessmentId: string, values: SectionValues): Promise<Date> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockDraftForOrg(tx, ctx, assessmentId);
    if (values.items) await writeAnswers(tx, ctx, assessmentId, values.items);
    if (values.risks) await writeRisks(tx, ctx, assessmentId, values.risks);
    if (values.indicators) await writeIndicators(tx, ctx, assessmentId, values.indicators);
    const savedAt = new Date();
    await tx
      .update(assessments)
      .set({ updatedAt: savedAt })
      .where(and(eq(assessments.id, assessmentId), eq(assessments.organizationId, ctx.organizationId)));
    return savedAt;
  });
}

/** Freezes a draft. The caller has checked that every section is complete. */
export async function submitAssessmentForOrg(ctx: SessionContext, assessmentId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockDraftForOrg(tx, ctx, assessmentId);
    const now = new Date();
    const [row] = await tx
      .update(assessments)
      .set({ status: "submitted", submittedAt: now, updatedAt: now })
      .where(and(eq(assessments.id, assessmentId), eq(assessments.organizationId, ctx.organizationId)))
      .returning({ id: assessments.id });
    if (!row) throw new NotFoundError("The assessment");
  });
}
