import { listAssessmentFactsForProject } from "@/db/queries/assessments";
import { loadProjectExportForOrg } from "@/db/queries/export-project";
import { getProjectForOrg } from "@/db/queries/projects";
import { buildExportFile } from "@/lib/exports/build-export";
import { parseExportQuery } from "@/lib/exports/export-query";
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
 * One project: ?format=csv&table=answers|risks|indicators, ?format=xlsx, or ?format=json (every
 * version). The tables and file names follow the reader's language; the JSON file does not.
 */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const session = await getSessionContext();
  const { projectId } = await params;
  const locale = await serverLocale();
  const parsed = parseExportQuery(new URL(request.url).searchParams, ["csv", "xlsx", "json"]);
  if (!parsed.ok) return badRequestResponse(translateRef(translatorFor(locale), parsed.message));
  const now = new Date();
  if (parsed.query.format === "json") {
    const data = await loadProjectExportForOrg(session, projectId);
    if (!data) return notFoundResponse(locale);
    const file = buildExportFile({ contents: "project", project: data.project, assessments: data.assessments, exportedAt: now });
    const names = downloadNames(locale, "json", now, (t) => ({ base: data.project.name, what: t("exports.fileNames.project") }));
    return downloadResponse(JSON.stringify(file, null, 2), "json", names.name, names.fallback);
  }
  const project = await getProjectForOrg(session, projectId);
  if (!project) return notFoundResponse(locale);
  const assessments = await listAssessmentFactsForProject(session, project);
  return tablesResponse([{ report: buildProjectReport(project, assessments), assessments }], parsed.query, project.name, now, locale);
}
