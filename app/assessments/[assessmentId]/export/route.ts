import { loadAssessmentExportForOrg } from "@/db/queries/export-project";
import { buildExportFile } from "@/lib/exports/build-export";
import { parseExportQuery } from "@/lib/exports/export-query";
import { downloadNames } from "@/lib/exports/file-names";
import { badRequestResponse, downloadResponse, notFoundResponse } from "@/lib/http/download";
import { translateRef } from "@/lib/i18n/message-ref";
import { serverLocale } from "@/lib/i18n/server-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/** One assessment version with its project, as a JSON export file (docs/export-format.md); its name in the reader's language. */
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const session = await getSessionContext();
  const { assessmentId } = await params;
  const locale = await serverLocale();
  const search = new URL(request.url).searchParams;
  if (!search.has("format")) search.set("format", "json");
  const parsed = parseExportQuery(search, ["json"]);
  if (!parsed.ok) return badRequestResponse(translateRef(translatorFor(locale), parsed.message));
  const data = await loadAssessmentExportForOrg(session, assessmentId);
  if (!data) return notFoundResponse(locale);
  const now = new Date();
  const file = buildExportFile({ contents: "assessment", project: data.project, assessments: data.assessments, exportedAt: now });
  const assessment = data.assessments[0]!;
  const names = downloadNames(locale, "json", now, (t) => {
    const what = assessment.partner ? t("exports.fileNames.partner", { name: assessment.partner.name }) : t(`exports.fileNames.${assessment.kind}`);
    return { base: data.project.name, what: t("exports.fileNames.assessment", { what, version: assessment.version }) };
  });
  return downloadResponse(JSON.stringify(file, null, 2), "json", names.name, names.fallback);
}
