import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getAssessmentForOrg } from "@/db/queries/assessments";
import { DownloadPdfButton } from "@/components/report/download-pdf-button";
import { PrintButton } from "@/components/report/print-button";
import { PrintHeader } from "@/components/report/print-header";
import { ProjectFactsLine } from "@/components/report/project-facts";
import { ReportBlocks } from "@/components/report/report-blocks";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { buildAssessmentOutline } from "@/lib/report/outline/assessment-outline";
import { getSessionContext } from "@/lib/session";
import { listReviewNotesForOrg } from "@/db/queries/review";
import { NoteForm } from "@/components/review/note-form";
import { ReviewNotes } from "@/components/review/review-notes";
import { ReviewPanel } from "@/components/review/review-panel";
import { can } from "@/lib/auth/roles";
import { localize } from "@/lib/i18n/localized-text";

export const metadata: Metadata = { title: "Assessment report" };

export default async function AssessmentReportPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  await connection();
  const { assessmentId } = await params;
  const session = await getSessionContext();
  const found = await getAssessmentForOrg(session, assessmentId);
  if (!found) notFound();
  const report = buildAssessmentReport(found.project, found.facts);
  const notes = await listReviewNotesForOrg(session, [report.id]);
  const items = report.sections.flatMap((s) => s.items.map((i) => ({ id: i.item.id, prompt: localize(i.item.prompt, "en") })));
  const riskItems = report.register?.risks.map((r) => ({ id: r.item.id, prompt: localize(r.item.prompt, "en") })) ?? [];
  const outline = buildAssessmentOutline(report);
  return (
    <article>
      <PrintHeader organizationName={session.organizationName} />
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/projects">Projects</Link> › <Link href={`/projects/${report.project.id}`}>{report.project.name}</Link> › Report
      </nav>
      <div className="page-head">
        <div>
          <p className="muted small" style={{ margin: 0 }}>{outline.heading.subtitle}</p>
          <h1>{outline.heading.title}</h1>
        </div>
        <div className="actions-row no-print">
          {report.status === "draft" && can(session.role, "assessment:write") && (
            <Link className="button secondary" href={`/assessments/${report.id}`}>
              Continue answering
            </Link>
          )}
          <Link className="button secondary" href={`/assessments/${report.id}/versions`}>
            Version history
          </Link>
          <DownloadPdfButton href={`/assessments/${report.id}/pdf`} />
          <PrintButton />
        </div>
      </div>
      <ProjectFactsLine project={report.project} />
      <ReportBlocks blocks={outline.blocks} />
      <ReviewNotes notes={notes} />
      {can(session.role, "assessment:review") && <ReviewPanel assessmentId={report.id} status={report.status} items={[...items, ...riskItems]} />}
      {report.status !== "draft" && can(session.role, "assessment:third-party") && (
        <NoteForm assessmentId={report.id} items={[...items, ...riskItems]} thirdParty />
      )}
      {report.status !== "draft" && can(session.role, "assessment:comment") && (
        <NoteForm assessmentId={report.id} items={[...items, ...riskItems]} thirdParty={false} />
      )}
    </article>
  );
}
