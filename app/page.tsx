import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listOverdueMitigationsForOrg, listReviewQueueForOrg } from "@/db/queries/dashboard";
import { listProjectsWithAssessmentsForOrg } from "@/db/queries/portfolio";
import { RatingBadge } from "@/components/report/rating-badge";
import { can } from "@/lib/auth/roles";
import { formatDay } from "@/lib/i18n/format";
import { serverLocale } from "@/lib/i18n/server-locale";
import { buildProjectReport } from "@/lib/report/project-report";
import { getSessionContext } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

/** The start page: for managers the review queue first; for everyone the projects' ratings and overdue mitigations. */
export default async function HomePage() {
  await connection();
  const session = await getSessionContext();
  const reviewer = can(session.role, "assessment:review");
  const [queue, overdue, projects, t, tProjects, tChecklists, locale] = await Promise.all([
    reviewer ? listReviewQueueForOrg(session) : Promise.resolve([]),
    listOverdueMitigationsForOrg(session),
    listProjectsWithAssessmentsForOrg(session),
    getTranslations("home"),
    getTranslations("projects"),
    getTranslations("checklists"),
    serverLocale(),
  ]);
  // The queue and the overdue list keep the query's order (oldest submitted, most overdue first).
  const titleOf = (a: (typeof queue)[number]) =>
    a.kind === "partner" && a.partner ? tProjects("partnerPart", { name: a.partner.name }) : tChecklists(a.kind);
  return (
    <>
      <h1>{session.organizationName}</h1>
      {reviewer && (
        <section aria-labelledby="queue-title">
          <h2 id="queue-title">{t("reviewQueue")}</h2>
          {queue.length === 0 ? (
            <p className="muted">{t("nothingToReview")}</p>
          ) : (
            <div className="table-wrap">
              <table data-testid="review-queue">
                <thead>
                  <tr>
                    <th scope="col">{t("assessment")}</th>
                    <th scope="col">{t("project")}</th>
                    <th scope="col">{t("submitted")}</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <Link href={`/assessments/${a.id}/report`}>
                          {t("assessmentVersion", { title: titleOf(a), version: a.version })}
                        </Link>
                      </td>
                      <td>{a.projectName}</td>
                      <td>
                        {t.rich("submittedByOn", {
                        name: a.submittedBy ?? "—",
                        date: formatDay(a.submittedAt, locale),
                        day: (chunks) => <span style={{ whiteSpace: "nowrap" }}>{chunks}</span>,
                      })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      <section aria-labelledby="projects-title">
        <h2 id="projects-title">{t("projectsTitle")}</h2>
        {projects.length === 0 ? (
          <p className="muted">
            {t("noProjects")}{" "}
            {can(session.role, "project:write") ? <Link href="/projects/new">{t("createFirst")}</Link> : t("noneShared")}
          </p>
        ) : (
          <div className="table-wrap">
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
                        {t.rich("flagsAndGaps", {
                          flags: report.overall.redFlags.length,
                          gaps: report.gapsCount,
                          n: (chunks) => <span style={{ whiteSpace: "nowrap" }}>{chunks}</span>,
                        })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title">{t("overdueTitle")}</h2>
        {overdue.length === 0 ? (
          <p className="muted">{t("noOverdue")}</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="overdue">
              <thead>
                <tr>
                  <th scope="col">{t("risk")}</th>
                  <th scope="col">{t("project")}</th>
                  <th scope="col">{t("mitigation")}</th>
                  <th scope="col">{t("ownerDue")}</th>
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
                      {t.rich("ownerAndDue", {
                        owner: m.owner || "—",
                        due: formatDay(m.dueDate, locale),
                        day: (chunks) => <span style={{ whiteSpace: "nowrap" }}>{chunks}</span>,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
