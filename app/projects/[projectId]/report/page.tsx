import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DownloadPdfButton } from "@/components/report/download-pdf-button";
import { PrintButton } from "@/components/report/print-button";
import { PrintHeader } from "@/components/report/print-header";
import { ProjectFactsLine } from "@/components/report/project-facts";
import { ReportBlocks } from "@/components/report/report-blocks";
import { buildProjectOutline } from "@/lib/report/outline/project-outline";
import { loadProjectReport } from "../load-project-report";

export const metadata: Metadata = { title: "Project report" };

export default async function ProjectReportPage({ params }: { params: Promise<{ projectId: string }> }) {
  await connection();
  const { projectId } = await params;
  const { report, session } = await loadProjectReport(projectId);
  const project = report.project;
  // The outline's chapters are the PDF's; here the stages table links to each assessment's own report.
  const outline = buildProjectOutline(report);
  return (
    <article>
      <PrintHeader organizationName={session.organizationName} />
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/projects">Projects</Link> › <Link href={`/projects/${project.id}`}>{project.name}</Link> › Project report
      </nav>
      <div className="page-head">
        <div>
          <p className="muted small" style={{ margin: 0 }}>{outline.heading.subtitle}</p>
          <h1>{outline.heading.title}</h1>
        </div>
        <div className="actions-row no-print">
          <DownloadPdfButton href={`/projects/${project.id}/pdf`} />
          <PrintButton />
        </div>
      </div>
      <ProjectFactsLine project={project} />
      <ReportBlocks blocks={outline.blocks} />
    </article>
  );
}
