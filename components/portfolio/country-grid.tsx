import Link from "next/link";
import { useTranslations } from "next-intl";
import { ratingBands, type CountryCard } from "@/lib/portfolio/country-grid";
import { portfolioHref } from "@/lib/portfolio/filters";

/** One card per host country; each links to the portfolio filtered to that country. */
export function CountryGrid({ cards, current }: { cards: CountryCard[]; current: string | undefined }) {
  const t = useTranslations("portfolio");
  const tRatings = useTranslations("ratings");
  return (
    <ul className="grid country-grid" aria-labelledby="by-country">
      {cards.map((card) => (
        <li key={card.code} className={`card country-card${card.code === current ? " current" : ""}`}>
          <h3>
            <Link href={portfolioHref({ country: card.code })} aria-current={card.code === current ? "page" : undefined}>
              {card.name}
            </Link>
          </h3>
          <p className="small muted">{t("projectCount", { count: card.total })}</p>
          <ul className="band-counts small">
            {ratingBands.map((band) => (
              <li key={band} className={card.byBand[band] === 0 ? "muted" : ""}>
                <span className={`badge ${band}`}>{tRatings(band === "none" ? "notRated" : band)}</span> {card.byBand[band]}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
