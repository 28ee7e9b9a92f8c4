import type { Locale } from "@/lib/i18n/locales";
import type { Rating } from "@/lib/scoring/config";
import { wordsFor } from "../words";
import type { Band } from "./blocks";

/** The band a renderer colours by, with the name it prints in the report's language. */
export function bandOf(rating: Rating | null, locale: Locale): Band {
  const w = wordsFor(locale);
  return { rating, label: rating ? w(`ratings.${rating}`) : w("ratings.notRated") };
}
