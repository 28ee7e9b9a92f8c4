"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { localeNames, locales } from "@/lib/i18n/locales";

/**
 * One button per language, each named in its own language. A plain form post (app/language):
 * it works before scripts load, and the whole page comes back in the new language.
 */
export function LanguageSwitcher() {
  const t = useTranslations("language");
  const current = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <form className="language-switcher" method="post" action="/language" aria-label={t("label")}>
      <input type="hidden" name="back" value={query ? `${pathname}?${query}` : pathname} />
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={locale === current ? "current" : undefined}
        >
          {localeNames[locale]}
        </button>
      ))}
    </form>
  );
}
