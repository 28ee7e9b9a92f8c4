import { defaultLocale, locales, type Locale } from "./locales";

/** A text written in each of the app's languages, as the checklist files carry it. */
export type LocalizedText = Record<Locale, string>;

/**
 * The text in the reader's language. Texts published before a language existed (checklist
 * version 1 is English only) fall back to English, so an old report still reads whole.
 */
export function localize(text: LocalizedText | string, locale: Locale): string {
  if (typeof text === "string") return text;
  return text[locale] || text[defaultLocale];
}

/** The languages a text lacks: the completeness test and the checklist schema use it. */
export function missingLocales(text: Partial<Record<string, string>> | string): Locale[] {
  if (typeof text === "string") return locales.filter((l) => l !== defaultLocale);
  return locales.filter((l) => !text[l] || !text[l]!.trim());
}
