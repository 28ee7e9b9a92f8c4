import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listProjectsWithAssessmentsForOrg } from "@/db/queries/portfolio";
import { listAssessmentVersionsForOrg } from "@/db/queries/portfolio-trends";
import { PortfolioDownloadLinks } from "@/components/exports/download-links";
import { CountryGrid } from "@/components/portfolio/country-grid";
import { FilterForm } from "@/components/portfolio/filter-form";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { TrendTable } from "@/components/portfolio/trend-table";
import { groupByCountry } from "@/lib/portfolio/country-grid";
import { filterOptions, filterRows, hasFilters, parsePortfolioFilters, portfolioHref, type SearchParams } from "@/lib/portfolio/filters";
import { summariseProject } from "@/lib/portfolio/project-summary";
import { versionTrends } from "@/lib/portfolio/version-trend";
import { getSessionContext } from "@/lib/session";

export const metadata: Metadata = { title: "Portfolio" };

/** All projects the session may see, by stage and by country, filtered by the query string. */
export default async function PortfolioPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const session = await getSessionContext();
  const [rows, lineages] = await Promise.all([listProjectsWithAssessmentsForOrg(session), listAssessmentVersionsForOrg(session)]);
  const filters = parsePortfolioFilters(await searchParams);
  const all = rows.map((r) => summariseProject(r.project, r.assessments));
  const shown = filterRows(all, filters);
  const filtered = hasFilters(filters);
  const count = `${shown.length} of ${all.length} project${all.length === 1 ? "" : "s"}`;

  return (
    <>
      <h1>Portfolio</h1>
      <p className="muted">Every project with its rating at each stage, where it works, and how its risk has moved.</p>
      {all.length > 0 && <PortfolioDownloadLinks />}
      {all.length === 0 ? (
        <div className="card">
          <h2>No projects yet</h2>
          <p>
            The portfolio fills in as projects are created. <Link href="/projects">Go to projects</Link>.
          </p>
        </div>
      ) : (
        <>
          <h2 id="by-country">By country</h2>
          <CountryGrid cards={groupByCountry(all)} current={filters.country} />

          <h2 id="projects">Projects</h2>
          {/* Keyed by the filters: after a client-side navigation (a card, "Clear filters") the selects start again from the URL. */}
          <FilterForm key={portfolioHref(filters)} filters={filters} options={filterOptions(all, filters)} />
          <p role="status" className="result-count" data-testid="result-count">
            Showing {count}
            {filtered ? " (filtered)" : ""}
          </p>
          {shown.length === 0 ? (
            <div className="card" data-testid="no-match">
              <p>
                <strong>No projects match these filters.</strong> Choose other filters, or{" "}
                <Link href="/portfolio">clear the filters</Link> to see all {all.length}.
              </p>
            </div>
          ) : (
            <>
              <PortfolioTable rows={shown} caption="Rating at each stage, the worst partner rating, the overall rating and red flags" />
              <h2>Trends</h2>
              <TrendTable rows={shown.map((summary) => ({ summary, versions: versionTrends(summary.project, lineages) }))} />
            </>
          )}
        </>
      )}
    </>
  );
}
