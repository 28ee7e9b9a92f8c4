import * as z from "@/lib/validation/zod";
import { participationModeIds } from "@/lib/checklists/definition-schema";
import { countryName, isCountryCode } from "@/lib/projects/countries";
import { collatorFor, defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { sectorLabel, sectors } from "@/lib/projects/sectors";
import { type Rating } from "@/lib/scoring/config";
import { ratingBands } from "./country-grid";

// The rating filter offers the same bands as the country cards, "not rated yet" included:
// those projects need attention as much as rated ones.

/**
 * One filter from the query string. A value that is missing, empty, repeated or unknown is dropped
 * rather than refused: a stale or hand-edited link still opens the portfolio, showing everything.
 */
const optionalParam = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

export const portfolioFilterSchema = z.object({
  country: optionalParam(z.string().refine(isCountryCode)),
  sector: optionalParam(z.enum(sectors)),
  mode: optionalParam(z.enum(participationModeIds)),
  rating: optionalParam(z.enum(ratingBands)),
});

export type PortfolioFilters = z.output<typeof portfolioFilterSchema>;
export type SearchParams = Record<string, string | string[] | undefined>;

export function parsePortfolioFilters(searchParams: SearchParams): PortfolioFilters {
  return portfolioFilterSchema.parse(searchParams);
}

/** Rows of the portfolio's table per page; the country cards and counts cover every project. */
export const PORTFOLIO_PER_PAGE = 25;

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The page of the table (`?page=`); anything else than a page number is the first page. */
export function parsePortfolioPage(searchParams: SearchParams): number {
  const raw = searchParams.page;
  return pageSchema.parse(Array.isArray(raw) ? raw[0] : raw);
}

/** A page of the table under these filters; the first page has no `page` in its URL. */
export function portfolioPageHref(filters: PortfolioFilters, page: number): string {
  const href = portfolioHref(filters);
  return page > 1 ? `${href}${href.includes("?") ? "&" : "?"}page=${page}` : href;
}

export function hasFilters(filters: PortfolioFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined);
}

type Filterable = {
  project: { hostCountry: string; sector: string; participationMode: string };
  overall: Rating | null;
};

export function matchesFilters(row: Filterable, filters: PortfolioFilters): boolean {
  if (filters.country && row.project.hostCountry !== filters.country) return false;
  if (filters.sector && row.project.sector !== filters.sector) return false;
  if (filters.mode && row.project.participationMode !== filters.mode) return false;
  if (filters.rating && (row.overall ?? "none") !== filters.rating) return false;
  return true;
}

export function filterRows<T extends Filterable>(rows: ReadonlyArray<T>, filters: PortfolioFilters): T[] {
  return rows.filter((row) => matchesFilters(row, filters));
}

/** The portfolio URL for these filters, with only the filters that are set, in a stable order. */
export function portfolioHref(filters: PortfolioFilters): string {
  const query = new URLSearchParams();
  for (const key of ["country", "sector", "mode", "rating"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `/portfolio?${text}` : "/portfolio";
}

/** Options in the reader's language: a sector's value is the stored word, its label the translation. */
export type FilterOptions = { countries: Array<{ code: string; name: string }>; sectors: Array<{ value: string; label: string }> };

/**
 * The countries and sectors the portfolio has, so every option finds something. The value of an
 * active filter stays in the list even when nothing matches it, so the form shows what is applied.
 */
export function filterOptions(rows: ReadonlyArray<Filterable>, filters: PortfolioFilters, locale: Locale = defaultLocale): FilterOptions {
  const codes = new Set(rows.map((r) => r.project.hostCountry));
  if (filters.country) codes.add(filters.country);
  const sectorSet = new Set(rows.map((r) => r.project.sector));
  if (filters.sector) sectorSet.add(filters.sector);
  const compare = collatorFor(locale).compare;
  const t = translatorFor(locale);
  return {
    countries: [...codes].map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => compare(a.name, b.name)),
    sectors: [...sectorSet]
      .map((value) => ({ value, label: sectorLabel(value, (key) => t(`sectors.${key}`)) }))
      .sort((a, b) => compare(a.label, b.label)),
  };
}
