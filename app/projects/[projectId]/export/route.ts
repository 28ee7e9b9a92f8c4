import { listAssessmentFactsForProject } from "@/db/queries/assessments";
import { loadEvidenceBytesForOrg, loadProjectExportForOrg } from "@/db/queries/export-project";
import { getProjectForOrg } from "@/db/queries/projects";
import { buildExportFile } from "@/lib/exports/build-export";
import { parseExportQuery } from "@/lib/exports/export-query";
import { buildProjectArchive } from "@/lib/exports/project-archive";
import { downloadNames } from "@/lib/exports/file-names";
import { badRequestResponse, downloadResponse, notFoundResponse } from "@/lib/http/download";
import { tablesResponse } from "@/lib/exports/tables-response";
import { translateRef } from "@/lib/i18n/message-ref";
import { serverLocale } from "@/lib/i18n/server-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { buildProjectReport } from "@/lib/report/project-report";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * One project: ?format=csv&table=answers|risks|indicators, ?format=xlsx, ?format=json (every
 * version), or ?format=zip (the project archive: the JSON and every evidence file it names). The
 * tables and file names follow the reader's language; the JSON file does not.
 */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const session = await getSessionContext();
  const { projectId } = await params;
  const locale = await serverLocale();
  const parsed = parseExportQuery(new URL(request.url).searchParams, ["csv", "xlsx", "json", "zip"]);
  if (!parsed.ok) return badRequestResponse(translateRef(translatorFor(locale), parsed.message));
  const now = new Date();
  if (parsed.query.format === "json" || parsed.query.format === "zip") {
    const { format } = parsed.query;
    const data = await loadProjectExportForOrg(session, projectId);
    if (!data) return notFoundResponse(locale);
    const file = buildExportFile({ contents: "project", project: data.project, assessments: data.assessments, exportedAt: now });
    const names = downloadNames(locale, format, now, (t) => ({ base: data.project.name, what: t(format === "zip" ? "exports.fileNames.archive" : "exports.fileNames.project") }));
    if (format === "json") return downloadResponse(JSON.stringify(file, null, 2), "json", names.name, names.fallback);
    const bytes = await loadEvidenceBytesForOrg(session, data.assessments.map((a) => a.id));
    return downloadResponse(buildProjectArchive(file, bytes) as Uint8Array<ArrayBuffer>, "zip", names.name, names.fallback);
  }
  const project = await getProjectForOrg(session, projectId);
  if (!project) return notFoundResponse(locale);
  const assessments = await listAssessmentFactsForProject(session, project);
  return tablesResponse([{ report: buildProjectReport(project, assessments), assessments }], parsed.query, project.name, now, locale);
}
