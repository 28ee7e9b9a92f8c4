import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { DownloadPdfLinks } from "@/components/report/download-pdf-links";
import { PrintButton } from "@/components/report/print-button";
import { PrintHeader } from "@/components/report/print-header";
import { PrintWatermark } from "@/components/report/print-watermark";
import { ProjectFactsLine } from "@/components/report/project-facts";
import { ReportBlocks } from "@/components/report/report-blocks";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { buildProjectOutline } from "@/lib/report/outline/project-outline";
import { loadProjectReport } from "../load-project-report";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("report");
  return { title: t("projectPageTitle") };
}

export default async function ProjectReportPage({ params }: { params: Promise<{ projectId: string }> }) {
  await connection();
  const { projectId } = await params;
  const [rawLocale, t] = await Promise.all([getLocale(), getTranslations("report")]);
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const { report, session } = await loadProjectReport(projectId, locale);
  const project = report.project;
  // The outline's chapters are the PDF's; here the stages table links to each assessment's own report.
  const outline = buildProjectOutline(report, locale);
  return (
    <article>
      <PrintHeader organizationName={session.organizationName} />
      <PrintWatermark word={outline.watermark} />
      <nav className="breadcrumbs" aria-label={t("breadcrumbs")}>
        <Link href="/projects">{t("projects")}</Link> › <Link href={`/projects/${project.id}`}>{project.name}</Link> ›{" "}
        {t("crumbProjectReport")}
      </nav>
      <div className="page-head">
        <div>
          <p className="muted small" style={{ margin: 0 }}>{outline.heading.subtitle}</p>
          <h1>{outline.heading.title}</h1>
        </div>
        <div className="actions-row no-print">
          <DownloadPdfLinks href={`/projects/${project.id}/pdf`} />
          <PrintButton label={t("print")} />
        </div>
      </div>
      <ProjectFactsLine project={project} />
      <ReportBlocks blocks={outline.blocks} />
    </article>
  );
}
