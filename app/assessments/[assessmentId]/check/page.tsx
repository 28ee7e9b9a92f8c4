import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getAssessmentWithChecklistForOrg } from "@/db/queries/assessments";
import { AssessmentHeader } from "@/components/assessments/assessment-header";
import { SectionAnswers } from "@/components/assessments/section-answers";
import { SectionNav } from "@/components/assessments/section-nav";
import { SubmitPanel } from "@/components/assessments/submit-panel";
import { assessmentProgress } from "@/lib/forms/section-values";
import { assessmentTitle } from "@/lib/report/format";
import { requirePermission } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Check your answers" };

export default async function CheckAnswersPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  await connection();
  const { assessmentId } = await params;
  const found = await getAssessmentWithChecklistForOrg(await requirePermission("assessment:write"), assessmentId);
  if (!found) notFound();
  const { facts, project, checklist } = found;
  if (facts.status !== "draft") redirect(`/assessments/${assessmentId}/report`);
  const progress = assessmentProgress(checklist, facts);
  const unfinished = progress.filter((s) => !s.complete);
  return (
    <>
      <AssessmentHeader project={project} facts={facts} trail="Check your answers" />
      <h1>Check your answers</h1>
      <p className="muted">{assessmentTitle(facts)} · checklist version {checklist.version}</p>
      <div className="assessment-layout">
        <SectionNav assessmentId={assessmentId} progress={progress} currentSectionId={null} />
        <div>
          {unfinished.length > 0 && (
            <div className="notice error">
              <strong>{unfinished.length} section(s) still need answers:</strong>{" "}
              {unfinished.map((s, i) => (
                <span key={s.sectionId}>
                  {i > 0 && ", "}
                  <Link href={`/assessments/${assessmentId}/sections/${s.sectionId}`}>{s.title}</Link>
                </span>
              ))}
            </div>
          )}
          {checklist.sections.map((section) => (
            <SectionAnswers
              key={section.id}
              assessmentId={assessmentId}
              section={section}
              facts={facts}
              complete={progress.find((p) => p.sectionId === section.id)?.complete ?? false}
            />
          ))}
          <SubmitPanel assessmentId={assessmentId} ready={unfinished.length === 0} />
        </div>
      </div>
    </>
  );
}
