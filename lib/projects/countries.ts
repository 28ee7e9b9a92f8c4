import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

export type Country = { code: string; name: string };

/** ISO 3166-1 countries with their short English names, sorted by name. */
export const countryList: readonly Country[] = Object.entries(countries.getNames("en", { select: "alias" }))
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));

const byCode = new Map(countryList.map((c) => [c.code, c.name]));

export function countryName(code: string): string {
  return byCode.get(code) ?? code;
}

export function isCountryCode(code: string): boolean {
  return byCode.has(code);
}
