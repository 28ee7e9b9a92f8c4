import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listAuditActorsForOrg, listAuditPageForOrg, listProjectNamesForOrg } from "@/db/queries/audit-list";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { Pager } from "@/components/lists/pager";
import { requirePermission } from "@/lib/auth/guard";
import { serverLocale } from "@/lib/i18n/server-locale";
import { auditFilters, auditQueryDefaults, parseAuditQuery } from "@/lib/lists/audit-query";
import { listHref, type RawSearchParams } from "@/lib/lists/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("metaTitle") };
}

/** Read-only: the app has no path that edits or deletes the log, and the database refuses it too. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const session = await requirePermission("audit:read");
  const query = parseAuditQuery(await searchParams);
  const filters = auditFilters(query);
  const [list, people, projects, t, tLog, locale] = await Promise.all([
    listAuditPageForOrg(session, filters, query.page),
    listAuditActorsForOrg(session),
    listProjectNamesForOrg(session),
    getTranslations("audit"),
    getTranslations("auditLog"),
    serverLocale(),
  ]);
  const pageHref = (page: number) => listHref("/audit", { ...filters, page }, auditQueryDefaults);
  const csvHref = listHref("/audit/export", filters, {});
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{tLog("intro")}</p>
      <AuditFilterForm filters={filters} people={people} projects={projects} />
      <div className="actions-row" style={{ justifyContent: "space-between" }}>
        <p className="result-count" role="status">{tLog("found", { count: list.total })}</p>
        {list.total > 0 && (
          <a href={csvHref} download className="no-print">{tLog("download")}</a>
        )}
      </div>
      {list.total === 0 ? (
        <div className="card">
          <h2>{tLog("noMatchTitle")}</h2>
          <p>{tLog("noMatchText")}</p>
        </div>
      ) : (
        <>
          <AuditTable rows={list.rows} locale={locale} caption={tLog("caption", { page: list.page, count: list.pageCount })} />
          <Pager page={list.page} pageCount={list.pageCount} href={pageHref} label={tLog("pages")} />
        </>
      )}
    </>
  );
}
