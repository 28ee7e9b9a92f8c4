import Link from "next/link";
import { useTranslations } from "next-intl";
import { participationModes } from "@/lib/checklists/participation-modes";
import { ratingBands } from "@/lib/portfolio/country-grid";
import type { FilterOptions, PortfolioFilters } from "@/lib/portfolio/filters";

/**
 * A plain GET form: it works without JavaScript, the result is a link to share, and every select
 * has its label. Each select's empty option means "all". Values stay the stored words and codes,
 * so a shared link works whatever language its reader uses.
 */
export function FilterForm({ filters, options }: { filters: PortfolioFilters; options: FilterOptions }) {
  const t = useTranslations("portfolio");
  const tModes = useTranslations("modes");
  const tRatings = useTranslations("ratings");
  return (
    <form method="get" action="/portfolio" className="card no-print filter-form" aria-label={t("filterForm")}>
      <div className="field-row">
        <div className="field">
          <label htmlFor="filter-country">{t("country")}</label>
          <select id="filter-country" name="country" defaultValue={filters.country ?? ""}>
            <option value="">{t("allCountries")}</option>
            {options.countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-sector">{t("sector")}</label>
          <select id="filter-sector" name="sector" defaultValue={filters.sector ?? ""}>
            <option value="">{t("allSectors")}</option>
            {options.sectors.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-mode">{t("participationMode")}</label>
          <select id="filter-mode" name="mode" defaultValue={filters.mode ?? ""}>
            <option value="">{t("allModes")}</option>
            {participationModes.map((m) => (
              <option key={m.id} value={m.id}>
                {tModes(`${m.id}.label`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-rating">{t("overallRating")}</label>
          <select id="filter-rating" name="rating" defaultValue={filters.rating ?? ""}>
            <option value="">{t("allRatings")}</option>
            {ratingBands.map((band) => (
              <option key={band} value={band}>
                {tRatings(band === "none" ? "notRated" : band)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions-row">
        <button type="submit" className="button">
          {t("applyFilters")}
        </button>
        <Link href="/portfolio">{t("clearFilters")}</Link>
      </div>
    </form>
  );
}
