import { asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ProjectFacts, ScoreSnapshot } from "@/lib/domain/facts";
import { scoredVersion, type ScoredVersion } from "@/lib/portfolio/scored-version";
import type { VersionLineage } from "@/lib/portfolio/version-trend";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb } from "../client";
import { assessments, organizations, partners, projectPartners, projects } from "../schema";
import { jsonList } from "./json-list";
import { toProjectFacts } from "./projects";
import { inOrganisation, visibleAssessments, visibleProjects } from "./scope";
import { settledScoresForOrg } from "./stored-scores";

/**
 * One counted version, under the project it is counted for (a partner's due diligence under each
 * project working with the partner), as a JSON array: thousands of them build and parse faster than objects.
 */
type CountedJson = [
  ownerId: string,
  id: string,
  projectId: string,
  partnerId: string | null,
  kind: ScoredVersion["kind"],
  seriesId: string,
  version: number,
  isCurrent: boolean,
  status: ScoredVersion["status"],
  scoreSnapshot: ScoreSnapshot | null,
  scoreModel: number | null,
];

export type PortfolioProject = { project: ProjectFacts; lineages: VersionLineage[] };

const current = alias(assessments, "current_version");

function countedJson(owner: unknown) {
  return sql`json_build_array(${owner}, ${assessments.id}, ${assessments.projectId}, ${assessments.partnerId}, ${assessments.kind}, ${assessments.seriesId},
    ${assessments.version}, ${assessments.isCurrent}, ${assessments.status}, ${assessments.scoreSnapshot}, ${assessments.scoreModel})`;
}

/** Each current version and, when it is a draft, the version before it: versions follow one another, so that is the latest settled one. */
const countedVersions = sql`from ${assessments} ${current} join ${assessments} on ${assessments.seriesId} = ${current.seriesId}
  and ${assessments.organizationId} = ${current.organizationId}
  and (${assessments.version} = ${current.version} or (${current.status} = 'draft' and ${assessments.version} = ${current.version} - 1))`;

/**
 * The versions the portfolio counts, of every project the session may see, as one JSON list:
 * two rows at most per series whatever the number of versions, their scores and never their answers.
 */
function countedFor(ctx: SessionContext) {
  const visible = sql`(select ${projects.id} from ${projects} where ${visibleProjects(ctx)})`;
  return jsonList<CountedJson>(sql`select json_agg(v.row) from (
    select ${countedJson(current.projectId)} as row ${countedVersions}
      where ${inOrganisation(ctx, current)} and ${current.isCurrent} and ${current.kind} <> 'partner'
        and ${current.projectId} in ${visible} and ${visibleAssessments(ctx)}
    union all
    select ${countedJson(projectPartners.projectId)} as row ${countedVersions}
      join ${projectPartners} on ${projectPartners.partnerId} = ${current.partnerId} and ${inOrganisation(ctx, projectPartners)}
        and ${projectPartners.projectId} in ${visible}
      where ${inOrganisation(ctx, current)} and ${current.isCurrent} and ${current.kind} = 'partner' and ${visibleAssessments(ctx)}
  ) v`);
}

/**
 * Every project the session may see, most recently changed first, with its partners and, per
 * series of its assessments (own stages, its partners' due diligence), what the portfolio counts:
 * the current version and the latest settled one. Two statements whatever the portfolio's size;
 * a page's trends read every version of its projects with listAssessmentVersionsForOrg.
 */
export async function listPortfolioForOrg(ctx: SessionContext): Promise<PortfolioProject[]> {
  const db = await getDb();
  // Two statements, built side by side by the server. The versions come as one JSON list in one
  // row (the organisation's): one JSON.parse instead of thousands of mapped rows.
  const [projectRows, [versionRow]] = await Promise.all([
    db
      .select({
        project: projects,
        partners: jsonList<ProjectFacts["partners"][number]>(sql`select json_agg(json_build_object('id', ${partners.id}, 'name', ${partners.name}, 'country', ${partners.country}) order by ${partners.name})
          from ${projectPartners} join ${partners} on ${partners.id} = ${projectPartners.partnerId} and ${inOrganisation(ctx, partners)}
          where ${inOrganisation(ctx, projectPartners)} and ${projectPartners.projectId} = ${projects.id}`),
      })
      .from(projects)
      .where(visibleProjects(ctx))
      .orderBy(desc(projects.updatedAt), asc(projects.id)),
    db.select({ list: countedFor(ctx) }).from(organizations).where(eq(organizations.id, ctx.organizationId)),
  ]);
  const projectList = projectRows.map((r) => toProjectFacts(r.project, r.partners));
  const versions = versionRow?.list ?? [];
  const scores = await settledScoresForOrg(
    db,
    ctx,
    versions.map(([, id, , , , , , , status, scoreSnapshot, scoreModel]) => ({ id, status, scoreSnapshot, scoreModel })),
  );
  const lineages = new Map<string, Map<string, VersionLineage>>();
  const projectsById = new Map(projectList.map((p) => [p.id, p]));
  for (const [ownerId, id, projectId, partnerId, kind, seriesId, version, isCurrent, status] of versions) {
    const owner = projectsById.get(ownerId);
    if (!owner) continue;
    const partner = partnerId ? { id: partnerId, name: owner.partners.find((p) => p.id === partnerId)?.name ?? "" } : null;
    let bySeries = lineages.get(ownerId);
    if (!bySeries) lineages.set(ownerId, (bySeries = new Map()));
    let lineage = bySeries.get(seriesId);
    if (!lineage) bySeries.set(seriesId, (lineage = { projectId: ownerId, kind, partner, versions: [] }));
    lineage.versions.push(scoredVersion({ id, projectId, kind, partner, seriesId, version, isCurrent, status }, scores.get(id) ?? null));
  }
  return [...projectsById.values()].map((project) => ({ project, lineages: [...(lineages.get(project.id)?.values() ?? [])] }));
}
