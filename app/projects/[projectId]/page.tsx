import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ProjectDownloadLinks } from "@/components/exports/download-links";
import { partTitle } from "@/components/projects/part-title";
import { RedFlagList } from "@/components/projects/red-flag-list";
import { StageCard } from "@/components/projects/stage-card";
import { RatingBadge } from "@/components/report/rating-badge";
import { participationModeById } from "@/lib/checklists/participation-modes";
import { formatDay } from "@/lib/i18n/format";
import { serverLocale } from "@/lib/i18n/server-locale";
import { countryName } from "@/lib/projects/countries";
import { formatMoney } from "@/lib/projects/currencies";
import { sectorLabel } from "@/lib/projects/sectors";
import { loadProjectReport } from "./load-project-report";
import { can } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("projectTitle") };
}

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  await connection();
  const { projectId } = await params;
  const locale = await serverLocale();
  const { report, session } = await loadProjectReport(projectId, locale);
  const [t, tSectors, tModes, tChecklists, tStanding] = await Promise.all([
    getTranslations("projects"),
    getTranslations("sectors"),
    getTranslations("modes"),
    getTranslations("checklists"),
    getTranslations("standing"),
  ]);
  const project = report.project;
  // Only the rule (is partner due diligence mandatory) is read from the mode; its words are messages.
  const mode = participationModeById(project.participationMode);
  const modeLabel = tModes(`${mode.id}.label`);
  const canWrite = can(session.role, "assessment:write");
  const names = { stage: (s: "before" | "during" | "after") => tChecklists(s), partner: (name: string) => t("partnerPart", { name }) };
  return (
    <>
      <nav className="breadcrumbs" aria-label={t("breadcrumbs")}>
        <Link href="/projects">{t("title")}</Link> › {project.name}
      </nav>
      <div className="page-head">
        <div>
          <h1>{project.name}</h1>
          <p className="muted">
            {countryName(project.hostCountry, locale)} · {sectorLabel(project.sector, (k) => tSectors(k))} · {modeLabel} ·{" "}
            {formatMoney(project.budget, project.currency, locale)} ·{" "}
            {t("dates", { start: formatDay(project.startDate, locale), end: formatDay(project.endDate, locale) })}
          </p>
        </div>
        <div className="actions-row">
          {can(session.role, "project:write") && (
            <Link className="button secondary" href={`/projects/${project.id}/edit`}>
              {t("editProject")}
            </Link>
          )}
          <Link className="button" href={`/projects/${project.id}/report`}>
            {t("projectReport")}
          </Link>
        </div>
      </div>
      {project.summary && <p>{project.summary}</p>}
      <ProjectDownloadLinks projectId={project.id} parts={report.parts} />
      <div className="card">
        <strong>{t("overallLabel")}</strong> <RatingBadge rating={report.overall.rating} provisional={report.overallProvisional} />{" "}
        <span className="muted small">{report.overallProvisional ? tStanding("projectProvisional") : t("overallHint")}</span>
        {report.overall.redFlags.length > 0 && <RedFlagList report={report} />}
      </div>
      <h2>{t("stages")}</h2>
      <div className="grid">
        {report.parts
          .filter((p) => !p.key.startsWith("partner:"))
          .map((part) => (
            <StageCard
              key={part.key}
              part={part}
              title={partTitle(part, project.partners, names)}
              projectId={project.id}
              kind={part.key as "before" | "during" | "after"}
              canWrite={canWrite}
            />
          ))}
      </div>
      <h2>{t("partnerDueDiligence")}</h2>
      {mode.partnerDueDiligenceRequired && <p className="notice">{t("mandatory", { mode: modeLabel })}</p>}
      {project.partners.length === 0 ? (
        <p className="muted">
          {t.rich("noPartners", { link: (chunks) => <Link href={`/projects/${project.id}/edit`}>{chunks}</Link> })}
        </p>
      ) : (
        <div className="grid">
          {report.parts
            .filter((p) => p.key.startsWith("partner:"))
            .map((part) => (
              <StageCard
                key={part.key}
                part={part}
                title={partTitle(part, project.partners, names)}
                projectId={project.id}
                kind="partner"
                partnerId={part.key.slice("partner:".length)}
                canWrite={canWrite}
              />
            ))}
        </div>
      )}
    </>
  );
}
