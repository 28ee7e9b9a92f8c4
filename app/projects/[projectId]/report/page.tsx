import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { RedFlags } from "@/components/report/flags-and-gaps";
import { MethodList } from "@/components/report/method-list";
import { DownloadPdfButton } from "@/components/report/download-pdf-button";
import { PrintButton } from "@/components/report/print-button";
import { PrintHeader } from "@/components/report/print-header";
import { ProjectFactsLine } from "@/components/report/project-facts";
import { RatingBadge } from "@/components/report/rating-badge";
import { RiskRegisterSections } from "@/components/report/risk-register-sections";
import { SectionChart } from "@/components/report/section-chart";
import { formatScore, statusLabel } from "@/lib/report/format";
import { loadProjectReport } from "../load-project-report";

export const metadata: Metadata = { title: "Project report" };

export default async function ProjectReportPage({ params }: { params: Promise<{ projectId: string }> }) {
  await connection();
  const { projectId } = await params;
  const { report, session } = await loadProjectReport(projectId);
  const project = report.project;
  const checklistParts = report.parts.filter((p) => p.report && p.report.register === null);
  return (
    <article>
      <PrintHeader organizationName={session.organizationName} />
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/projects">Projects</Link> › <Link href={`/projects/${project.id}`}>{project.name}</Link> › Project report
      </nav>
      <div className="page-head">
        <div>
          <p className="muted small" style={{ margin: 0 }}>Project report</p>
          <h1>{project.name}</h1>
        </div>
        <div className="actions-row no-print">
          <DownloadPdfButton href={`/projects/${project.id}/pdf`} />
          <PrintButton />
        </div>
      </div>
      <ProjectFactsLine project={project} />
      <section className="report-summary report-section" aria-label="Summary">
        <div className="metric">
          <div className="label">Overall rating</div>
          <div className="value"><RatingBadge rating={report.overall.rating} /></div>
          {report.overall.drivenBy && <div className="small muted">set by {report.overall.drivenBy}</div>}
        </div>
        <div className="metric">
          <div className="label">Red flags</div>
          <div className="value">{report.overall.redFlags.length}</div>
        </div>
        <div className="metric">
          <div className="label">Information gaps</div>
          <div className="value">{report.gapsCount}</div>
        </div>
      </section>

      <section className="report-section">
        <h2>Stages and partners</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Assessment</th>
              <th scope="col">Status</th>
              <th scope="col">Score</th>
              <th scope="col">Rating</th>
              <th scope="col">Red flags · gaps</th>
            </tr>
          </thead>
          <tbody>
            {report.parts.map((part) => (
              <tr key={part.key}>
                <th scope="row">
                  {part.report ? <Link href={`/assessments/${part.report.id}/report`}>{part.label}</Link> : part.label}
                </th>
                <td>{part.report ? statusLabel(part.report.status, part.report.version) : <span className="muted">Not started</span>}</td>
                <td>{part.report ? (part.report.register ? "highest open risk" : formatScore(part.report.score)) : "—"}</td>
                <td>{part.report ? <RatingBadge rating={part.report.rating} /> : "—"}</td>
                <td>{part.report ? `${part.report.redFlags.length} · ${part.report.gaps.length}` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {checklistParts.length > 0 && (
        <section className="report-section">
          <h2>Scores by stage</h2>
          <SectionChart
            bars={checklistParts.map((p) => ({ label: p.label, value: p.report!.score, rating: p.report!.rating }))}
            max={100}
            unit="risk score (0–100); the risk register is rated by its highest open risk instead"
          />
        </section>
      )}
      <section className="report-section">
        <h2>Red flags</h2>
        <RedFlags flags={report.overall.redFlags} showPart />
      </section>
      {report.register && <RiskRegisterSections register={report.register} topRisks={report.topRisks} />}
      <section className="report-section">
        <h2>How this rating was computed</h2>
        <MethodList lines={report.method} />
      </section>
    </article>
  );
}
