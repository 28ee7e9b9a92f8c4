import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getAssessmentWithChecklistForOrg } from "@/db/queries/assessments";
import { listPartRevisionsForOrg } from "@/db/queries/section-changes";
import { listReturnNotesOfPreviousVersion } from "@/db/queries/versions";
import { AssessmentHeader } from "@/components/assessments/assessment-header";
import { SectionForm } from "@/components/assessments/section-form";
import { SectionNav } from "@/components/assessments/section-nav";
import { ReturnNotes } from "@/components/review/return-notes";
import { partsOfValues } from "@/lib/forms/section-changes";
import { assessmentProgress, sectionFormValues } from "@/lib/forms/section-values";
import { assessmentTitle } from "@/lib/report/format";
import { requirePermission } from "@/lib/auth/guard";
import { localize } from "@/lib/i18n/localized-text";

export const metadata: Metadata = { title: "Assessment" };

export default async function SectionPage({ params }: { params: Promise<{ assessmentId: string; sectionId: string }> }) {
  await connection();
  const { assessmentId, sectionId } = await params;
  const session = await requirePermission("assessment:write");
  const found = await getAssessmentWithChecklistForOrg(session, assessmentId);
  if (!found) notFound();
  const { facts, project, checklist } = found;
  if (facts.status !== "draft") redirect(`/assessments/${assessmentId}/report`);
  const index = checklist.sections.findIndex((s) => s.id === sectionId);
  const section = checklist.sections[index];
  if (!section) notFound();
  const previous = checklist.sections[index - 1];
  const next = checklist.sections[index + 1];
  const base = `/assessments/${assessmentId}`;
  const revisions = await listPartRevisionsForOrg(session, facts.id, partsOfValues(sectionFormValues(section, facts)).map((p) => p.key));
  const returnNotes = (await listReturnNotesOfPreviousVersion(session, facts)).filter(
    (n) => n.criterionId === null || section.items.some((i) => i.id === n.criterionId),
  );
  return (
    <>
      <AssessmentHeader project={project} facts={facts} trail={localize(section.title, "en")} />
      <h1>{assessmentTitle(facts)}</h1>
      <p className="muted small">
        {localize(checklist.title, "en")} · checklist version {checklist.version}
      </p>
      <div className="assessment-layout">
        <SectionNav assessmentId={assessmentId} progress={assessmentProgress(checklist, facts)} currentSectionId={section.id} />
        <div>
          <h2 id="section-title" style={{ marginTop: 0 }}>
            Section {index + 1} of {checklist.sections.length}: {localize(section.title, "en")}
          </h2>
          <p>{localize(section.intro, "en")}</p>
          <ReturnNotes notes={returnNotes} heading={`Version ${facts.version - 1} was returned with these comments:`} />
          <SectionForm
            owner={session.userId}
            assessmentId={assessmentId}
            section={section}
            initial={sectionFormValues(section, facts)}
            revisions={revisions}
            previousHref={previous ? `${base}/sections/${previous.id}` : null}
            nextHref={next ? `${base}/sections/${next.id}` : `${base}/check`}
            nextLabel={next ? "Save and continue" : "Save and check your answers"}
          />
        </div>
      </div>
    </>
  );
}
