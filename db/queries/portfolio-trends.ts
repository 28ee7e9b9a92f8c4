import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { VersionLineage } from "@/lib/portfolio/version-trend";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb } from "../client";
import { assessments, projectPartners, projects } from "../schema";
import { loadFacts, projectAssessmentsCondition, selectAssessments } from "./assessments";
import { inOrganisation, visibleProjects } from "./scope";

/**
 * Every version of every assessment of the projects this session may see, grouped per project and
 * assessment (a stage, or a partner's due diligence), oldest version first. A partner's due diligence
 * is reused across projects, so it is listed under each visible project that works with the partner.
 */
export async function listAssessmentVersionsForOrg(ctx: SessionContext): Promise<VersionLineage[]> {
  const db = await getDb();
  const projectIds = (await db.select({ id: projects.id }).from(projects).where(visibleProjects(ctx))).map((p) => p.id);
  if (projectIds.length === 0) return [];
  const links = await db
    .select({ projectId: projectPartners.projectId, partnerId: projectPartners.partnerId })
    .from(projectPartners)
    .where(and(inOrganisation(ctx, projectPartners), inArray(projectPartners.projectId, projectIds)));
  const partnerIds = [...new Set(links.map((l) => l.partnerId))];
  const rows = await selectAssessments(db)
    .where(projectAssessmentsCondition(ctx, projectIds, partnerIds))
    .orderBy(asc(assessments.version));
  const facts = await loadFacts(db, ctx, rows);

  const byKey = new Map<string, VersionLineage>();
  const add = (projectId: string, key: string, version: (typeof facts)[number]) => {
    const lineage = byKey.get(`${projectId}|${key}`) ?? { projectId, kind: version.kind, partner: version.partner, versions: [] };
    lineage.versions.push(version);
    byKey.set(`${projectId}|${key}`, lineage);
  };
  for (const version of facts) {
    if (version.kind !== "partner") add(version.projectId, version.seriesId, version);
    else for (const link of links.filter((l) => l.partnerId === version.partner?.id)) add(link.projectId, version.seriesId, version);
  }
  return [...byKey.values()];
}
