import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StageChips } from "@/components/projects/stage-chips";
import type { Locale } from "@/lib/i18n/locales";
import { messagesByLocale } from "@/lib/i18n/messages/messages";
import { groupByCountry } from "@/lib/portfolio/country-grid";
import { filterOptions } from "@/lib/portfolio/filters";
import { summariseProject } from "@/lib/portfolio/project-summary";
import { scored, testChecklistFacts, testProject } from "@/lib/portfolio/test-facts";
import { versionTrends } from "@/lib/portfolio/version-trend";
import { buildProjectReport } from "@/lib/report/project-report";
import { CountryGrid } from "./country-grid";
import { FilterForm } from "./filter-form";
import { PortfolioTable } from "./portfolio-table";
import { TrendTable } from "./trend-table";

/** The portfolio's parts as a reader of each language gets them (server-rendered HTML, tags dropped). */
function render(locale: Locale, node: ReactNode): string {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesByLocale[locale]} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

const project = testProject({ sector: "Poverty reduction", hostCountry: "CN" });
const before = testChecklistFacts("before", { "B.CTX.2": "not_met" });
// The portfolio counts submitted versions only (drafts sit beside them), so its fixture is submitted.
const submitted = scored({ ...before, status: "submitted" as const }, project);

function parts(locale: Locale) {
  const summary = summariseProject(project, [submitted], locale);
  const lineage = { projectId: project.id, kind: "before" as const, partner: null, versions: [submitted] };
  return (
    <>
      <CountryGrid cards={groupByCountry([summary], locale)} current={undefined} />
      <FilterForm filters={{}} options={filterOptions([summary], {}, locale)} />
      <PortfolioTable rows={[summary]} caption="" />
      <TrendTable rows={[{ summary, versions: versionTrends(project, [lineage], locale) }]} />
    </>
  );
}

describe("the portfolio in Chinese", () => {
  it("shows headers, countries, sectors, modes and trends in Chinese", () => {
    const text = render("zh-CN", parts("zh-CN"));
    for (const words of ["中国", "减贫", "社会组织与企业合作", "全部国家", "筛选", "合作方（最差）", "项目前", "跨版本", "第1版（高，5.9），尚无趋势", "1个项目"]) {
      expect(text, words).toContain(words);
    }
    expect(text).not.toContain("Poverty reduction");
    expect(text).not.toContain("Apply filters");
  });

  it("keeps the English wording English readers know", () => {
    const text = render("en", parts("en"));
    for (const words of ["China", "Poverty reduction", "Apply filters", "Partners (worst)", "Before: v1 High (5.9) — No trend yet", "1 project"]) {
      expect(text, words).toContain(words);
    }
  });

  it("writes the project's stage chips in Chinese", () => {
    const report = buildProjectReport({ ...project, partners: [{ id: "p1", name: "老挝妇女联合会", country: "LA" }] }, [before]);
    const text = render("zh-CN", <StageChips parts={report.parts} partners={report.project.partners} />);
    expect(text).toContain("项目前： 草稿");
    expect(text).toContain("合作方：老挝妇女联合会： 未开始");
  });
});
