import { and, eq, inArray, sql } from "drizzle-orm";
import { assessmentChecklist, isOwnRiskId, ownRiskSections, OWN_RISK_PREFIX } from "@/lib/checklists/assessment-checklist";
import type { SessionContext } from "@/lib/domain/session-context";
import { NotFoundError, UserFacingError, isUuid } from "@/lib/errors";
import type { OwnRiskInput } from "@/lib/forms/own-risk-schema";
import { getDb, type DbOrTx } from "../client";
import { assessments, ownRisks, risks } from "../schema";
import { lockDraftForOrg } from "./assessments";
import { recordAudit } from "./audit";
import { dropOrphanedEvidence, removeItemEvidence } from "./evidence-files";
import { inOrganisation, visibleAssessments } from "./scope";

/** An own risk's number is never reused in its series, so versions compare item by item. */
async function nextOwnRiskId(tx: DbOrTx, ctx: SessionContext, seriesId: string): Promise<string> {
  const rows = await tx
    .select({ criterionId: ownRisks.criterionId })
    .from(ownRisks)
    .innerJoin(assessments, and(eq(assessments.id, ownRisks.assessmentId), inOrganisation(ctx, assessments)))
    .where(and(inOrganisation(ctx, ownRisks), eq(assessments.seriesId, seriesId)));
  const highest = Math.max(0, ...rows.map((r) => Number(r.criterionId.slice(OWN_RISK_PREFIX.length)) || 0));
  return `${OWN_RISK_PREFIX}${highest + 1}`;
}

const MAX_OWN_RISKS = 100;

/**
 * Adds the organisation's own risk to a DURING draft, under one of its risk sections. It starts
 * open and unrated, like every risk of the register; the row and its audit entry go together.
 */
export async function addOwnRiskForOrg(ctx: SessionContext, input: OwnRiskInput): Promise<{ criterionId: string; sectionId: string }> {
  if (!isUuid(input.assessmentId)) throw new NotFoundError("things.assessment");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockDraftForOrg(tx, ctx, input.assessmentId);
    const [row] = await tx
      .select({ kind: assessments.kind, checklistVersion: assessments.checklistVersion, participationMode: assessments.participationMode, seriesId: assessments.seriesId })
      .from(assessments)
      .where(and(eq(assessments.id, input.assessmentId), visibleAssessments(ctx)));
    const sections = ownRiskSections(assessmentChecklist(row!));
    if (!sections.some((s) => s.id === input.sectionId)) throw new NotFoundError("things.section");
    const [{ count } = { count: 0 }] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(ownRisks)
      .where(and(inOrganisation(ctx, ownRisks), eq(ownRisks.assessmentId, input.assessmentId)));
    if (count >= MAX_OWN_RISKS) throw new UserFacingError("errors.tooManyOwnRisks", { max: MAX_OWN_RISKS });
    const criterionId = await nextOwnRiskId(tx, ctx, row!.seriesId);
    const [added] = await tx
      .insert(ownRisks)
      .values({
        organizationId: ctx.organizationId,
        assessmentId: input.assessmentId,
        criterionId,
        sectionId: input.sectionId,
        title: input.title,
        description: input.description,
        addedById: ctx.userId,
        addedByName: ctx.userName,
      })
      .returning({ id: ownRisks.id });
    await recordAudit(tx, ctx, {
      action: "risk.add",
      entityType: "assessment",
      entityId: input.assessmentId,
      after: { id: added!.id, criterionId, sectionId: input.sectionId, title: input.title, description: input.description },
    });
    return { criterionId, sectionId: input.sectionId };
  });
}

/**
 * Takes an own risk off a draft (the form asked first): its rating, mitigation and files go with
 * it, in one transaction. A submitted version keeps it.
 */
export async function removeOwnRiskForOrg(ctx: SessionContext, input: { assessmentId: string; criterionId: string }) {
  if (!isUuid(input.assessmentId) || !isOwnRiskId(input.criterionId)) throw new NotFoundError("things.checklistItem");
  const db = await getDb();
  const orphans = await db.transaction(async (tx) => {
    await lockDraftForOrg(tx, ctx, input.assessmentId);
    const where = (t: typeof ownRisks | typeof risks) => and(inOrganisation(ctx, t), eq(t.assessmentId, input.assessmentId), eq(t.criterionId, input.criterionId));
    const [removed] = await tx.delete(ownRisks).where(where(ownRisks)).returning();
    if (!removed) throw new NotFoundError("things.checklistItem");
    const [rating] = await tx.delete(risks).where(where(risks)).returning({ likelihood: risks.likelihood, impact: risks.impact, status: risks.status });
    const keys = await removeItemEvidence(tx, ctx, input.assessmentId, input.criterionId);
    await recordAudit(tx, ctx, {
      action: "risk.remove",
      entityType: "assessment",
      entityId: input.assessmentId,
      before: { criterionId: removed.criterionId, sectionId: removed.sectionId, title: removed.title, description: removed.description, ...(rating ?? {}) },
    });
    return keys;
  });
  await dropOrphanedEvidence(ctx, orphans);
}

/** A new version's copies of the own risks of the one it continues (their ratings travel with the risks). */
export async function carryOwnRisksOver(tx: DbOrTx, ctx: SessionContext, fromAssessmentId: string, toAssessmentId: string) {
  const rows = await tx.select().from(ownRisks).where(and(inOrganisation(ctx, ownRisks), eq(ownRisks.assessmentId, fromAssessmentId)));
  if (rows.length) await tx.insert(ownRisks).values(rows.map(({ id: _, ...r }) => ({ ...r, assessmentId: toAssessmentId })));
}

/** The own risks of the given assessments, for checks that need the items without the answers. */
export async function ownRisksOf(tx: DbOrTx, ctx: SessionContext, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  return tx
    .select({ assessmentId: ownRisks.assessmentId, criterionId: ownRisks.criterionId, sectionId: ownRisks.sectionId, title: ownRisks.title, description: ownRisks.description })
    .from(ownRisks)
    .where(and(inOrganisation(ctx, ownRisks), inArray(ownRisks.assessmentId, assessmentIds)));
}
