import type { Locale } from "@/lib/i18n/locales";
import type { Rating } from "@/lib/scoring/config";
import { standingWords } from "../standing";
import type { Band } from "./blocks";

/** The band a renderer colours by, with the name it prints in the report's language; a draft's says "provisional". */
export function bandOf(rating: Rating | null, locale: Locale, provisional = false): Band {
  const label = standingWords({ rating, provisional }, locale).badge;
  return provisional && rating ? { rating, label, provisional: true } : { rating, label };
}
