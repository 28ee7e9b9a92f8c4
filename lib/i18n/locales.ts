/**
 * The languages the app speaks. Adding one: add its tag here, a messages file beside en.json and
 * its texts in the checklist files (CONTRIBUTING.md, "A third language").
 */
export const locales = ["en", "zh-CN"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The cookie next-intl's own routing uses too; it carries the choice for signed-out pages. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Each language's name in itself, for the switcher: a reader finds their own language by sight. */
export const localeNames: Record<Locale, string> = { en: "English", "zh-CN": "中文" };

const collators = new Map<Locale, Intl.Collator>();

/** Sorts names as a reader of that language expects: pinyin order for Chinese readers. */
export function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale === "zh-CN" ? "zh-CN-u-co-pinyin" : locale, { sensitivity: "base", numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}
