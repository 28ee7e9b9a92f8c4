import { and, asc, eq, inArray } from "drizzle-orm";
import { scoredVersion } from "@/lib/portfolio/scored-version";
import type { VersionLineage } from "@/lib/portfolio/version-trend";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb } from "../client";
import { assessments, partners, projectPartners, projects } from "../schema";
import { projectAssessmentsCondition } from "./assessments";
import { inOrganisation, visibleProjects } from "./scope";
import { settledScoresForOrg } from "./stored-scores";

// What a version in the portfolio needs: where it belongs and its stored scores, never its answers.
const versionColumns = {
  id: assessments.id,
  projectId: assessments.projectId,
  partnerId: assessments.partnerId,
  partnerName: partners.name,
  kind: assessments.kind,
  seriesId: assessments.seriesId,
  version: assessments.version,
  isCurrent: assessments.isCurrent,
  status: assessments.status,
  scoreSnapshot: assessments.scoreSnapshot,
  scoreModel: assessments.scoreModel,
};

/**
 * Every version of every assessment of these projects (read through visibleProjects; all the
 * session may see when not given), grouped per project and assessment (a stage, or a partner's
 * due diligence), oldest version first, each with its stored scores and none of its answers. A
 * partner's due diligence is reused across projects, so it is listed under each of these projects
 * that works with the partner. The portfolio asks for one page of projects.
 */
export async function listAssessmentVersionsForOrg(ctx: SessionContext, visibleIds?: string[]): Promise<VersionLineage[]> {
  const db = await getDb();
  const projectIds = visibleIds ?? (await db.select({ id: projects.id }).from(projects).where(visibleProjects(ctx))).map((p) => p.id);
  if (projectIds.length === 0) return [];
  const links = await db
    .select({ projectId: projectPartners.projectId, partnerId: projectPartners.partnerId })
    .from(projectPartners)
    .where(and(inOrganisation(ctx, projectPartners), inArray(projectPartners.projectId, projectIds)));
  const rows = await db
    .select(versionColumns)
    .from(assessments)
    .leftJoin(partners, and(eq(partners.id, assessments.partnerId), eq(partners.organizationId, assessments.organizationId)))
    .where(projectAssessmentsCondition(ctx, projectIds, [...new Set(links.map((l) => l.partnerId))]))
    .orderBy(asc(assessments.version));
  const scores = await settledScoresForOrg(db, ctx, rows);

  const byKey = new Map<string, VersionLineage>();
  for (const { partnerName, partnerId, scoreSnapshot: _, scoreModel: __, ...row } of rows) {
    const version = scoredVersion({ ...row, partner: partnerId ? { id: partnerId, name: partnerName ?? "" } : null }, scores.get(row.id) ?? null);
    const owners = version.kind === "partner" ? links.filter((l) => l.partnerId === partnerId).map((l) => l.projectId) : [version.projectId];
    for (const projectId of owners) {
      const key = `${projectId}|${version.seriesId}`;
      const lineage = byKey.get(key) ?? { projectId, kind: version.kind, partner: version.partner, versions: [] };
      lineage.versions.push(version);
      byKey.set(key, lineage);
    }
  }
  return [...byKey.values()];
}
