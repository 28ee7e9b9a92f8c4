import { listAssessmentFactsForProject } from "@/db/queries/assessments";
import { getProjectForOrg } from "@/db/queries/projects";
import { downloadFileName, notFoundResponse } from "@/lib/http/download";
import { pdfDownloadResponse } from "@/lib/pdf/pdf-response";
import { buildProjectReport } from "@/lib/report/project-report";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/** The project report as a PDF: summary, one chapter per stage and partner, sources. */
export async function GET(_request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const session = await getSessionContext();
  const project = await getProjectForOrg(session, projectId);
  if (!project) return notFoundResponse();
  const report = buildProjectReport(project, await listAssessmentFactsForProject(session, project));
  const generatedAt = new Date();
  return pdfDownloadResponse(
    { kind: "project", organizationName: session.organizationName, generatedAt, report },
    downloadFileName(project.name, "project report", "pdf", generatedAt),
  );
}
