import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import { getAssessmentWithChecklistForOrg } from "@/db/queries/assessments";
import { assessmentProgress } from "@/lib/forms/section-values";
import { can } from "@/lib/auth/roles";
import { getSessionContext } from "@/lib/session";

/** Opens an assessment where the work is: the first unfinished section, or the check page. */
export default async function AssessmentPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  await connection();
  const { assessmentId } = await params;
  const session = await getSessionContext();
  const found = await getAssessmentWithChecklistForOrg(session, assessmentId);
  if (!found) notFound();
  if (found.facts.status !== "draft" || !can(session.role, "assessment:write")) redirect(`/assessments/${assessmentId}/report`);
  const next = assessmentProgress(found.checklist, found.facts, await getLocale()).find((s) => !s.complete);
  redirect(next ? `/assessments/${assessmentId}/sections/${next.sectionId}` : `/assessments/${assessmentId}/check`);
}
