import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listProjectCountriesForOrg, listProjectPageForOrg } from "@/db/queries/project-list";
import { PortfolioDownloadLinks } from "@/components/exports/download-links";
import { Pager } from "@/components/lists/pager";
import { ProjectListForm } from "@/components/projects/project-list-form";
import { ProjectTable } from "@/components/projects/project-table";
import { collatorFor } from "@/lib/i18n/locales";
import { serverLocale } from "@/lib/i18n/server-locale";
import { parseProjectListQuery, projectListDefaults } from "@/lib/lists/project-list-query";
import { listHref, type RawSearchParams } from "@/lib/lists/search-params";
import { countryName } from "@/lib/projects/countries";
import { getSessionContext } from "@/lib/session";
import { can } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("title") };
}

/** The projects list: its search, filters, sort and page live in the URL, so a reload or a shared link shows the same list. */
export default async function ProjectsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const session = await getSessionContext();
  const query = parseProjectListQuery(await searchParams);
  const locale = await serverLocale();
  const [list, codes, t, tList] = await Promise.all([
    listProjectPageForOrg(session, query, locale),
    listProjectCountriesForOrg(session),
    getTranslations("projects"),
    getTranslations("projectList"),
  ]);
  const countries = codes.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => collatorFor(locale).compare(a.name, b.name));
  const hasProjects = codes.length > 0;
  const pageHref = (page: number) => listHref("/projects", { ...query, page }, projectListDefaults);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted">{t("intro")}</p>
        </div>
        {can(session.role, "project:write") && (
          <div className="actions-row">
            <Link className="button secondary" href="/projects/import">
              {t("import")}
            </Link>
            <Link className="button" href="/projects/new">
              {t("newProject")}
            </Link>
          </div>
        )}
      </div>
      {hasProjects && <PortfolioDownloadLinks />}
      {!hasProjects ? (
        <div className="card">
          <h2>{t("noProjectsTitle")}</h2>
          <p>{t("noProjectsText")}</p>
          {can(session.role, "project:write") && (
            <Link className="button" href="/projects/new">
              {t("createProject")}
            </Link>
          )}
        </div>
      ) : (
        <>
          <ProjectListForm query={query} countries={countries} />
          <p className="result-count" role="status">{tList("found", { count: list.total })}</p>
          {list.total === 0 ? (
            <div className="card">
              <h2>{tList("noMatchTitle")}</h2>
              <p>{tList("noMatchText")}</p>
            </div>
          ) : (
            <>
              <ProjectTable rows={list.rows} caption={tList("caption", { page: list.page, count: list.pageCount })} />
              <Pager page={list.page} pageCount={list.pageCount} href={pageHref} label={tList("pages")} />
            </>
          )}
        </>
      )}
    </>
  );
}
