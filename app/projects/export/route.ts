import { listProjectsWithAssessmentsForOrg } from "@/db/queries/portfolio";
import { parseExportQuery } from "@/lib/exports/export-query";
import { badRequestResponse } from "@/lib/http/download";
import { tablesResponse } from "@/lib/exports/tables-response";
import { buildProjectReport } from "@/lib/report/project-report";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/** Every project the session may see: ?format=csv&table=answers|risks|indicators or ?format=xlsx. */
export async function GET(request: Request) {
  const session = await getSessionContext();
  const parsed = parseExportQuery(new URL(request.url).searchParams, ["csv", "xlsx"]);
  if (!parsed.ok) return badRequestResponse(parsed.message);
  const rows = await listProjectsWithAssessmentsForOrg(session);
  const inputs = rows.map(({ project, assessments }) => ({ report: buildProjectReport(project, assessments), assessments }));
  return tablesResponse(inputs, parsed.query, `${session.organizationName} portfolio`);
}
