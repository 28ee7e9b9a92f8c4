import { sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ProjectFacts, ScoreSnapshot } from "@/lib/domain/facts";
import { scoredVersion, type ScoredVersion } from "@/lib/portfolio/scored-version";
import type { VersionLineage } from "@/lib/portfolio/version-trend";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb } from "../client";
import { rawRows } from "../raw-rows";
import { assessments, partners, projectPartners, projects } from "../schema";
import { inOrganisation, visibleAssessments, visibleProjects } from "./scope";
import { settledScoresForOrg } from "./stored-scores";

/** One counted version, as the database names its columns. */
type CountedRow = {
  id: string;
  project_id: string;
  partner_id: string | null;
  kind: ScoredVersion["kind"];
  series_id: string;
  version: number;
  is_current: boolean;
  status: ScoredVersion["status"];
  score_snapshot: ScoreSnapshot | null;
  score_model: number | null;
};

export type PortfolioProject = { project: ProjectFacts; lineages: VersionLineage[] };

const current = alias(assessments, "current_version");

/**
 * The versions the portfolio counts, of every assessment the session may see:
 * each current version and, when it is a draft, the version before it (versions follow one
 * another, so that is the latest settled one); two rows at most per series whatever the number of
 * versions, their scores and never their answers. One pass over the organisation's assessments:
 * which projects a version counts for is worked out from the listed projects' partners.
 */
function countedFor(ctx: SessionContext) {
  return sql`select ${assessments.id}, ${assessments.projectId}, ${assessments.partnerId}, ${assessments.kind}, ${assessments.seriesId},
      ${assessments.version}, ${assessments.isCurrent}, ${assessments.status}, ${assessments.scoreSnapshot}, ${assessments.scoreModel}
    from ${assessments} ${current} join ${assessments} on ${assessments.seriesId} = ${current.seriesId}
      and ${assessments.organizationId} = ${current.organizationId}
      and (${assessments.version} = ${current.version} or (${current.status} = 'draft' and ${assessments.version} = ${current.version} - 1))
    where ${inOrganisation(ctx, current)} and ${current.isCurrent} and ${visibleAssessments(ctx)}`;
}

/**
 * Every project the session may see, most recently changed first, with its partners and, per
 * series of its assessments (own stages, its partners' due diligence), what the portfolio counts:
 * the current version and the latest settled one. Three statements whatever the portfolio's size;
 * a page's trends read every version of its projects with listAssessmentVersionsForOrg.
 */
export async function listPortfolioForOrg(ctx: SessionContext): Promise<PortfolioProject[]> {
  const db = await getDb();
  // Three statements, built side by side by the server, read as plain rows: for thousands of rows
  // drizzle's mapping, or a correlated list of partners per project, costs about twice as much.
  const [projectRows, links, versions] = await Promise.all([
    rawRows<Omit<ProjectFacts, "partners">>(
      db,
      sql`select ${projects.id}, ${projects.name}, ${projects.summary}, ${projects.hostCountry} as "hostCountry", ${projects.sector},
        ${projects.participationMode} as "participationMode", ${projects.budget}, ${projects.currency}, ${projects.startDate} as "startDate", ${projects.endDate} as "endDate"
        from ${projects} where ${visibleProjects(ctx)} order by ${projects.updatedAt} desc, ${projects.id}`,
    ),
    rawRows<ProjectFacts["partners"][number] & { projectId: string }>(
      db,
      sql`select ${projectPartners.projectId} as "projectId", ${partners.id}, ${partners.name}, ${partners.country}
        from ${projectPartners} join ${partners} on ${partners.id} = ${projectPartners.partnerId} and ${inOrganisation(ctx, partners)}
        where ${inOrganisation(ctx, projectPartners)} and ${projectPartners.projectId} in (select ${projects.id} from ${projects} where ${visibleProjects(ctx)})
        order by ${partners.name}`,
    ),
    rawRows<CountedRow>(db, countedFor(ctx)),
  ]);
  const partnersOf = new Map<string, ProjectFacts["partners"]>();
  for (const { projectId, ...partner } of links) partnersOf.set(projectId, [...(partnersOf.get(projectId) ?? []), partner]);
  const projectList: ProjectFacts[] = projectRows.map((row) => ({ ...row, partners: partnersOf.get(row.id) ?? [] }));
  const scores = await settledScoresForOrg(
    db,
    ctx,
    versions.map((v) => ({ id: v.id, status: v.status, scoreSnapshot: v.score_snapshot, scoreModel: v.score_model })),
  );
  const projectsById = new Map(projectList.map((p) => [p.id, p]));
  // The listed projects working with each partner, and the partner's name as they list it.
  const partnerOwners = new Map<string, { owners: string[]; name: string }>();
  for (const project of projectList) {
    for (const p of project.partners) {
      const entry = partnerOwners.get(p.id) ?? { owners: [], name: p.name };
      entry.owners.push(project.id);
      partnerOwners.set(p.id, entry);
    }
  }
  const lineages = new Map<string, Map<string, VersionLineage>>();
  for (const { id, project_id: projectId, partner_id: partnerId, kind, series_id: seriesId, version, is_current: isCurrent, status } of versions) {
    const linked = partnerId ? partnerOwners.get(partnerId) : undefined;
    // A stage counts for its own project when listed; a partner's due diligence for each listed project working with the partner.
    const owners = partnerId ? (linked?.owners ?? []) : projectsById.has(projectId) ? [projectId] : [];
    const partner = partnerId ? { id: partnerId, name: linked?.name ?? "" } : null;
    for (const ownerId of owners) {
      let bySeries = lineages.get(ownerId);
      if (!bySeries) lineages.set(ownerId, (bySeries = new Map()));
      let lineage = bySeries.get(seriesId);
      if (!lineage) bySeries.set(seriesId, (lineage = { projectId: ownerId, kind, partner, versions: [] }));
      lineage.versions.push(scoredVersion({ id, projectId, kind, partner, seriesId, version, isCurrent, status }, scores.get(id) ?? null));
    }
  }
  // Oldest first, as every list of a lineage's versions is; rows come in no order.
  for (const bySeries of lineages.values()) for (const lineage of bySeries.values()) lineage.versions.sort((a, b) => a.version - b.version);
  return [...projectsById.values()].map((project) => ({ project, lineages: [...(lineages.get(project.id)?.values() ?? [])] }));
}
