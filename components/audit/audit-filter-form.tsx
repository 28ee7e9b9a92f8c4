import Link from "next/link";
import { useTranslations } from "next-intl";
import { auditActions } from "@/lib/domain/audit-actions";
import type { AuditFilters } from "@/lib/lists/audit-query";

type Option = { id: string; name: string };

/**
 * A plain GET form to /audit (no JavaScript needed; the result is a link). The values are ids,
 * action names and ISO days, so a shared link means the same in either language.
 */
export function AuditFilterForm({ filters, people, projects }: { filters: AuditFilters; people: readonly Option[]; projects: readonly Option[] }) {
  const t = useTranslations("auditLog");
  const tAudit = useTranslations("audit");
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <form method="get" action="/audit" className="card no-print filter-form list-filters" aria-label={t("formLabel")}>
      <div className="field-row">
        <div className="field">
          <label htmlFor="audit-who">{t("who")}</label>
          <select id="audit-who" name="who" defaultValue={filters.who ?? ""}>
            <option value="">{t("everyone")}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t("action")}</label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">{t("allActions")}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>{tAudit(`actions.${a}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-project">{t("project")}</label>
          <select id="audit-project" name="project" defaultValue={filters.project ?? ""}>
            <option value="">{t("allProjects")}</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t("from")}</label>
          <input type="date" id="audit-from" name="from" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("to")}</label>
          <input type="date" id="audit-to" name="to" defaultValue={filters.to ?? ""} />
        </div>
      </div>
      <div className="actions-row">
        <button type="submit" className="button">{t("apply")}</button>
        {filtered && <Link href="/audit">{t("clear")}</Link>}
      </div>
    </form>
  );
}
