import { and, asc, eq, inArray } from "drizzle-orm";
import type { SectionValues } from "@/lib/forms/section-schema";
import { NotFoundError } from "@/lib/errors";
import type { AssessmentFacts } from "@/lib/domain/facts";
import type { ScoreSnapshot } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { answers, assessments, indicators, mitigations, risks } from "../schema";
import { loadFacts, lockDraftForOrg, selectAssessments } from "./assessments";
import { recordAudit, type AuditEntry } from "./audit";

/** Equal values, whatever the order of their keys (the stored row and the parsed form list them differently). */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === "object"
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, canonical(x)]))
      : v;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Writes only the answers that changed, and records each change (before → after) in the audit log. */
async function writeAnswers(tx: DbOrTx, ctx: SessionContext, assessmentId: string, items: NonNullable<SectionValues["items"]>) {
  const org = ctx.organizationId;
  const existing = await tx
    .select()
    .from(answers)
    .where(and(eq(answers.organizationId, org), eq(answers.assessmentId, assessmentId), inArray(answers.criterionId, items.map((i) => i.criterionId))));
  const beforeOf = new Map(existing.map((a) => [a.criterionId, { value: a.value, notes: a.notes, evidence: a.evidence }]));
  const now = new Date();
  const changes: AuditEntry[] = [];
  for (const item of items) {
    const after = { value: item.value, notes: item.notes, evidence: item.evidence };
    const before = beforeOf.get(item.criterionId) ?? { value: null, notes: "", evidence: "" };
    if (same(before, after)) continue;
    await tx
      .insert(answers)
      .values({ organizationId: org, assessmentId, criterionId: item.criterionId, ...after, updatedAt: now })
      .onConflictDoUpdate({ target: [answers.assessmentId, answers.criterionId], set: { ...after, updatedAt: now } });
    changes.push({ action: "answer.edit", entityType: "answer", entityId: `${assessmentId}/${item.criterionId}`, before, after });
  }
  await recordAudit(tx, ctx, changes);
}

async function writeRisks(tx: DbOrTx, ctx: SessionContext, assessmentId: string, list: NonNullable<SectionValues["risks"]>) {
  const org = ctx.organizationId;
  const existing = await tx
    .select({ risk: risks, mitigation: mitigations })
    .from(risks)
    .leftJoin(mitigations, and(eq(mitigations.riskId, risks.id), eq(mitigations.organizationId, org)))
    .where(and(eq(risks.organizationId, org), eq(risks.assessmentId, assessmentId), inArray(risks.criterionId, list.map((r) => r.criterionId))));
  const beforeOf = new Map(
    existing.map(({ risk, mitigation }) => [
      risk.criterionId,
      {
        likelihood: risk.likelihood,
        impact: risk.impact,
        status: risk.status,
        notes: risk.notes,
        mitigation: mitigation?.action ?? "",
        owner: mitigation?.owner ?? "",
        dueDate: mitigation?.dueDate ?? null,
      },
    ]),
  );
  const now = new Date();
  const changes: AuditEntry[] = [];
  for (const risk of list) {
    const { criterionId, ...after } = risk;
    const before = beforeOf.get(criterionId) ?? { likelihood: null, impact: null, status: "open", notes: "", mitigation: "", owner: "", dueDate: null };
    if (same(before, after)) continue;
    const values = { likelihood: risk.likelihood, impact: risk.impact, status: risk.status, notes: risk.notes, updatedAt: now };
    const [row] = await tx
      .insert(risks)
      .values({ organizationId: org, assessmentId, criterionId, ...values })
      .onConflictDoUpdate({ target: [risks.assessmentId, risks.criterionId], set: values })
      .returning({ id: risks.id });
    // The form edits one mitigation per risk: replace it as a whole.
    await tx.delete(mitigations).where(and(eq(mitigations.organizationId, org), eq(mitigations.riskId, row!.id)));
    if (risk.mitigation.trim() !== "" || risk.owner.trim() !== "" || risk.dueDate !== null) {
      await tx
        .insert(mitigations)
        .values({ organizationId: org, riskId: row!.id, action: risk.mitigation, owner: risk.owner, dueDate: risk.dueDate });
    }
    changes.push({ action: "risk.edit", entityType: "risk", entityId: `${assessmentId}/${criterionId}`, before, after });
  }
  await recordAudit(tx, ctx, changes);
}

async function writeIndicators(tx: DbOrTx, ctx: SessionContext, assessmentId: string, list: NonNullable<SectionValues["indicators"]>) {
  const org = ctx.organizationId;
  const existing = await tx
    .select()
    .from(indicators)
    .where(and(eq(indicators.organizationId, org), eq(indicators.assessmentId, assessmentId)))
    .orderBy(asc(indicators.position));
  const before = existing.map((i) => ({
    name: i.name,
    unit: i.unit,
    target: i.target === null ? null : Number(i.target),
    actual: i.actual === null ? null : Number(i.actual),
  }));
  if (same(before, list)) return;
  await tx.delete(indicators).where(and(eq(indicators.organizationId, org), eq(indicators.assessmentId, assessmentId)));
  if (list.length > 0) {
    await tx.insert(indicators).values(
      list.map((indicator, position) => ({
        organizationId: org,
        assessmentId,
        position,
        name: indicator.name,
        unit: indicator.unit,
        target: indicator.target === null ? null : indicator.target.toFixed(2),
        actual: indicator.actual === null ? null : indicator.actual.toFixed(2),
      })),
    );
  }
  await recordAudit(tx, ctx, { action: "indicators.edit", entityType: "indicators", entityId: assessmentId, before, after: list });
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
      const [facts] = await loadFacts(tx, ctx, await selectAssessments(tx).where(eq(assessments.id, assessmentId)));
      snapshot = scores(facts!);
    } else snapshot = scores;
    const now = new Date();
    const [row] = await tx
      .update(assessments)
      .set({ status: "submitted", submittedAt: now, submittedBy: ctx.userName, scoreSnapshot: snapshot, updatedAt: now })
      .where(and(eq(assessments.id, assessmentId), eq(assessments.organizationId, ctx.organizationId)))
      .returning({ id: assessments.id });
    if (!row) throw new NotFoundError("The assessment");
    await recordAudit(tx, ctx, {
      action: "assessment.submit",
      entityType: "assessment",
      entityId: assessmentId,
      before: { status: "draft" },
      after: { status: "submitted", scores: snapshot },
    });
  });
}
