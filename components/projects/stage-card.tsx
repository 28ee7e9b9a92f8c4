import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ChecklistKind } from "@/lib/checklists/definition-schema";
import type { ProjectReportPart } from "@/lib/report/project-report";
import { RatingBadge } from "@/components/report/rating-badge";
import { isSettled } from "@/lib/report/standing";
import { StartAssessmentButton } from "./start-assessment-button";

export function StageCard({
  part,
  title,
  projectId,
  kind,
  partnerId = null,
  canWrite,
}: {
  part: ProjectReportPart;
  /** The part's name in the reader's language (partTitle). */
  title: string;
  projectId: string;
  kind: ChecklistKind;
  partnerId?: string | null;
  canWrite: boolean;
}) {
  const t = useTranslations("projects");
  const tStatus = useTranslations("assessmentStatuses");
  const report = part.report;
  const status = report ? tStatus(report.status) : "";
  return (
    <section className="card" aria-labelledby={`stage-${part.key}`}>
      <h3 id={`stage-${part.key}`} style={{ marginTop: 0 }}>
        {title}
      </h3>
      {report ? (
        <>
          <p>
            <span className="badge status">{report.version > 1 ? t("statusWithVersion", { status, version: report.version }) : status}</span>{" "}
            <RatingBadge rating={report.rating} provisional={!isSettled(report.status)} />
          </p>
          <p className="small muted">
            {t("answered", { answered: report.progress.answered, total: report.progress.total })}
            {report.redFlags.length > 0 && <span className="red-flag">{t("cardRedFlags", { count: report.redFlags.length })}</span>}
          </p>
          <div className="actions-row">
            {report.status === "draft" && canWrite && (
              <Link className="button" href={`/assessments/${report.id}`}>
                {t("continue")}
              </Link>
            )}
            <Link className="button secondary" href={`/assessments/${report.id}/report`}>
              {t("report")}
            </Link>
          </div>
        </>
      ) : (
        <>
          <p className="small muted">{t("notStarted")}</p>
          {canWrite && <StartAssessmentButton projectId={projectId} kind={kind} partnerId={partnerId} label={t("start")} />}
        </>
      )}
    </section>
  );
}
