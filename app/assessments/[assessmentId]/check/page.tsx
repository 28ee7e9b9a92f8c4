import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { getAssessmentWithChecklistForOrg } from "@/db/queries/assessments";
import { AssessmentHeader } from "@/components/assessments/assessment-header";
import { assessmentHeading } from "@/components/assessments/assessment-title";
import { SectionAnswers } from "@/components/assessments/section-answers";
import { SectionNav } from "@/components/assessments/section-nav";
import { SubmitPanel } from "@/components/assessments/submit-panel";
import { assessmentProgress } from "@/lib/forms/section-values";
import { requirePermission } from "@/lib/auth/guard";
import type { Translate } from "@/lib/i18n/message-ref";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("check");
  return { title: t("title") };
}

export default async function CheckAnswersPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  await connection();
  const { assessmentId } = await params;
  const [found, t, tAssessment, root, locale] = await Promise.all([
    requirePermission("assessment:write").then((session) => getAssessmentWithChecklistForOrg(session, assessmentId)),
    getTranslations("check"),
    getTranslations("assessment"),
    getTranslations(),
    getLocale(),
  ]);
  if (!found) notFound();
  const { facts, project, checklist } = found;
  if (facts.status !== "draft") redirect(`/assessments/${assessmentId}/report`);
  const progress = assessmentProgress(checklist, facts, locale);
  const unfinished = progress.filter((s) => !s.complete);
  return (
    <>
      <AssessmentHeader project={project} facts={facts} trail={t("title")} />
      <h1 id="check-title" tabIndex={-1}>{t("title")}</h1>
      <p className="muted">
        {tAssessment("checklistVersion", { title: assessmentHeading(facts, root as unknown as Translate), version: checklist.version })}
      </p>
      <div className="assessment-layout">
        <SectionNav assessmentId={assessmentId} progress={progress} currentSectionId={null} />
        <div>
          {unfinished.length > 0 && (
            <div className="notice error">
              <strong>{t("unfinished", { count: unfinished.length })}</strong>{" "}
              {unfinished.map((s, i) => (
                <span key={s.sectionId}>
                  {i > 0 && t("listSeparator")}
                  <Link href={`/assessments/${assessmentId}/sections/${s.sectionId}?unfinished=1`}>{s.title}</Link>
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
          <SubmitPanel assessmentId={assessmentId} unfinished={unfinished.map((s) => ({ sectionId: s.sectionId, title: s.title }))} />
        </div>
      </div>
    </>
  );
}
