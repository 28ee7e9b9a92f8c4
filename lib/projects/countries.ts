import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import zh from "i18n-iso-countries/langs/zh.json";
import { collatorFor, defaultLocale, type Locale } from "@/lib/i18n/locales";

countries.registerLocale(en);
countries.registerLocale(zh);

export type Country = { code: string; name: string };

/** The package's language code for each of ours: its Chinese names are the simplified ones used in mainland China. */
const packageLanguage: Record<Locale, string> = { en: "en", "zh-CN": "zh" };

const lists = new Map<Locale, readonly Country[]>();
const names = new Map<Locale, Map<string, string>>();

/** ISO 3166-1 countries with their short names in the reader's language, sorted as that reader expects (pinyin for Chinese). */
export function countryList(locale: Locale = defaultLocale): readonly Country[] {
  let list = lists.get(locale);
  if (!list) {
    const compare = collatorFor(locale).compare;
    list = Object.entries(countries.getNames(packageLanguage[locale], { select: "alias" }))
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => compare(a.name, b.name));
    lists.set(locale, list);
    names.set(locale, new Map(list.map((c) => [c.code, c.name])));
  }
  return list;
}

/** A country's name in the reader's language (English unless told), or the code when it is unknown. */
export function countryName(code: string, locale: Locale = defaultLocale): string {
  countryList(locale);
  return names.get(locale)!.get(code) ?? code;
}

export function isCountryCode(code: string): boolean {
  countryList(defaultLocale);
  return names.get(defaultLocale)!.has(code);
}
