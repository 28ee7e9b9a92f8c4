import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listOverdueMitigationsForOrg, listReviewQueueForOrg } from "@/db/queries/dashboard";
import { listProjectsWithAssessmentsForOrg } from "@/db/queries/portfolio";
import { RatingBadge } from "@/components/report/rating-badge";
import { can } from "@/lib/auth/roles";
import { assessmentTitle } from "@/lib/report/format";
import { buildProjectReport } from "@/lib/report/project-report";
import { getSessionContext } from "@/lib/session";

export const metadata: Metadata = { title: "Home" };

/** The start page: for managers the review queue first; for everyone the projects' ratings and overdue mitigations. */
export default async function HomePage() {
  await connection();
  const session = await getSessionContext();
  const reviewer = can(session.role, "assessment:review");
  const [queue, overdue, projects] = await Promise.all([
    reviewer ? listReviewQueueForOrg(session) : Promise.resolve([]),
    listOverdueMitigationsForOrg(session),
    listProjectsWithAssessmentsForOrg(session),
  ]);
  return (
    <>
      <h1>{session.organizationName}</h1>
      {reviewer && (
        <section aria-labelledby="queue-title">
          <h2 id="queue-title">Review queue</h2>
          {queue.length === 0 ? (
            <p className="muted">Nothing is waiting for review.</p>
          ) : (
            <table data-testid="review-queue">
              <thead>
                <tr>
                  <th scope="col">Assessment</th>
                  <th scope="col">Project</th>
                  <th scope="col">Submitted</th>
                </tr>
              </thead>
              <tbody>
                {queue.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link href={`/assessments/${a.id}/report`}>
                        {assessmentTitle(a)} (version {a.version})
                      </Link>
                    </td>
                    <td>{a.projectName}</td>
                    <td>
                      {a.submittedBy ?? "—"} · {a.submittedAt?.toISOString().slice(0, 10)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      <section aria-labelledby="projects-title">
        <h2 id="projects-title">Projects and their latest ratings</h2>
        {projects.length === 0 ? (
          <p className="muted">
            No projects yet.{" "}
            {can(session.role, "project:write") ? <Link href="/projects/new">Create the first one.</Link> : "None has been shared with you yet."}
          </p>
        ) : (
          <table>
            <tbody>
              {projects.map(({ project, assessments }) => {
                const report = buildProjectReport(project, assessments);
                return (
                  <tr key={project.id}>
                    <th scope="row">
                      <Link href={`/projects/${project.id}`}>{project.name}</Link>
                    </th>
                    <td>
                      <RatingBadge rating={report.overall.rating} />
                    </td>
                    <td className="small">
                      {report.overall.redFlags.length} red flag(s) · {report.gapsCount} gap(s)
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title">Overdue mitigations</h2>
        {overdue.length === 0 ? (
          <p className="muted">No open risk has a mitigation past its due date.</p>
        ) : (
          <table data-testid="overdue">
            <thead>
              <tr>
                <th scope="col">Risk</th>
                <th scope="col">Project</th>
                <th scope="col">Mitigation</th>
                <th scope="col">Owner · due</th>
              </tr>
            </thead>
            <tbody>
              {overdue.map((m) => (
                <tr key={`${m.assessmentId}-${m.criterionId}`}>
                  <td>
                    <Link href={`/assessments/${m.assessmentId}/report`}>{m.criterionId}</Link> ({m.likelihood ?? "?"} × {m.impact ?? "?"})
                  </td>
                  <td>{m.projectName}</td>
                  <td>{m.action}</td>
                  <td className="red-flag">
                    {m.owner || "—"} · {m.dueDate}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
