import { getAssessmentForOrg } from "@/db/queries/assessments";
import { downloadFileName, notFoundResponse } from "@/lib/http/download";
import { serverLocale } from "@/lib/i18n/server-locale";
import { pdfLocaleOf } from "@/lib/pdf/pdf-request";
import { pdfDownloadResponse } from "@/lib/pdf/pdf-response";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { wordsFor } from "@/lib/report/words";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * The assessment report as a PDF: the same report model as the HTML page, in the language asked
 * for (`?lang=`) or the reader's. Any role that can read it may download it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await getSessionContext();
  const found = await getAssessmentForOrg(session, assessmentId);
  if (!found) return notFoundResponse();
  const reader = await serverLocale();
  const locale = pdfLocaleOf(request.url, reader);
  const report = buildAssessmentReport(found.project, found.facts, locale);
  const generatedAt = new Date();
  const what = wordsFor(locale)("pdf.fileAssessment", { title: report.title, version: report.version });
  return pdfDownloadResponse(
    { kind: "assessment", organizationName: session.organizationName, generatedAt, locale, report },
    downloadFileName(report.project.name, what, "pdf", generatedAt),
    reader,
  );
}
