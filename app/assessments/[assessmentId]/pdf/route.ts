import { getAssessmentForOrg } from "@/db/queries/assessments";
import { downloadFileName, notFoundResponse } from "@/lib/http/download";
import { pdfDownloadResponse } from "@/lib/pdf/pdf-response";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/** The assessment report as a PDF: the same report model as the HTML page. Any role that can read it may download it. */
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await getSessionContext();
  const found = await getAssessmentForOrg(session, assessmentId);
  if (!found) return notFoundResponse();
  const report = buildAssessmentReport(found.project, found.facts);
  const generatedAt = new Date();
  return pdfDownloadResponse(
    { kind: "assessment", organizationName: session.organizationName, generatedAt, report },
    downloadFileName(report.project.name, `${report.title} v${report.version}`, "pdf", generatedAt),
  );
}
