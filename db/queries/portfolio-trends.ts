import { and, asc, eq, inArray, ne, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { scoredVersion } from "@/lib/portfolio/scored-version";
import type { VersionLineage } from "@/lib/portfolio/version-trend";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { assessments, partners, projectPartners, projects } from "../schema";
import { inOrganisation, visibleAssessments, visibleProjects } from "./scope";
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

function selectVersions(db: DbOrTx) {
  return db.select(versionColumns).from(assessments).leftJoin(partners, and(eq(partners.id, assessments.partnerId), eq(partners.organizationId, assessments.organizationId)));
}

/** The visible ids of these projects, or of every project the session may see (a subquery, not a list of thousands). */
function projectIdsOf(db: DbOrTx, ctx: SessionContext, projectIds?: string[]): string[] | SQLWrapper {
  return projectIds ?? db.select({ id: projects.id }).from(projects).where(visibleProjects(ctx));
}

/** The assessments of these projects: their own stages, and the due diligence of the partners they work with. */
function assessmentsOfProjects(db: DbOrTx, ctx: SessionContext, projectIds: string[] | SQLWrapper): SQL {
  const partnerIds = db
    .select({ id: projectPartners.partnerId })
    .from(projectPartners)
    .where(and(inOrganisation(ctx, projectPartners), inArray(projectPartners.projectId, projectIds)));
  return and(
    visibleAssessments(ctx),
    or(
      and(ne(assessments.kind, "partner"), inArray(assessments.projectId, projectIds)),
      and(eq(assessments.kind, "partner"), inArray(assessments.partnerId, partnerIds)),
    ),
  )!;
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof selectVersions>["where"]>>[number];

/** Rows grouped per project and series; a partner's due diligence under each project that works with the partner. */
async function lineagesOf(db: DbOrTx, ctx: SessionContext, projectIds: string[] | SQLWrapper, rows: VersionRow[]): Promise<VersionLineage[]> {
  if (rows.length === 0) return [];
  const [links, scores] = await Promise.all([
    db
      .select({ projectId: projectPartners.projectId, partnerId: projectPartners.partnerId })
      .from(projectPartners)
      .where(and(inOrganisation(ctx, projectPartners), inArray(projectPartners.projectId, projectIds))),
    settledScoresForOrg(db, ctx, rows),
  ]);
  const projectsOfPartner = new Map<string, string[]>();
  for (const l of links) projectsOfPartner.set(l.partnerId, [...(projectsOfPartner.get(l.partnerId) ?? []), l.projectId]);
  const byKey = new Map<string, VersionLineage>();
  for (const row of rows) {
    const { partnerName, partnerId, scoreSnapshot: _, scoreModel: __, ...rest } = row;
    const version = scoredVersion({ ...rest, partner: partnerId ? { id: partnerId, name: partnerName ?? "" } : null }, scores.get(row.id) ?? null);
    const owners = version.kind === "partner" ? (projectsOfPartner.get(partnerId ?? "") ?? []) : [version.projectId];
    for (const projectId of owners) {
      const key = `${projectId}|${version.seriesId}`;
      const lineage = byKey.get(key) ?? { projectId, kind: version.kind, partner: version.partner, versions: [] };
      lineage.versions.push(version);
      byKey.set(key, lineage);
    }
  }
  return [...byKey.values()];
}

/**
 * Every version of every assessment of these projects (read through visibleProjects; all the
 * session may see when not given), grouped per project and assessment (a stage, or a partner's
 * due diligence), oldest version first, each with its stored scores and none of its answers.
 */
export async function listAssessmentVersionsForOrg(ctx: SessionContext, visibleIds?: string[]): Promise<VersionLineage[]> {
  if (visibleIds?.length === 0) return [];
  const db = await getDb();
  const projectIds = projectIdsOf(db, ctx, visibleIds);
  const rows = await selectVersions(db).where(assessmentsOfProjects(db, ctx, projectIds)).orderBy(asc(assessments.version));
  return lineagesOf(db, ctx, projectIds, rows);
}
