import { listAuditForExport } from "@/db/queries/audit-list";
import { auditCsv } from "@/lib/audit/audit-csv";
import { can } from "@/lib/auth/roles";
import { downloadNames } from "@/lib/exports/file-names";
import { downloadResponse, forbiddenResponse } from "@/lib/http/download";
import { serverLocale } from "@/lib/i18n/server-locale";
import { auditFilters, parseAuditQuery } from "@/lib/lists/audit-query";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/** A download is one response in memory: past this many entries, narrow the dates. */
const MAX_ROWS = 100_000;

/** The audit log as CSV with the page's filters (?who=&action=&project=&from=&to=); the same permission as the page. */
export async function GET(request: Request) {
  const session = await getSessionContext();
  const locale = await serverLocale();
  if (!can(session.role, "audit:read")) return forbiddenResponse(locale);
  const filters = auditFilters(parseAuditQuery(new URL(request.url).searchParams));
  const rows = await listAuditForExport(session, filters, MAX_ROWS);
  const names = downloadNames(locale, "csv", new Date(), (t) => ({ base: session.organizationName, what: t("auditLog.csv.fileName") }));
  return downloadResponse(auditCsv(rows, locale), "csv", names.name, names.fallback);
}
