import { formatMoney as formatMoneyIn } from "@/lib/i18n/format";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

export type Currency = { code: string; name: string };

const lists = new Map<Locale, readonly Currency[]>();

/**
 * ISO 4217 currencies as the runtime knows them, named in the reader's language, so the list stays
 * current without a package. Sorted by code: people pick a currency by its code in either language.
 */
export function currencyList(locale: Locale = defaultLocale): readonly Currency[] {
  let list = lists.get(locale);
  if (!list) {
    const names = new Intl.DisplayNames([locale], { type: "currency" });
    list = Intl.supportedValuesOf("currency")
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.code.localeCompare(b.code));
    lists.set(locale, list);
  }
  return list;
}

const codes = new Set(currencyList().map((c) => c.code));

export function isCurrencyCode(code: string): boolean {
  return codes.has(code);
}

/** An amount in its currency: lib/i18n/format.ts's formatMoney, English unless told (the report cover still calls it so). */
export function formatMoney(amount: string | number, currency: string, locale: Locale = defaultLocale): string {
  return formatMoneyIn(amount, currency, locale);
}
