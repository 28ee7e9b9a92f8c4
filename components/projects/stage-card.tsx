import Link from "next/link";
import type { ChecklistKind } from "@/lib/checklists/definition-schema";
import type { ProjectReportPart } from "@/lib/report/project-report";
import { RatingBadge } from "@/components/report/rating-badge";
import { statusLabel } from "@/lib/report/format";
import { StartAssessmentButton } from "./start-assessment-button";

export function StageCard({
  part,
  projectId,
  kind,
  partnerId = null,
  canWrite,
}: {
  part: ProjectReportPart;
  projectId: string;
  kind: ChecklistKind;
  partnerId?: string | null;
  canWrite: boolean;
}) {
  const report = part.report;
  return (
    <section className="card" aria-labelledby={`stage-${part.key}`}>
      <h3 id={`stage-${part.key}`} style={{ marginTop: 0 }}>
        {part.label}
      </h3>
      {report ? (
        <>
          <p>
            <span className="badge status">{statusLabel(report.status, report.version)}</span>{" "}
            <RatingBadge rating={report.rating} />
          </p>
          <p className="small muted">
            {report.progress.answered} of {report.progress.total} answered
            {report.redFlags.length > 0 && <span className="red-flag"> · {report.redFlags.length} red flag(s)</span>}
          </p>
          <div className="actions-row">
            {report.status === "draft" && canWrite && (
              <Link className="button" href={`/assessments/${report.id}`}>
                Continue
              </Link>
            )}
            <Link className="button secondary" href={`/assessments/${report.id}/report`}>
              Report
            </Link>
          </div>
        </>
      ) : (
        <>
          <p className="small muted">Not started.</p>
          {canWrite && <StartAssessmentButton projectId={projectId} kind={kind} partnerId={partnerId} label="Start" />}
        </>
      )}
    </section>
  );
}
