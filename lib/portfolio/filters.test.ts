import { describe, expect, it } from "vitest";
import { filterOptions, filterRows, hasFilters, parsePortfolioFilters, parsePortfolioPage, portfolioHref, portfolioPageHref } from "./filters";

const row = (hostCountry: string, sector: string, participationMode: string, overall: "Low" | "High" | null) => ({
  project: { name: `${hostCountry} ${sector}`, hostCountry, sector, participationMode },
  overall,
});
const rows = [
  row("LA", "Education", "territorial", "High"),
  row("LA", "Health", "enterprise", "Low"),
  row("BD", "Education", "enterprise", null),
];

describe("parsePortfolioFilters", () => {
  it("keeps known values", () => {
    expect(parsePortfolioFilters({ country: "LA", sector: "Health", mode: "enterprise", rating: "High" })).toEqual({
      country: "LA",
      sector: "Health",
      mode: "enterprise",
      rating: "High",
    });
    expect(parsePortfolioFilters({ rating: "none" })).toEqual({ rating: "none" });
  });

  it("drops unknown, empty, repeated and extra values instead of failing", () => {
    const parsed = parsePortfolioFilters({
      country: "XX",
      sector: "",
      mode: ["enterprise", "borrowing"],
      rating: "Extreme",
      organizationId: "other-org",
    });
    expect(parsed).toEqual({});
    expect(hasFilters(parsed)).toBe(false);
    expect(parsePortfolioFilters({ country: "la'; drop table project; --" })).toEqual({});
  });

  it("drops only the bad value and keeps the good ones", () => {
    expect(parsePortfolioFilters({ country: "BD", rating: "<script>" })).toEqual({ country: "BD" });
  });
});

describe("filterRows", () => {
  it("shows everything without filters", () => {
    expect(filterRows(rows, {})).toHaveLength(3);
  });

  it("combines filters with AND", () => {
    expect(filterRows(rows, { country: "LA" }).map((r) => r.project.name)).toEqual(["LA Education", "LA Health"]);
    expect(filterRows(rows, { country: "LA", mode: "enterprise" }).map((r) => r.project.name)).toEqual(["LA Health"]);
    expect(filterRows(rows, { sector: "Education", rating: "High" }).map((r) => r.project.name)).toEqual(["LA Education"]);
    expect(filterRows(rows, { country: "BD", rating: "High" })).toEqual([]);
  });

  it("finds projects not rated yet with the rating 'none'", () => {
    expect(filterRows(rows, { rating: "none" }).map((r) => r.project.name)).toEqual(["BD Education"]);
  });
});

describe("portfolioHref", () => {
  it("links only the filters that are set, in a stable order", () => {
    expect(portfolioHref({})).toBe("/portfolio");
    expect(portfolioHref({ rating: "High", country: "LA" })).toBe("/portfolio?country=LA&rating=High");
    expect(portfolioHref({ sector: "Water and sanitation" })).toBe("/portfolio?sector=Water+and+sanitation");
  });
});

describe("filterOptions", () => {
  it("offers the countries and sectors the portfolio has, by name", () => {
    expect(filterOptions(rows, {})).toEqual({
      countries: [
        { code: "BD", name: "Bangladesh" },
        { code: "LA", name: "Lao People's Democratic Republic" },
      ],
      sectors: [
        { value: "Education", label: "Education" },
        { value: "Health", label: "Health" },
      ],
    });
  });

  it("keeps an applied filter in the list even when no project has it", () => {
    const options = filterOptions(rows, { country: "FR", sector: "Environment" });
    expect(options.countries.map((c) => c.code)).toEqual(["BD", "FR", "LA"]);
    expect(options.sectors.map((s) => s.value)).toEqual(["Education", "Environment", "Health"]);
  });

  it("names and sorts countries and sectors for Chinese readers by pinyin", () => {
    const options = filterOptions(rows, { sector: "Environment" }, "zh-CN");
    // 老挝 (lǎowō) before 孟加拉国 (mèngjiālāguó).
    expect(options.countries).toEqual([
      { code: "LA", name: "老挝" },
      { code: "BD", name: "孟加拉国" },
    ]);
    // 环境 (huánjìng), 教育 (jiàoyù), 卫生健康 (wèishēng): the stored English value stays the option's value.
    expect(options.sectors).toEqual([
      { value: "Environment", label: "环境" },
      { value: "Education", label: "教育" },
      { value: "Health", label: "卫生健康" },
    ]);
  });
});

describe("the portfolio table's pages", () => {
  it("reads the page from the URL, the first page for anything else", () => {
    expect(parsePortfolioPage({ page: "3" })).toBe(3);
    expect(parsePortfolioPage({ page: ["2", "5"] })).toBe(2);
    for (const page of [undefined, "", "0", "-1", "two", "1.5"]) expect(parsePortfolioPage({ page })).toBe(1);
  });

  it("links each page under the filters applied, the first page without a number", () => {
    expect(portfolioPageHref({ country: "KE", rating: "High" }, 2)).toBe("/portfolio?country=KE&rating=High&page=2");
    expect(portfolioPageHref({}, 4)).toBe("/portfolio?page=4");
    expect(portfolioPageHref({ sector: "Health" }, 1)).toBe("/portfolio?sector=Health");
  });
});
