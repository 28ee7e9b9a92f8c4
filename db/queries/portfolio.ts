import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { assessments, partners, projectPartners, projects } from "../schema";
import { currentVersion } from "./assessment-series";
import { loadFacts, projectAssessmentsCondition, selectAssessments } from "./assessments";
import { toProjectFacts } from "./projects";
import { inOrganisation, visibleProjects } from "./scope";

export type ProjectWithAssessments = { project: ProjectFacts; updatedAt: Date; assessments: AssessmentFacts[] };

/** Every project the session may see with the assessments its report needs, in four queries. */
export async function listProjectsWithAssessmentsForOrg(ctx: SessionContext): Promise<ProjectWithAssessments[]> {
  const db = await getDb();
  const projectRows = await db.select().from(projects).where(visibleProjects(ctx)).orderBy(desc(projects.updatedAt));
  return withAssessments(db, ctx, projectRows);
}

/** These projects (already read through visibleProjects), in their order, each with its partners and current assessments. */
export async function withAssessments(db: DbOrTx, ctx: SessionContext, projectRows: Array<typeof projects.$inferSelect>): Promise<ProjectWithAssessments[]> {
  if (projectRows.length === 0) return [];
  const projectIds = projectRows.map((p) => p.id);
  const partnerRows = await db
    .select({ projectId: projectPartners.projectId, id: partners.id, name: partners.name, country: partners.country })
    .from(projectPartners)
    .innerJoin(partners, and(eq(partners.id, projectPartners.partnerId), inOrganisation(ctx, partners)))
    .where(and(inOrganisation(ctx, projectPartners), inArray(projectPartners.projectId, projectIds)))
    .orderBy(asc(partners.name));
  // Only the visible projects' assessments are read: an evaluator's answers load for their projects alone.
  const assessmentRows = await selectAssessments(db).where(
    and(projectAssessmentsCondition(ctx, projectIds, [...new Set(partnerRows.map((p) => p.id))]), currentVersion()),
  );
  const facts = await loadFacts(db, ctx, assessmentRows);
  return projectRows.map((row) => {
    const projectPartnerList = partnerRows.filter((p) => p.projectId === row.id).map(({ projectId: _, ...p }) => p);
    const partnerIds = new Set(projectPartnerList.map((p) => p.id));
    return {
      updatedAt: row.updatedAt,
      project: toProjectFacts(row, projectPartnerList),
      assessments: facts.filter((a) =>
        a.kind === "partner" ? a.partner !== null && partnerIds.has(a.partner.id) : a.projectId === row.id,
      ),
    };
  });
}
