import { and, asc, eq, lt, ne, notInArray } from "drizzle-orm";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb } from "../client";
import { assessments, mitigations, ownRisks, partners, projects, risks } from "../schema";
import { currentVersion } from "./assessment-series";
import { inOrganisation, visibleAssessments, visibleProjects } from "./scope";

/** Submitted assessments waiting for a manager (latest versions only), oldest first. */
export async function listReviewQueueForOrg(ctx: SessionContext) {
  const db = await getDb();
  const rows = await db
    .select({
      id: assessments.id,
      kind: assessments.kind,
      projectId: assessments.projectId,
      partnerId: assessments.partnerId,
      version: assessments.version,
      status: assessments.status,
      submittedAt: assessments.submittedAt,
      submittedBy: assessments.submittedBy,
      projectName: projects.name,
      partnerName: partners.name,
    })
    .from(assessments)
    .innerJoin(projects, and(eq(projects.id, assessments.projectId), visibleProjects(ctx)))
    .leftJoin(partners, and(eq(partners.id, assessments.partnerId), inOrganisation(ctx, partners)))
    .where(and(visibleAssessments(ctx), currentVersion(), eq(assessments.status, "submitted")))
    .orderBy(asc(assessments.submittedAt));
  return rows.map(({ partnerName, ...r }) => ({ ...r, partner: r.partnerId ? { id: r.partnerId, name: partnerName ?? "" } : null }));
}

/** Open risks whose mitigation is past its due date, most overdue first. */
export async function listOverdueMitigationsForOrg(ctx: SessionContext, today = new Date().toISOString().slice(0, 10)) {
  const db = await getDb();
  return db
    .select({
      assessmentId: assessments.id,
      kind: assessments.kind,
      projectId: assessments.projectId,
      partnerId: assessments.partnerId,
      version: assessments.version,
      checklistVersion: assessments.checklistVersion,
      projectName: projects.name,
      criterionId: risks.criterionId,
      ownTitle: ownRisks.title,
      likelihood: risks.likelihood,
      impact: risks.impact,
      action: mitigations.action,
      owner: mitigations.owner,
      dueDate: mitigations.dueDate,
    })
    .from(mitigations)
    .innerJoin(risks, and(eq(risks.id, mitigations.riskId), inOrganisation(ctx, risks)))
    // Only the current version counts: an older version's overdue date may since have been moved.
    .innerJoin(assessments, and(eq(assessments.id, risks.assessmentId), visibleAssessments(ctx), currentVersion()))
    .innerJoin(projects, and(eq(projects.id, assessments.projectId), visibleProjects(ctx)))
    .leftJoin(ownRisks, and(eq(ownRisks.assessmentId, risks.assessmentId), eq(ownRisks.criterionId, risks.criterionId), inOrganisation(ctx, ownRisks)))
    .where(and(inOrganisation(ctx, mitigations), lt(mitigations.dueDate, today), notInArray(risks.status, ["closed", "not_applicable"])))
    .orderBy(asc(mitigations.dueDate));
}
