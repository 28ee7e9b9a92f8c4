import { loadAssessmentExportForOrg } from "@/db/queries/export-project";
import { buildExportFile } from "@/lib/exports/build-export";
import { parseExportQuery } from "@/lib/exports/export-query";
import { badRequestResponse, downloadFileName, downloadResponse, notFoundResponse } from "@/lib/http/download";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/** One assessment version with its project, as a JSON export file (docs/export-format.md). */
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const session = await getSessionContext();
  const { assessmentId } = await params;
  const search = new URL(request.url).searchParams;
  if (!search.has("format")) search.set("format", "json");
  const parsed = parseExportQuery(search, ["json"]);
  if (!parsed.ok) return badRequestResponse(parsed.message);
  const data = await loadAssessmentExportForOrg(session, assessmentId);
  if (!data) return notFoundResponse();
  const now = new Date();
  const file = buildExportFile({ contents: "assessment", project: data.project, assessments: data.assessments, exportedAt: now });
  const assessment = data.assessments[0]!;
  const what = `${assessment.partner ? `partner-${assessment.partner.name}` : assessment.kind}-v${assessment.version}`;
  return downloadResponse(JSON.stringify(file, null, 2), "json", downloadFileName(data.project.name, what, "json", now));
}
