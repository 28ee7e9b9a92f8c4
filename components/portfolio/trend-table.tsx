import { Fragment } from "react";
import { useLocale, useTranslations } from "next-intl";
import { keepTogether } from "@/components/projects/keep-together";
import { RatingBadge } from "@/components/report/rating-badge";
import { isLocale } from "@/lib/i18n/locales";
import type { ProjectSummary } from "@/lib/portfolio/project-summary";
import { stageTrend } from "@/lib/portfolio/trend";
import type { VersionTrend } from "@/lib/portfolio/version-trend";

export type TrendRow = { summary: ProjectSummary; versions: VersionTrend[] };

/** Trends across stages and across versions, always said in words, never by colour alone. */
export function TrendTable({ rows }: { rows: TrendRow[] }) {
  const t = useTranslations("portfolio");
  const tStanding = useTranslations("standing");
  const locale = useLocale();
  const reader = isLocale(locale) ? locale : "en";
  return (
    <div className="table-wrap">
      <table className="trend-table stack-table" data-testid="trend-table">
        <caption>{t("trendCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("project")}</th>
            <th scope="col">{t("acrossStages")}</th>
            <th scope="col">{t("acrossVersions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ summary, versions }) => {
            const trend = stageTrend(summary.stages, reader);
            return (
              <tr key={summary.project.id}>
                <th scope="row">{summary.project.name}</th>
                <td data-label={t("acrossStages")} className="stack-wide">
                  <div className="trend-steps small">
                    {trend.steps.map((step, i) => (
                      <Fragment key={step.stage}>
                        {i > 0 && <span aria-hidden="true"> → </span>}
                        <span className="trend-step" style={keepTogether(reader)}>
                          {step.label}{" "}
                          {step.started ? <RatingBadge rating={step.rating} /> : <span className="muted">{step.draft ? tStanding("inProgressOnly") : t("stepNotStarted")}</span>}
                        </span>
                      </Fragment>
                    ))}
                  </div>
                  <strong className={`trend-word ${trend.word ?? "none"}`} data-testid="stage-trend">
                    {trend.text}
                  </strong>
                </td>
                <td data-label={t("acrossVersions")} className="stack-wide">
                  {versions.length === 0 ? (
                    <span className="muted small">{t("noAssessment")}</span>
                  ) : (
                    <ul className="version-trends small">
                      {versions.map((v) => (
                        <li key={v.label}>
                          <span className="muted">{t("versionLine", { label: v.label })}</span>
                          {v.points.length > 0 ? v.text : tStanding("noSubmittedVersion")}
                          {/* A trend needs two submitted versions; drafts never make one. */}
                          {t("versionTail", { text: v.word ? t(`versionWord.${v.word}`) : tStanding("noTrendYet") })}
                          {v.draftInProgress && tStanding("draftTail")}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
