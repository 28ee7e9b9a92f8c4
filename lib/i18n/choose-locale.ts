import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { defaultLocale, isLocale, locales, type Locale } from "./locales";

// Apart from locales.ts: the language switcher reads that file in the browser, and negotiation
// is server work that would otherwise travel with every page.

/**
 * The best of our languages for a browser's Accept-Language header ("zh-TW,zh;q=0.9" → zh-CN,
 * "fr" → en). Negotiation is the well-kept pair next-intl's middleware uses.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  try {
    const found = match(requested.filter((l) => l !== "*"), [...locales], defaultLocale);
    return isLocale(found) ? found : defaultLocale;
  } catch {
    // A malformed tag in the header: fall back rather than fail the page.
    return defaultLocale;
  }
}

/**
 * The language a request is read in: the person's saved choice, then the cookie (a choice made
 * while signed out, or on this device), then the browser, then English.
 */
export function chooseLocale(input: { saved?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.saved)) return input.saved;
  if (isLocale(input.cookie)) return input.cookie;
  return negotiateLocale(input.acceptLanguage);
}
