import { collatorFor, defaultLocale, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/projects/countries";
import { ratings, type Rating } from "@/lib/scoring/config";

/** The rating bands a country card counts, lowest first, then the projects not rated yet. */
export const ratingBands = [...ratings, "none"] as const;
export type RatingBand = (typeof ratingBands)[number];

/** English band words; pages show ratings.* messages instead. */
export const ratingBandLabels: Record<RatingBand, string> = {
  Low: "Low",
  Moderate: "Moderate",
  Significant: "Significant",
  High: "High",
  none: "Not rated",
};

export type CountryCard = {
  code: string;
  name: string;
  total: number;
  byBand: Record<RatingBand, number>;
};

type Placed = { project: { hostCountry: string }; overall: Rating | null };

const emptyBands = (): Record<RatingBand, number> => ({ Low: 0, Moderate: 0, Significant: 0, High: 0, none: 0 });

/**
 * One card per host country, named in the reader's language and sorted by that name (pinyin for
 * Chinese readers), so a country is found where the reader expects it.
 */
export function groupByCountry(rows: ReadonlyArray<Placed>, locale: Locale = defaultLocale): CountryCard[] {
  const cards = new Map<string, CountryCard>();
  for (const row of rows) {
    const code = row.project.hostCountry;
    let card = cards.get(code);
    if (!card) {
      card = { code, name: countryName(code, locale), total: 0, byBand: emptyBands() };
      cards.set(code, card);
    }
    card.total += 1;
    card.byBand[row.overall ?? "none"] += 1;
  }
  const compare = collatorFor(locale).compare;
  return [...cards.values()].sort((a, b) => compare(a.name, b.name));
}
