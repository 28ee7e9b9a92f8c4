import { useTranslations } from "next-intl";
import { ListFilterForm, SelectFilter } from "@/components/lists/list-filter-form";
import { auditActions } from "@/lib/domain/audit-actions";
import type { AuditFilters } from "@/lib/lists/audit-query";

type Option = { id: string; name: string };

/** The audit log's filters: who, what, which project, between which days. */
export function AuditFilterForm({ filters, people, projects }: { filters: AuditFilters; people: readonly Option[]; projects: readonly Option[] }) {
  const t = useTranslations("auditLog");
  const tAudit = useTranslations("audit");
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const byName = (list: readonly Option[]) => list.map((o) => ({ value: o.id, label: o.name }));
  return (
    <ListFilterForm action="/audit" label={t("formLabel")} apply={t("apply")} clear={filtered ? { label: t("clear"), href: "/audit" } : undefined}>
      <div className="field-row">
        <SelectFilter id="audit-who" name="who" label={t("who")} value={filters.who} all={t("everyone")} options={byName(people)} />
        <SelectFilter id="audit-action" name="action" label={t("action")} value={filters.action} all={t("allActions")} options={auditActions.map((a) => ({ value: a, label: tAudit(`actions.${a}`) }))} />
        <SelectFilter id="audit-project" name="project" label={t("project")} value={filters.project} all={t("allProjects")} options={byName(projects)} />
        <div className="field">
          <label htmlFor="audit-from">{t("from")}</label>
          <input type="date" id="audit-from" name="from" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("to")}</label>
          <input type="date" id="audit-to" name="to" defaultValue={filters.to ?? ""} />
        </div>
      </div>
    </ListFilterForm>
  );
}
