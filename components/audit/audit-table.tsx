import Link from "next/link";
import { useTranslations } from "next-intl";
import { changeLines, type ChangeEntry } from "@/lib/audit/change-words";
import { isAuditAction } from "@/lib/domain/audit-actions";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export type AuditRow = ChangeEntry & {
  id: number;
  actorName: string;
  action: string;
  createdAt: Date;
  projectId: string | null;
  projectName: string | null;
  assessmentKind: string | null;
  assessmentVersion: number | null;
};

/**
 * One page of the log. The change reads as words (lib/audit/change-words.ts), never as stored
 * JSON. Under 600 px each entry stands as a labelled card (`.stack-table`).
 */
export function AuditTable({ rows, locale, caption }: { rows: readonly AuditRow[]; locale: Locale; caption: string }) {
  const t = useTranslations("auditLog");
  const tAudit = useTranslations("audit");
  const tChecklists = useTranslations("checklists");
  const words = translatorFor(locale);
  return (
    <table className="stack-table" data-testid="audit-log">
      <caption className="muted small" style={{ textAlign: "left", padding: "0.4rem 0" }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ whiteSpace: "nowrap" }}>{t("columns.when")}</th>
          <th scope="col" style={{ whiteSpace: "nowrap" }}>{t("columns.who")}</th>
          <th scope="col" style={{ whiteSpace: "nowrap" }}>{t("columns.what")}</th>
          <th scope="col" style={{ whiteSpace: "nowrap" }}>{t("columns.change")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => {
          const lines = changeLines(e, words, locale);
          return (
            <tr key={e.id}>
              <td data-label={t("columns.when")} className="small">{formatDateTime(e.createdAt, locale, true)}</td>
              <td data-label={t("columns.who")}>{e.actorName}</td>
              <td data-label={t("columns.what")}>
                {/* Rows written before an action had words (or by a newer app) still show their name. */}
                {isAuditAction(e.action) ? tAudit(`actions.${e.action}`) : e.action}
                {e.projectId && (
                  <div className="small">
                    <Link href={`/projects/${e.projectId}`}>{e.projectName}</Link>
                    {e.assessmentKind && (
                      <span className="muted">
                        {" · "}
                        {tChecklists(e.assessmentKind as "before")}
                        {e.assessmentVersion ? ` · ${t("version", { version: e.assessmentVersion })}` : ""}
                      </span>
                    )}
                  </div>
                )}
                {/* The action's name stays: it is what support and the CSV search for. */}
                <div className="small muted item-id">{e.action}</div>
              </td>
              <td data-label={t("columns.change")} className="small stack-wide" style={{ maxWidth: 420, overflowWrap: "anywhere" }}>
                {lines.length === 0 ? (
                  <span className="muted">{t("noChange")}</span>
                ) : lines.length > 3 ? (
                  // A whole new record (a created project) reads as one paragraph, not a tall list.
                  <p className="change-lines">{lines.join(t("csvSeparator"))}</p>
                ) : (
                  <ul className="change-lines">
                    {lines.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
