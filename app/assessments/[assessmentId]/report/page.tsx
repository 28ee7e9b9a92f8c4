import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getAssessmentForOrg } from "@/db/queries/assessments";
import { CriteriaTable } from "@/components/report/criteria-table";
import { InformationGaps, RedFlags } from "@/components/report/flags-and-gaps";
import { IndicatorsTable } from "@/components/report/indicators-table";
import { MethodList } from "@/components/report/method-list";
import { DownloadPdfButton } from "@/components/report/download-pdf-button";
import { PrintButton } from "@/components/report/print-button";
import { PrintHeader } from "@/components/report/print-header";
import { ProjectFactsLine } from "@/components/report/project-facts";
import { RatingBadge } from "@/components/report/rating-badge";
import { RiskRegisterSections } from "@/components/report/risk-register-sections";
import { SectionChart } from "@/components/report/section-chart";
import { SourcesList } from "@/components/report/sources-list";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { formatScore } from "@/lib/report/format";
import { getSessionContext } from "@/lib/session";
import { listReviewNotesForOrg } from "@/db/queries/review";
import { NoteForm } from "@/components/review/note-form";
import { ReviewNotes } from "@/components/review/review-notes";
import { ReviewPanel } from "@/components/review/review-panel";
import { SignOff } from "@/components/review/sign-off";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Assessment report" };

export default async function AssessmentReportPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  await connection();
  const { assessmentId } = await params;
  const session = await getSessionContext();
  const found = await getAssessmentForOrg(session, assessmentId);
  if (!found) notFound();
  const report = buildAssessmentReport(found.project, found.facts);
  const notes = await listReviewNotesForOrg(session, [report.id]);
  const items = report.sections.flatMap((s) => s.items.map((i) => ({ id: i.item.id, prompt: i.item.prompt })));
  const riskItems = report.register?.risks.map((r) => ({ id: r.item.id, prompt: r.item.prompt })) ?? [];
  const statusText =
    report.status === "draft"
      ? `Draft (version ${report.version}), last saved ${report.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`
      : `${report.status[0]!.toUpperCase()}${report.status.slice(1)} · version ${report.version}`;
  return (
    <article>
      <PrintHeader organizationName={session.organizationName} />
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/projects">Projects</Link> › <Link href={`/projects/${report.project.id}`}>{report.project.name}</Link> › Report
      </nav>
      <div className="page-head">
        <div>
          <p className="muted small" style={{ margin: 0 }}>{report.project.name}</p>
          <h1>{report.title}</h1>
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
      {report.status === "draft" && (
        <p className="notice">This is a draft: the figures change as answers are added. Unanswered items count as unknown.</p>
      )}
      <section className="report-summary report-section" aria-label="Summary">
        <div className="metric">
          <div className="label">Rating</div>
          <div className="value"><RatingBadge rating={report.rating} /></div>
        </div>
        <div className="metric">
          <div className="label">{report.register ? "Highest open risk band" : "Risk score (0–100)"}</div>
          <div className="value" data-testid="score">{report.register ? (report.scoreRating ?? "—") : formatScore(report.score)}</div>
        </div>
        <div className="metric">
          <div className="label">Red flags · information gaps</div>
          <div className="value">{report.redFlags.length} · {report.gaps.length}</div>
        </div>
        <div className="metric">
          <div className="label">Status</div>
          <div className="small">{statusText}</div>
          <div className="small muted">{report.checklistTitle}, version {report.checklistVersion}</div>
        </div>
      </section>

      <section className="report-section">
        <h2>Section scores</h2>
        <SectionChart bars={report.chart.bars} max={report.chart.max} unit={report.chart.unit} />
      </section>
      {!report.register && (
        <section className="report-section">
          <h2>Red flags</h2>
          <RedFlags flags={report.redFlags} />
        </section>
      )}
      {report.register && <RiskRegisterSections register={report.register} topRisks={report.topRisks} />}
      <section className="report-section">
        <h2>Information gaps</h2>
        <InformationGaps gaps={report.gaps} />
      </section>
      {(report.indicators.length > 0 || report.register) && (
        <section className="report-section">
          <h2>Indicators</h2>
          <IndicatorsTable indicators={report.indicators} />
        </section>
      )}
      <section className="report-section">
        <h2>How this score was computed</h2>
        <MethodList lines={report.method} />
      </section>
      {report.sections.length > 0 && (
        <section>
          <h2>All criteria</h2>
          <CriteriaTable sections={report.sections} />
        </section>
      )}
      <section className="report-section">
        <h2>Sources</h2>
        <SourcesList sources={report.sources} />
      </section>
      <SignOff report={report} />
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
