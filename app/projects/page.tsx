import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listProjectsWithAssessmentsForOrg } from "@/db/queries/portfolio";
import { PortfolioDownloadLinks } from "@/components/exports/download-links";
import { RatingBadge } from "@/components/report/rating-badge";
import { StageChips } from "@/components/projects/stage-chips";
import { participationModeById } from "@/lib/checklists/participation-modes";
import { countryName } from "@/lib/projects/countries";
import { formatMoney } from "@/lib/projects/currencies";
import { buildProjectReport } from "@/lib/report/project-report";
import { getSessionContext } from "@/lib/session";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  await connection();
  const session = await getSessionContext();
  const rows = await listProjectsWithAssessmentsForOrg(session);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Projects</h1>
          <p className="muted">Every project abroad, with where each stage of its assessment stands.</p>
        </div>
        {can(session.role, "project:write") && (
          <div className="actions-row">
            <Link className="button secondary" href="/projects/import">
              Import
            </Link>
            <Link className="button" href="/projects/new">
              New project
            </Link>
          </div>
        )}
      </div>
      {rows.length > 0 && <PortfolioDownloadLinks />}
      {rows.length === 0 ? (
        <div className="card">
          <h2>No projects yet</h2>
          <p>Create your first project to start the before-project evaluation.</p>
          <Link className="button" href="/projects/new">
            Create a project
          </Link>
        </div>
      ) : (
        <table>
          <caption className="muted small" style={{ textAlign: "left", padding: "0.4rem 0" }}>
            {rows.length} project{rows.length === 1 ? "" : "s"}
          </caption>
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Country</th>
              <th scope="col">Mode</th>
              <th scope="col">Budget</th>
              <th scope="col">Stages</th>
              <th scope="col">Overall rating</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ project, assessments }) => {
              const report = buildProjectReport(project, assessments);
              return (
                <tr key={project.id}>
                  <td>
                    <Link href={`/projects/${project.id}`}>{project.name}</Link>
                    <div className="muted small">{project.sector}</div>
                  </td>
                  <td>{countryName(project.hostCountry)}</td>
                  <td className="small">{participationModeById(project.participationMode).label}</td>
                  <td>{formatMoney(project.budget, project.currency)}</td>
                  <td>
                    <StageChips parts={report.parts} />
                  </td>
                  <td>
                    <RatingBadge rating={report.overall.rating} />
                    {report.overall.redFlags.length > 0 && (
                      <div className="red-flag small">
                        {report.overall.redFlags.length} red flag{report.overall.redFlags.length === 1 ? "" : "s"}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
