import Link from "next/link";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { keepTogether } from "@/components/projects/keep-together";
import { RatingBadge } from "@/components/report/rating-badge";
import { isLocale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/projects/countries";
import { sectorLabel } from "@/lib/projects/sectors";
import type { ProjectSummary, StageCell } from "@/lib/portfolio/project-summary";

/** "Not started" is not a rating: it is shown as text so it never looks like a low risk. */
function Cell({ cell, notStarted }: { cell: StageCell; notStarted: string }) {
  return cell.started ? <RatingBadge rating={cell.rating} /> : <span className="muted small" style={{ whiteSpace: "nowrap" }}>{notStarted}</span>;
}

/** Every project shown with its rating at each stage; the caption says how many of all are shown. */
export function PortfolioTable({ rows, caption }: { rows: ProjectSummary[]; caption: ReactNode }) {
  const t = useTranslations("portfolio");
  const tSectors = useTranslations("sectors");
  const locale = useLocale();
  const reader = isLocale(locale) ? locale : "en";
  const notStarted = t("notStarted");
  const keep = keepTogether(reader);
  return (
    <div className="table-wrap">
      <table className="portfolio-table" data-testid="portfolio-table">
        <caption>{caption}</caption>
        <thead>
          <tr style={keep}>
            <th scope="col">{t("project")}</th>
            <th scope="col">{t("country")}</th>
            <th scope="col">{t("sector")}</th>
            <th scope="col">{t("mode")}</th>
            <th scope="col">{t("stages.before")}</th>
            <th scope="col">{t("partnersWorst")}</th>
            <th scope="col">{t("stages.during")}</th>
            <th scope="col">{t("stages.after")}</th>
            <th scope="col">{t("overall")}</th>
            <th scope="col">{t("redFlags")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.project.id}>
              <th scope="row">
                <Link href={`/projects/${row.project.id}`}>{row.project.name}</Link>
              </th>
              <td style={keep}>{countryName(row.project.hostCountry, reader)}</td>
              <td style={keep}>{sectorLabel(row.project.sector, (k) => tSectors(k))}</td>
              <td className="small" style={keep}>{row.modeLabel}</td>
              <td>
                <Cell cell={row.stages.before} notStarted={notStarted} />
              </td>
              <td>
                {row.partners.count === 0 ? <span className="muted small" style={keep}>{t("noPartner")}</span> : <Cell cell={row.partners} notStarted={notStarted} />}
              </td>
              <td>
                <Cell cell={row.stages.during} notStarted={notStarted} />
              </td>
              <td>
                <Cell cell={row.stages.after} notStarted={notStarted} />
              </td>
              <td>
                <RatingBadge rating={row.overall} />
              </td>
              <td className={row.redFlagCount > 0 ? "red-flag" : "muted"}>{row.redFlagCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
