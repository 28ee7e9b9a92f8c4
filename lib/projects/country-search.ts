import { locales } from "@/lib/i18n/locales";
import { countryList } from "./countries";

/**
 * The country codes a search names: the code itself ("KE") or a part of the country's name in
 * either language ("ken", "肯尼亚", "尼亚"), whichever language the reader uses, so a manager
 * reading English finds a project a colleague described in Chinese. Case does not matter.
 */
export function countryCodesMatching(search: string): string[] {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return [];
  const codes = new Set<string>();
  for (const locale of locales) {
    for (const { code, name } of countryList(locale)) {
      if (code.toLowerCase() === needle || name.toLocaleLowerCase().includes(needle)) codes.add(code);
    }
  }
  return [...codes].sort();
}

/** Every country code, in the order of their names for this reader: what "sort by country" means on the list. */
export function countryCodesByName(locale: (typeof locales)[number]): string[] {
  return countryList(locale).map((c) => c.code);
}
