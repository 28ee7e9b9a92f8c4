import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { listAuditForOrg } from "@/db/queries/audit";
import { requirePermission } from "@/lib/auth/guard";
import { isAuditAction } from "@/lib/domain/audit-actions";
import { formatDateTime } from "@/lib/i18n/format";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("metaTitle") };
}

const LIMIT = 300;

// The values are the record itself (field names and stored values), shown as stored: not translated.
const show = (value: unknown) => (value === null || value === undefined ? "—" : JSON.stringify(value));

/** Read-only: the app has no path that edits or deletes the log, and the database refuses it too. */
export default async function AuditPage() {
  await connection();
  const session = await requirePermission("audit:read");
  const [entries, t, current] = await Promise.all([listAuditForOrg(session, { limit: LIMIT }), getTranslations("audit"), getLocale()]);
  const locale = isLocale(current) ? current : defaultLocale;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro", { count: LIMIT })}</p>
      <div className="table-wrap">
        <table data-testid="audit-log">
          <thead>
            <tr>
              <th scope="col" style={{ whiteSpace: "nowrap" }}>{t("columns.when")}</th>
              <th scope="col" style={{ whiteSpace: "nowrap" }}>{t("columns.who")}</th>
              <th scope="col" style={{ whiteSpace: "nowrap" }}>{t("columns.what")}</th>
              <th scope="col" style={{ whiteSpace: "nowrap" }}>{t("columns.before")}</th>
              <th scope="col" style={{ whiteSpace: "nowrap" }}>{t("columns.after")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="small">{formatDateTime(e.createdAt, locale, true)}</td>
                <td>{e.actorName}</td>
                <td>
                  {/* Rows written before an action had words (or by a newer app) still show their name. */}
                  {isAuditAction(e.action) ? t(`actions.${e.action}`) : e.action}
                  {/* The action's name stays beside the words: it is what support and exports search for. */}
                  <div className="small muted item-id">
                    {e.action} · {e.entityId}
                  </div>
                </td>
                <td className="small" style={{ maxWidth: 260, overflowWrap: "anywhere" }}>{show(e.before)}</td>
                <td className="small" style={{ maxWidth: 260, overflowWrap: "anywhere" }}>{show(e.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
