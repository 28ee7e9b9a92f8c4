import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getAssessmentForOrg } from "@/db/queries/assessments";
import { DownloadPdfLinks } from "@/components/report/download-pdf-links";
import { PrintButton } from "@/components/report/print-button";
import { PrintHeader } from "@/components/report/print-header";
import { PrintWatermark } from "@/components/report/print-watermark";
import { ProjectFactsLine } from "@/components/report/project-facts";
import { ReportBlocks } from "@/components/report/report-blocks";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { buildAssessmentOutline } from "@/lib/report/outline/assessment-outline";
import { getSessionContext } from "@/lib/session";
import { reviewBlockForOrg } from "@/db/queries/four-eyes";
import { listReviewNotesForOrg } from "@/db/queries/review";
import { NoteForm } from "@/components/review/note-form";
import { commentsByItem } from "@/components/review/item-comments";
import { ReviewNotes } from "@/components/review/review-notes";
import { ReviewPanel } from "@/components/review/review-panel";
import { can } from "@/lib/auth/roles";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("report");
  return { title: t("pageTitle") };
}

export default async function AssessmentReportPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  await connection();
  const { assessmentId } = await params;
  const session = await getSessionContext();
  const found = await getAssessmentForOrg(session, assessmentId);
  if (!found) notFound();
  const [rawLocale, t] = await Promise.all([getLocale(), getTranslations("report")]);
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const report = buildAssessmentReport(found.project, found.facts, locale);
  const notes = await listReviewNotesForOrg(session, [report.id]);
  const items = report.sections.flatMap((s) => s.items.map((i) => ({ id: i.item.id, prompt: localize(i.item.prompt, locale) })));
  const riskItems = report.register?.risks.map((r) => ({ id: r.item.id, prompt: localize(r.item.prompt, locale) })) ?? [];
  const outline = buildAssessmentOutline(report, locale);
  // Four eyes: the panel explains why the submitter or last editor does not review, instead of buttons that fail.
  const fourEyes = report.status === "submitted" && can(session.role, "assessment:review") ? await reviewBlockForOrg(session, report.id) : null;
  return (
    <article>
      <PrintHeader organizationName={session.organizationName} />
      <PrintWatermark word={outline.watermark} />
      <nav className="breadcrumbs" aria-label={t("breadcrumbs")}>
        <Link href="/projects">{t("projects")}</Link> › <Link href={`/projects/${report.project.id}`}>{report.project.name}</Link> ›{" "}
        {t("crumbReport")}
      </nav>
      <div className="page-head">
        <div>
          <p className="muted small" style={{ margin: 0 }}>{outline.heading.subtitle}</p>
          <h1>{outline.heading.title}</h1>
        </div>
        <div className="actions-row no-print">
          {report.status === "draft" && can(session.role, "assessment:write") && (
            <Link className="button secondary" href={`/assessments/${report.id}`}>
              {t("continueAnswering")}
            </Link>
          )}
          <Link className="button secondary" href={`/assessments/${report.id}/versions`}>
            {t("versionHistory")}
          </Link>
          <DownloadPdfLinks href={`/assessments/${report.id}/pdf`} />
          <PrintButton label={t("print")} />
        </div>
      </div>
      <ProjectFactsLine project={report.project} />
      <ReportBlocks blocks={outline.blocks} itemComments={commentsByItem(notes)} />
      <ReviewNotes notes={notes} />
      {can(session.role, "assessment:review") && (
        <ReviewPanel assessmentId={report.id} status={report.status} items={[...items, ...riskItems]} fourEyes={fourEyes} />
      )}
      {report.status !== "draft" && can(session.role, "assessment:third-party") && (
        <NoteForm assessmentId={report.id} items={[...items, ...riskItems]} thirdParty />
      )}
      {report.status !== "draft" && can(session.role, "assessment:comment") && (
        <NoteForm assessmentId={report.id} items={[...items, ...riskItems]} thirdParty={false} />
      )}
    </article>
  );
}
