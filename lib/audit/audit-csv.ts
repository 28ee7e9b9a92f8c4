import { tableToCsv } from "@/lib/exports/csv";
import type { Column } from "@/lib/exports/tables";
import { isAuditAction } from "@/lib/domain/audit-actions";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { changeLines, type ChangeEntry } from "./change-words";

export type AuditCsvRow = ChangeEntry & { actorName: string; action: string; createdAt: Date; projectName: string | null };

/**
 * The filtered log as CSV, in the reader's language: the same words as the page, one line per
 * entry. The moment stays ISO (UTC) so every spreadsheet sorts it; the action's stored name and
 * the record's id stay beside the words, for support and for matching other exports.
 */
export function auditCsv(rows: readonly AuditCsvRow[], locale: Locale): string {
  const t = translatorFor(locale);
  const column = (key: string, width: number): Column => ({ header: t(`auditLog.csv.${key}`), width, kind: "text" });
  const columns = [column("when", 22), column("who", 20), column("action", 30), column("actionName", 20), column("project", 30), column("entity", 40), column("change", 80)];
  return tableToCsv({
    columns,
    rows: rows.map((e) => [
      e.createdAt.toISOString(),
      e.actorName,
      isAuditAction(e.action) ? t(`audit.actions.${e.action}`) : e.action,
      e.action,
      e.projectName,
      e.entityId,
      changeLines(e, t, locale).join(t("auditLog.csvSeparator")),
    ]),
  });
}
