import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getSectionPageForOrg } from "@/db/queries/section-page";
import { evidenceFileView, type EvidenceFileView } from "@/components/evidence/evidence-file-view";
import { AssessmentHeader } from "@/components/assessments/assessment-header";
import { assessmentHeading } from "@/components/assessments/assessment-title";
import { AddOwnRisk } from "@/components/assessments/add-own-risk";
import { SectionForm } from "@/components/assessments/section-form";
import { ownRiskSections } from "@/lib/checklists/assessment-checklist";
import { SectionNav } from "@/components/assessments/section-nav";
import { ReturnNotes } from "@/components/review/return-notes";
import { commentsByItem } from "@/components/review/item-comments";
import { partsOfValues } from "@/lib/forms/section-changes";
import { assessmentProgress, sectionFormValues } from "@/lib/forms/section-values";
import { requirePermission } from "@/lib/auth/guard";
import type { Translate } from "@/lib/i18n/message-ref";
import { localize } from "@/lib/i18n/localized-text";

type Params = { params: Promise<{ assessmentId: string; sectionId: string }> };
type PageProps = Params & { searchParams: Promise<{ unfinished?: string }> };

/** The page and its title read the same assessment: once per request, in at most five statements. */
const loadAssessment = cache(async (assessmentId: string) => {
  const session = await requirePermission("assessment:write");
  return { session, found: await getSectionPageForOrg(session, assessmentId) };
});

/** The tab names the section and what it belongs to: "Country context and safety · Before: participation evaluation". */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await connection();
  const { assessmentId, sectionId } = await params;
  const [{ found }, t, root, locale] = await Promise.all([loadAssessment(assessmentId), getTranslations("section"), getTranslations(), getLocale()]);
  const section = found?.checklist.sections.find((s) => s.id === sectionId);
  if (!found || !section) return {};
  return {
    title: t("pageTitle", { section: localize(section.title, locale), checklist: assessmentHeading(found.facts, root as unknown as Translate), project: found.project.name }),
  };
}

export default async function SectionPage({ params, searchParams }: PageProps) {
  await connection();
  const { assessmentId, sectionId } = await params;
  const { unfinished } = await searchParams;
  const [{ session, found }, t, tAssessment, root, locale] = await Promise.all([
    loadAssessment(assessmentId),
    getTranslations("section"),
    getTranslations("assessment"),
    getTranslations(),
    getLocale(),
  ]);
  if (!found) notFound();
  const { facts, project, checklist } = found;
  if (facts.status !== "draft") redirect(`/assessments/${assessmentId}/report`);
  const index = checklist.sections.findIndex((s) => s.id === sectionId);
  const section = checklist.sections[index];
  if (!section) notFound();
  const previous = checklist.sections[index - 1];
  const next = checklist.sections[index + 1];
  const base = `/assessments/${assessmentId}`;
  const revisions = Object.fromEntries(partsOfValues(sectionFormValues(section, facts)).map((p) => [p.key, found.revisions[p.key] ?? 0]));
  const returnNotes = found.returnNotes.filter((n) => n.criterionId === null || section.items.some((i) => i.id === n.criterionId));
  const files: Record<string, EvidenceFileView[]> = {};
  for (const file of facts.files ?? []) if (file.id) (files[file.criterionId] ??= []).push(evidenceFileView({ ...file, id: file.id }));
  const title = localize(section.title, locale);
  const categories = ownRiskSections(checklist).map((s) => ({ id: s.id, title: localize(s.title, locale) }));
  return (
    <>
      {/* Past the header, the trail and the list of sections, straight to this section's questions. */}
      <a className="skip-link" href="#section-title">
        {t("skipToQuestions")}
      </a>
      <AssessmentHeader project={project} facts={facts} trail={title} />
      <h1>{assessmentHeading(facts, root as unknown as Translate)}</h1>
      <p className="muted small">{tAssessment("checklistVersion", { title: localize(checklist.title, locale), version: checklist.version })}</p>
      <div className="assessment-layout">
        <SectionNav assessmentId={assessmentId} progress={assessmentProgress(checklist, facts, locale)} currentSectionId={section.id} />
        <div>
          <h2 id="section-title" tabIndex={-1} style={{ marginTop: 0 }}>
            {t("heading", { number: index + 1, total: checklist.sections.length, title })}
          </h2>
          <p>{localize(section.intro, locale)}</p>
          <ReturnNotes notes={returnNotes} heading={t("returnedWith", { version: facts.version - 1 })} linkItems />
          <SectionForm
            // A new list of items (an own risk added or removed) starts the form afresh with it;
            // changes not yet sent are kept on the device and laid over it again.
            key={section.items.map((i) => i.id).join(" ")}
            owner={session.userId}
            assessmentId={assessmentId}
            section={section}
            initial={sectionFormValues(section, facts)}
            revisions={revisions}
            files={files}
            previousHref={previous ? `${base}/sections/${previous.id}` : null}
            nextHref={next ? `${base}/sections/${next.id}` : `${base}/check`}
            nextLabel={next ? t("saveAndContinue") : t("saveAndCheck")}
            showUnfinished={unfinished === "1"}
            itemComments={commentsByItem(returnNotes)}
          />
          {categories.some((c) => c.id === section.id) && <AddOwnRisk assessmentId={assessmentId} sectionId={section.id} categories={categories} />}
        </div>
      </div>
    </>
  );
}
