import { useTranslations } from "next-intl";
import { ListFilterForm, SelectFilter } from "@/components/lists/list-filter-form";
import { participationModes } from "@/lib/checklists/participation-modes";
import { ratingBands } from "@/lib/portfolio/country-grid";
import type { FilterOptions, PortfolioFilters } from "@/lib/portfolio/filters";

/** The portfolio's filters: country, sector, participation mode and overall rating. */
export function FilterForm({ filters, options }: { filters: PortfolioFilters; options: FilterOptions }) {
  const t = useTranslations("portfolio");
  const tModes = useTranslations("modes");
  const tRatings = useTranslations("ratings");
  return (
    <ListFilterForm action="/portfolio" label={t("filterForm")} apply={t("applyFilters")} clear={{ label: t("clearFilters"), href: "/portfolio" }}>
      <div className="field-row">
        <SelectFilter id="filter-country" name="country" label={t("country")} value={filters.country} all={t("allCountries")} options={options.countries.map((c) => ({ value: c.code, label: c.name }))} />
        <SelectFilter id="filter-sector" name="sector" label={t("sector")} value={filters.sector} all={t("allSectors")} options={options.sectors} />
        <SelectFilter id="filter-mode" name="mode" label={t("participationMode")} value={filters.mode} all={t("allModes")} options={participationModes.map((m) => ({ value: m.id, label: tModes(`${m.id}.label`) }))} />
        <SelectFilter
          id="filter-rating"
          name="rating"
          label={t("overallRating")}
          value={filters.rating}
          all={t("allRatings")}
          options={ratingBands.map((band) => ({ value: band, label: tRatings(band === "none" ? "notRated" : band) }))}
        />
      </div>
    </ListFilterForm>
  );
}
