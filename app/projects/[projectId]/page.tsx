import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ProjectDownloadLinks } from "@/components/exports/download-links";
import { StageCard } from "@/components/projects/stage-card";
import { RatingBadge } from "@/components/report/rating-badge";
import { participationModeById } from "@/lib/checklists/participation-modes";
import { countryName } from "@/lib/projects/countries";
import { formatMoney } from "@/lib/projects/currencies";
import { loadProjectReport } from "./load-project-report";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  await connection();
  const { projectId } = await params;
  const { report, session } = await loadProjectReport(projectId);
  const project = report.project;
  const mode = participationModeById(project.participationMode);
  const canWrite = can(session.role, "assessment:write");
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/projects">Projects</Link> › {project.name}
      </nav>
      <div className="page-head">
        <div>
          <h1>{project.name}</h1>
          <p className="muted">
            {countryName(project.hostCountry)} · {project.sector} · {mode.label} · {formatMoney(project.budget, project.currency)} ·{" "}
            {project.startDate} to {project.endDate}
          </p>
        </div>
        <div className="actions-row">
          {can(session.role, "project:write") && (
            <Link className="button secondary" href={`/projects/${project.id}/edit`}>
              Edit project
            </Link>
          )}
          <Link className="button" href={`/projects/${project.id}/report`}>
            Project report
          </Link>
        </div>
      </div>
      {project.summary && <p>{project.summary}</p>}
      <ProjectDownloadLinks projectId={project.id} parts={report.parts} />
      <div className="card">
        <strong>Overall rating:</strong> <RatingBadge rating={report.overall.rating} />{" "}
        <span className="muted small">the worst of the stages and partners below</span>
        {report.overall.redFlags.length > 0 && (
          <ul className="red-flag small">
            {report.overall.redFlags.map((f, i) => (
              <li key={i}>
                {f.criterionId ? `${f.criterionId} ` : ""}
                {f.text} <span className="muted">({f.part})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <h2>Stages</h2>
      <div className="grid">
        {report.parts
          .filter((p) => !p.key.startsWith("partner:"))
          .map((part) => (
            <StageCard key={part.key} part={part} projectId={project.id} kind={part.key as "before" | "during" | "after"} canWrite={canWrite} />
          ))}
      </div>
      <h2>Partner due diligence</h2>
      {mode.partnerDueDiligenceRequired && (
        <p className="notice">{mode.label}: due diligence of every partner is mandatory for this project.</p>
      )}
      {project.partners.length === 0 ? (
        <p className="muted">
          No partners recorded. <Link href={`/projects/${project.id}/edit`}>Add a partner</Link> to start its due diligence.
        </p>
      ) : (
        <div className="grid">
          {report.parts
            .filter((p) => p.key.startsWith("partner:"))
            .map((part) => (
              <StageCard key={part.key} part={part} projectId={project.id} kind="partner" partnerId={part.key.slice("partner:".length)} canWrite={canWrite} />
            ))}
        </div>
      )}
    </>
  );
}
