import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ChecklistKind } from "@/lib/checklists/definition-schema";
import { getChecklist } from "@/lib/checklists/registry";
import { formatDay } from "@/lib/i18n/format";
import { localize } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";

export type OverdueLine = {
  assessmentId: string;
  kind: ChecklistKind;
  checklistVersion: number;
  projectId: string;
  projectName: string;
  criterionId: string;
  /** An own risk's title (the checklist does not have it); null for the framework's risks. */
  ownTitle: string | null;
  likelihood: number | null;
  impact: number | null;
  action: string;
  owner: string;
  dueDate: string | null;
};

/** The risk's own words from the checklist it was rated on, so the line says what is overdue. */
function riskTitle(m: OverdueLine, locale: Locale): string {
  if (m.ownTitle !== null) return m.ownTitle;
  const item = getChecklist(m.kind, m.checklistVersion).sections.flatMap((s) => s.items).find((i) => i.id === m.criterionId);
  return item ? localize(item.prompt, locale) : "";
}

/** Open risks whose mitigation is past due, most overdue first (the query's order). */
export function OverdueLines({ rows }: { rows: OverdueLine[] }) {
  const t = useTranslations("home");
  const locale = useLocale() as Locale;
  return (
    <div className="table-wrap">
      <table data-testid="overdue" className="stack-table">
        <thead>
          <tr>
            <th scope="col">{t("risk")}</th>
            <th scope="col">{t("project")}</th>
            <th scope="col">{t("mitigation")}</th>
            <th scope="col">{t("ownerDue")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={`${m.assessmentId}-${m.criterionId}`}>
              <td data-label={t("risk")}>
                <Link href={`/assessments/${m.assessmentId}/report`}>{riskTitle(m, locale)}</Link>{" "}
                <span className="item-id">{m.criterionId}</span> ({m.likelihood ?? "?"} × {m.impact ?? "?"})
              </td>
              <td data-label={t("project")}>
                <Link href={`/projects/${m.projectId}`}>{m.projectName}</Link>
              </td>
              <td data-label={t("mitigation")} className="stack-wide">{m.action}</td>
              <td className="red-flag" data-label={t("ownerDue")}>
                {t.rich("ownerAndDue", {
                  owner: m.owner || "—",
                  due: formatDay(m.dueDate, locale),
                  day: (chunks) => <span style={{ whiteSpace: "nowrap" }}>{chunks}</span>,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
