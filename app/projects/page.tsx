import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listProjectsWithAssessmentsForOrg } from "@/db/queries/portfolio";
import { PortfolioDownloadLinks } from "@/components/exports/download-links";
import { RatingBadge } from "@/components/report/rating-badge";
import { keepTogether } from "@/components/projects/keep-together";
import { StageChips } from "@/components/projects/stage-chips";
import { serverLocale } from "@/lib/i18n/server-locale";
import { countryName } from "@/lib/projects/countries";
import { formatMoney } from "@/lib/projects/currencies";
import { sectorLabel } from "@/lib/projects/sectors";
import { buildProjectReport } from "@/lib/report/project-report";
import { getSessionContext } from "@/lib/session";
import { can } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("title") };
}

export default async function ProjectsPage() {
  await connection();
  const session = await getSessionContext();
  // Projects come in the order the query gives (most recently changed first), not by name: nothing to collate.
  const [rows, t, tSectors, tModes, locale] = await Promise.all([
    listProjectsWithAssessmentsForOrg(session),
    getTranslations("projects"),
    getTranslations("sectors"),
    getTranslations("modes"),
    serverLocale(),
  ]);
  const keep = keepTogether(locale);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted">{t("intro")}</p>
        </div>
        {can(session.role, "project:write") && (
          <div className="actions-row">
            <Link className="button secondary" href="/projects/import">
              {t("import")}
            </Link>
            <Link className="button" href="/projects/new">
              {t("newProject")}
            </Link>
          </div>
        )}
      </div>
      {rows.length > 0 && <PortfolioDownloadLinks />}
      {rows.length === 0 ? (
        <div className="card">
          <h2>{t("noProjectsTitle")}</h2>
          <p>{t("noProjectsText")}</p>
          <Link className="button" href="/projects/new">
            {t("createProject")}
          </Link>
        </div>
      ) : (
        // Scrolls on its own on a phone rather than widening the whole page.
        <div className="table-wrap">
          <table>
            <caption className="muted small" style={{ textAlign: "left", padding: "0.4rem 0" }}>
              {t("count", { count: rows.length })}
            </caption>
            <thead>
              <tr style={keep}>
                <th scope="col">{t("project")}</th>
                <th scope="col">{t("country")}</th>
                <th scope="col">{t("mode")}</th>
                <th scope="col">{t("budget")}</th>
                <th scope="col">{t("stages")}</th>
                <th scope="col">{t("overallRating")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ project, assessments }) => {
                const report = buildProjectReport(project, assessments);
                return (
                  <tr key={project.id}>
                    <td>
                      <Link href={`/projects/${project.id}`}>{project.name}</Link>
                      <div className="muted small">{sectorLabel(project.sector, (k) => tSectors(k))}</div>
                    </td>
                    <td style={keep}>{countryName(project.hostCountry, locale)}</td>
                    <td className="small" style={keep}>
                      {tModes(`${project.participationMode}.label`)}
                    </td>
                    <td>{formatMoney(project.budget, project.currency, locale)}</td>
                    <td>
                      <StageChips parts={report.parts} partners={project.partners} />
                    </td>
                    <td>
                      <RatingBadge rating={report.overall.rating} />
                      {report.overall.redFlags.length > 0 && (
                        <div className="red-flag small" style={{ whiteSpace: "nowrap" }}>{t("redFlags", { count: report.overall.redFlags.length })}</div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
