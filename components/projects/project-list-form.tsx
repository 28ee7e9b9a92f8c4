import Link from "next/link";
import { useTranslations } from "next-intl";
import { participationModes } from "@/lib/checklists/participation-modes";
import { projectSorts, projectStatuses, type ProjectListQuery } from "@/lib/lists/project-list-query";
import type { Country } from "@/lib/projects/countries";

/**
 * A plain GET form to /projects: it works without JavaScript, and the result is a URL to reload
 * or share. Each select's empty option means "all"; the values are codes, so a shared link works
 * in either language. Searching starts again at page 1 (the form sends no page).
 */
export function ProjectListForm({ query, countries }: { query: ProjectListQuery; countries: readonly Country[] }) {
  const t = useTranslations("projectList");
  const tModes = useTranslations("modes");
  const tStatuses = useTranslations("assessmentStatuses");
  const filtered = query.q !== "" || query.mode || query.country || query.status;
  return (
    <form method="get" action="/projects" className="card no-print filter-form list-filters" role="search" aria-label={t("formLabel")}>
      <div className="field">
        <label htmlFor="projects-q">{t("search")}</label>
        <p className="hint" id="projects-q-hint">{t("searchHint")}</p>
        <input type="search" id="projects-q" name="q" defaultValue={query.q} aria-describedby="projects-q-hint" maxLength={100} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="projects-mode">{t("mode")}</label>
          <select id="projects-mode" name="mode" defaultValue={query.mode ?? ""}>
            <option value="">{t("allModes")}</option>
            {participationModes.map((m) => (
              <option key={m.id} value={m.id}>{tModes(`${m.id}.label`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="projects-country">{t("country")}</label>
          <select id="projects-country" name="country" defaultValue={query.country ?? ""}>
            <option value="">{t("allCountries")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>{c.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="projects-status">{t("status")}</label>
          <select id="projects-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("anyStatus")}</option>
            {projectStatuses.map((s) => (
              <option key={s} value={s}>{tStatuses(s)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="projects-sort">{t("sort")}</label>
          <select id="projects-sort" name="sort" defaultValue={query.sort}>
            {projectSorts.map((s) => (
              <option key={s} value={s}>{t(`sorts.${s}`)}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions-row">
        <button type="submit" className="button">{t("apply")}</button>
        {filtered && <Link href={query.sort === "updated" ? "/projects" : `/projects?sort=${query.sort}`}>{t("clear")}</Link>}
      </div>
    </form>
  );
}
