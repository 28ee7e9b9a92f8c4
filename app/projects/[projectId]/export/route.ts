import { listAssessmentFactsForProject } from "@/db/queries/assessments";
import { loadProjectExportForOrg } from "@/db/queries/export-project";
import { getProjectForOrg } from "@/db/queries/projects";
import { buildExportFile } from "@/lib/exports/build-export";
import { parseExportQuery } from "@/lib/exports/export-query";
import { badRequestResponse, downloadFileName, downloadResponse, notFoundResponse } from "@/lib/http/download";
import { tablesResponse } from "@/lib/exports/tables-response";
import { buildProjectReport } from "@/lib/report/project-report";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/** One project: ?format=csv&table=answers|risks|indicators, ?format=xlsx, or ?format=json (every version). */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const session = await getSessionContext();
  const { projectId } = await params;
  const parsed = parseExportQuery(new URL(request.url).searchParams, ["csv", "xlsx", "json"]);
  if (!parsed.ok) return badRequestResponse(parsed.message);
  const now = new Date();
  if (parsed.query.format === "json") {
    const data = await loadProjectExportForOrg(session, projectId);
    if (!data) return notFoundResponse();
    const file = buildExportFile({ contents: "project", project: data.project, assessments: data.assessments, exportedAt: now });
    return downloadResponse(JSON.stringify(file, null, 2), "json", downloadFileName(data.project.name, "project", "json", now));
  }
  const project = await getProjectForOrg(session, projectId);
  if (!project) return notFoundResponse();
  const assessments = await listAssessmentFactsForProject(session, project);
  return tablesResponse([{ report: buildProjectReport(project, assessments), assessments }], parsed.query, project.name, now);
}
