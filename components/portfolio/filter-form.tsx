import Link from "next/link";
import { participationModes } from "@/lib/checklists/participation-modes";
import { ratingBandLabels, ratingBands } from "@/lib/portfolio/country-grid";
import type { FilterOptions, PortfolioFilters } from "@/lib/portfolio/filters";

/**
 * A plain GET form: it works without JavaScript, the result is a link to share, and every select
 * has its label. Each select's empty option means "all".
 */
export function FilterForm({ filters, options }: { filters: PortfolioFilters; options: FilterOptions }) {
  return (
    <form method="get" action="/portfolio" className="card no-print filter-form" aria-label="Filter projects">
      <div className="field-row">
        <div className="field">
          <label htmlFor="filter-country">Country</label>
          <select id="filter-country" name="country" defaultValue={filters.country ?? ""}>
            <option value="">All countries</option>
            {options.countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-sector">Sector</label>
          <select id="filter-sector" name="sector" defaultValue={filters.sector ?? ""}>
            <option value="">All sectors</option>
            {options.sectors.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-mode">Participation mode</label>
          <select id="filter-mode" name="mode" defaultValue={filters.mode ?? ""}>
            <option value="">All modes</option>
            {participationModes.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-rating">Overall rating</label>
          <select id="filter-rating" name="rating" defaultValue={filters.rating ?? ""}>
            <option value="">All ratings</option>
            {ratingBands.map((band) => (
              <option key={band} value={band}>
                {ratingBandLabels[band]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions-row">
        <button type="submit" className="button">
          Apply filters
        </button>
        <Link href="/portfolio">Clear filters</Link>
      </div>
    </form>
  );
}
