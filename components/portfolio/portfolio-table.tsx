import Link from "next/link";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { keepTogether } from "@/components/projects/keep-together";
import { RatingBadge } from "@/components/report/rating-badge";
import { isLocale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/projects/countries";
import { sectorLabel } from "@/lib/projects/sectors";
import type { ProjectSummary, StageCell } from "@/lib/portfolio/project-summary";

/**
 * "Not started" is not a rating: it is shown as text so it never looks like a low risk. Nor is a
 * draft's: a stage with only a draft says "Draft in progress", never its provisional band.
 */
function Cell({ cell, notStarted, draftOnly }: { cell: StageCell; notStarted: string; draftOnly: string }) {
  if (cell.started) return <RatingBadge rating={cell.rating} />;
  return <span className="muted small" style={{ whiteSpace: "nowrap" }}>{cell.draft ? draftOnly : notStarted}</span>;
}

/** Every project shown with its rating at each stage; the caption says how many of all are shown. */
export function PortfolioTable({ rows, caption }: { rows: ProjectSummary[]; caption: ReactNode }) {
  const t = useTranslations("portfolio");
  const tSectors = useTranslations("sectors");
  const locale = useLocale();
  const reader = isLocale(locale) ? locale : "en";
  const tStanding = useTranslations("standing");
  const notStarted = t("notStarted");
  const draftOnly = tStanding("inProgressOnly");
  const keep = keepTogether(reader);
  return (
    <div className="table-wrap">
      <table className="portfolio-table stack-table" data-testid="portfolio-table">
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
                {row.drafts > 0 && (
                  <div className="small muted" data-testid="drafts-beside">
                    {tStanding("draftsBeside", { count: row.drafts })}
                  </div>
                )}
              </th>
              <td data-label={t("country")} style={keep}>{countryName(row.project.hostCountry, reader)}</td>
              <td data-label={t("sector")} style={keep}>{sectorLabel(row.project.sector, (k) => tSectors(k))}</td>
              <td data-label={t("mode")} className="small" style={keep}>{row.modeLabel}</td>
              <td data-label={t("stages.before")}>
                <Cell cell={row.stages.before} notStarted={notStarted} draftOnly={draftOnly} />
              </td>
              <td data-label={t("partnersWorst")}>
                {row.partners.count === 0 ? <span className="muted small" style={keep}>{t("noPartner")}</span> : <Cell cell={row.partners} notStarted={notStarted} draftOnly={draftOnly} />}
              </td>
              <td data-label={t("stages.during")}>
                <Cell cell={row.stages.during} notStarted={notStarted} draftOnly={draftOnly} />
              </td>
              <td data-label={t("stages.after")}>
                <Cell cell={row.stages.after} notStarted={notStarted} draftOnly={draftOnly} />
              </td>
              <td data-label={t("overall")}>
                <RatingBadge rating={row.overall} />
              </td>
              <td data-label={t("redFlags")} className={row.redFlagCount > 0 ? "red-flag" : "muted"}>{row.redFlagCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
