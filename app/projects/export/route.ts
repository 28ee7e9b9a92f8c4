import { listProjectsWithAssessmentsForOrg } from "@/db/queries/portfolio";
import { parseExportQuery } from "@/lib/exports/export-query";
import { badRequestResponse } from "@/lib/http/download";
import { tablesResponse } from "@/lib/exports/tables-response";
import { translateRef, type Translate } from "@/lib/i18n/message-ref";
import { serverLocale } from "@/lib/i18n/server-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { buildProjectReport } from "@/lib/report/project-report";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/** Every project the session may see: ?format=csv&table=answers|risks|indicators or ?format=xlsx. */
export async function GET(request: Request) {
  const session = await getSessionContext();
  const locale = await serverLocale();
  const parsed = parseExportQuery(new URL(request.url).searchParams, ["csv", "xlsx"]);
  if (!parsed.ok) return badRequestResponse(translateRef(translatorFor(locale), parsed.message));
  const rows = await listProjectsWithAssessmentsForOrg(session);
  const inputs = rows.map(({ project, assessments }) => ({ report: buildProjectReport(project, assessments), assessments }));
  const baseName = (t: Translate) => t("exports.fileNames.portfolio", { organization: session.organizationName });
  return tablesResponse(inputs, parsed.query, baseName, new Date(), locale);
}
