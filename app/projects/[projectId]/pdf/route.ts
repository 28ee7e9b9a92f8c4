import { listAssessmentFactsForProject } from "@/db/queries/assessments";
import { getProjectForOrg } from "@/db/queries/projects";
import { downloadFileName, notFoundResponse } from "@/lib/http/download";
import { serverLocale } from "@/lib/i18n/server-locale";
import { pdfLocaleOf } from "@/lib/pdf/pdf-request";
import { pdfDownloadResponse } from "@/lib/pdf/pdf-response";
import { buildProjectReport } from "@/lib/report/project-report";
import { wordsFor } from "@/lib/report/words";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/** The project report as a PDF (summary, one chapter per stage and partner, sources), in the language asked for. */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const session = await getSessionContext();
  const project = await getProjectForOrg(session, projectId);
  if (!project) return notFoundResponse();
  const reader = await serverLocale();
  const locale = pdfLocaleOf(request.url, reader);
  const report = buildProjectReport(project, await listAssessmentFactsForProject(session, project), locale);
  const generatedAt = new Date();
  return pdfDownloadResponse(
    { kind: "project", organizationName: session.organizationName, generatedAt, locale, report },
    downloadFileName(project.name, wordsFor(locale)("pdf.fileProjectReport"), "pdf", generatedAt),
    reader,
  );
}
