import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ProjectFacts, AssessmentFacts } from "@/lib/domain/facts";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/projects/countries";
import { formatMoney } from "@/lib/projects/currencies";
import { sectorLabel } from "@/lib/projects/sectors";
import { buildProjectReport } from "@/lib/report/project-report";
import { RatingBadge } from "@/components/report/rating-badge";
import { keepTogether } from "./keep-together";
import { StageChips } from "./stage-chips";

type Row = { project: ProjectFacts; assessments: AssessmentFacts[] };

/**
 * One page of projects. Under 600 px each row stands as a card (app/globals.css `.stack-table`),
 * each value after its column's name (`data-label`), so a phone never scrolls the list sideways.
 */
export function ProjectTable({ rows, caption }: { rows: readonly Row[]; caption: string }) {
  const t = useTranslations("projects");
  const tSectors = useTranslations("sectors");
  const tModes = useTranslations("modes");
  const current = useLocale();
  const locale = isLocale(current) ? current : defaultLocale;
  const keep = keepTogether(locale);
  return (
    <table className="stack-table" data-testid="project-list">
      <caption className="muted small" style={{ textAlign: "left", padding: "0.4rem 0" }}>{caption}</caption>
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
              <td className="stack-title">
                <Link href={`/projects/${project.id}`}>{project.name}</Link>
                <div className="muted small">{sectorLabel(project.sector, (k) => tSectors(k))}</div>
              </td>
              <td data-label={t("country")} style={keep}>{countryName(project.hostCountry, locale)}</td>
              <td data-label={t("mode")} className="small" style={keep}>{tModes(`${project.participationMode}.label`)}</td>
              <td data-label={t("budget")}>{formatMoney(project.budget, project.currency, locale)}</td>
              <td data-label={t("stages")}>
                <StageChips parts={report.parts} partners={project.partners} />
              </td>
              <td data-label={t("overallRating")}>
                <RatingBadge rating={report.overall.rating} provisional={report.overallProvisional} />
                {report.overall.redFlags.length > 0 && (
                  <div className="red-flag small" style={{ whiteSpace: "nowrap" }}>{t("redFlags", { count: report.overall.redFlags.length })}</div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
