import { getLocale } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { translateRef } from "./message-ref";
import { translatorFor } from "./translator";

/**
 * The reader's language on the server (actions, route handlers). Outside a Next request (unit
 * and database tests call actions directly) there is none: English.
 */
export async function serverLocale(): Promise<Locale> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

/** A message reference in the reader's language. */
export async function readerText(ref: string): Promise<string> {
  return translateRef(translatorFor(await serverLocale()), ref);
}
