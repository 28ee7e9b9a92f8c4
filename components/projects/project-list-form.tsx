import { useTranslations } from "next-intl";
import { ListFilterForm, SelectFilter } from "@/components/lists/list-filter-form";
import { participationModes } from "@/lib/checklists/participation-modes";
import { projectSorts, projectStatuses, type ProjectListQuery } from "@/lib/lists/project-list-query";
import type { Country } from "@/lib/projects/countries";

/** The projects list's search, filters and sort. Searching starts again at page 1 (the form sends no page). */
export function ProjectListForm({ query, countries }: { query: ProjectListQuery; countries: readonly Country[] }) {
  const t = useTranslations("projectList");
  const tModes = useTranslations("modes");
  const tStatuses = useTranslations("assessmentStatuses");
  const filtered = query.q !== "" || query.mode || query.country || query.status;
  const clear = { label: t("clear"), href: query.sort === "updated" ? "/projects" : `/projects?sort=${query.sort}` };
  return (
    <ListFilterForm action="/projects" label={t("formLabel")} apply={t("apply")} clear={filtered ? clear : undefined} search>
      <div className="field">
        <label htmlFor="projects-q">{t("search")}</label>
        <p className="hint" id="projects-q-hint">{t("searchHint")}</p>
        <input type="search" id="projects-q" name="q" defaultValue={query.q} aria-describedby="projects-q-hint" maxLength={100} />
      </div>
      <div className="field-row">
        <SelectFilter id="projects-mode" name="mode" label={t("mode")} value={query.mode} all={t("allModes")} options={participationModes.map((m) => ({ value: m.id, label: tModes(`${m.id}.label`) }))} />
        <SelectFilter id="projects-country" name="country" label={t("country")} value={query.country} all={t("allCountries")} options={countries.map((c) => ({ value: c.code, label: c.name }))} />
        <SelectFilter id="projects-status" name="status" label={t("status")} value={query.status} all={t("anyStatus")} options={projectStatuses.map((s) => ({ value: s, label: tStatuses(s) }))} />
        <SelectFilter id="projects-sort" name="sort" label={t("sort")} value={query.sort} options={projectSorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))} />
      </div>
    </ListFilterForm>
  );
}
