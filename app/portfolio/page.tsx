import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listPortfolioForOrg } from "@/db/queries/portfolio-counted";
import { listAssessmentVersionsForOrg } from "@/db/queries/portfolio-trends";
import { Pager } from "@/components/lists/pager";
import { PortfolioDownloadLinks } from "@/components/exports/download-links";
import { CountryGrid } from "@/components/portfolio/country-grid";
import { FilterForm } from "@/components/portfolio/filter-form";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { TrendTable } from "@/components/portfolio/trend-table";
import { groupByCountry } from "@/lib/portfolio/country-grid";
import {
  filterOptions,
  filterRows,
  hasFilters,
  parsePortfolioFilters,
  parsePortfolioPage,
  portfolioHref,
  portfolioPageHref,
  PORTFOLIO_PER_PAGE,
  type SearchParams,
} from "@/lib/portfolio/filters";
import { summariseProject } from "@/lib/portfolio/project-summary";
import { projectAssessments } from "@/lib/portfolio/settled";
import { versionTrends, type VersionLineage } from "@/lib/portfolio/version-trend";
import { serverLocale } from "@/lib/i18n/server-locale";
import { getSessionContext } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portfolio");
  return { title: t("title") };
}

function groupLineages(lineages: VersionLineage[]): Map<string, VersionLineage[]> {
  const map = new Map<string, VersionLineage[]>();
  for (const l of lineages) map.set(l.projectId, [...(map.get(l.projectId) ?? []), l]);
  return map;
}

/** All projects the session may see, by stage and by country, filtered by the query string. */
export default async function PortfolioPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const session = await getSessionContext();
  const [projects, t, tStanding, tPager, locale] = await Promise.all([
    listPortfolioForOrg(session),
    getTranslations("portfolio"),
    getTranslations("standing"),
    getTranslations("pager"),
    serverLocale(),
  ]);
  const query = await searchParams;
  const filters = parsePortfolioFilters(query);
  // Counted: each series' latest submitted version; drafts beside (lib/portfolio/settled.ts).
  const all = projects.map(({ project, lineages }) => {
    const { settled, drafts } = projectAssessments(project.id, lineages);
    return summariseProject(project, settled, locale, drafts);
  });
  const shown = filterRows(all, filters);
  const filtered = hasFilters(filters);
  // The cards and counts cover every project; the table and the trends one page of those shown.
  const pageCount = Math.max(1, Math.ceil(shown.length / PORTFOLIO_PER_PAGE));
  const page = Math.min(parsePortfolioPage(query), pageCount);
  const onPage = shown.slice((page - 1) * PORTFOLIO_PER_PAGE, page * PORTFOLIO_PER_PAGE);
  // Every version, for the trends of this page's projects only.
  const trends = groupLineages(await listAssessmentVersionsForOrg(session, onPage.map((s) => s.project.id)));

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <p className="muted small">{tStanding("portfolioRule")}</p>
      {all.length > 0 && <PortfolioDownloadLinks />}
      {all.length === 0 ? (
        <div className="card">
          <h2>{t("noProjectsTitle")}</h2>
          <p>{t.rich("noProjectsText", { link: (chunks) => <Link href="/projects">{chunks}</Link> })}</p>
        </div>
      ) : (
        <>
          <h2 id="by-country">{t("byCountry")}</h2>
          <CountryGrid cards={groupByCountry(all, locale)} current={filters.country} />

          <h2 id="projects">{t("projects")}</h2>
          {/* Keyed by the filters: after a client-side navigation (a card, "Clear filters") the selects start again from the URL. */}
          <FilterForm key={portfolioHref(filters)} filters={filters} options={filterOptions(all, filters, locale)} />
          <p role="status" className="result-count" data-testid="result-count">
            {t("showing", { shown: shown.length, total: all.length, filtered: filtered ? "yes" : "no" })}
          </p>
          {shown.length === 0 ? (
            <div className="card" data-testid="no-match">
              <p>
                {t.rich("noMatch", {
                  total: all.length,
                  strong: (chunks) => <strong>{chunks}</strong>,
                  link: (chunks) => <Link href="/portfolio">{chunks}</Link>,
                })}
              </p>
            </div>
          ) : (
            <>
              <PortfolioTable rows={onPage} caption={t("tableCaption")} />
              <Pager page={page} pageCount={pageCount} href={(n) => portfolioPageHref(filters, n)} label={tPager("portfolioPages")} />
              <h2>{t("trends")}</h2>
              <TrendTable rows={onPage.map((summary) => ({ summary, versions: versionTrends(summary.project, trends.get(summary.project.id) ?? [], locale) }))} />
            </>
          )}
        </>
      )}
    </>
  );
}
