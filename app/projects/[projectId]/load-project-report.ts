import { notFound } from "next/navigation";
import { listAssessmentFactsForProject } from "@/db/queries/assessments";
import { getProjectForOrg } from "@/db/queries/projects";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { buildProjectReport } from "@/lib/report/project-report";
import { getSessionContext } from "@/lib/session";

/**
 * The project's report model for the session's organisation (and the session), or the 404 page;
 * its words in `locale` (English for callers that pass none).
 */
export async function loadProjectReport(projectId: string, locale: Locale = defaultLocale) {
  const session = await getSessionContext();
  const project = await getProjectForOrg(session, projectId);
  if (!project) notFound();
  return { session, report: buildProjectReport(project, await listAssessmentFactsForProject(session, project), locale) };
}
