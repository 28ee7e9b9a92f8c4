import { createTranslator } from "use-intl/core";
import { defaultLocale, type Locale } from "./locales";
import { translateRef, type Translate } from "./message-ref";
import { messagesByLocale } from "./messages/messages";
import { TIME_ZONE } from "./time-zone";

const translators = new Map<Locale, Translate>();

/**
 * A translator outside React and Next (reports, PDFs in their worker, exports, error texts for
 * logs): use-intl's core, the same engine next-intl runs on, over the same messages files.
 */
export function translatorFor(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const core = createTranslator({ locale, messages: messagesByLocale[locale], timeZone: TIME_ZONE });
    const call = (key: string, values?: Record<string, string | number>) => (core as unknown as Translate)(key, values);
    t = Object.assign(call, { has: (key: string) => (core as unknown as Translate).has(key) }) as Translate;
    translators.set(locale, t);
  }
  return t;
}

/** A message reference in English: what logs and the English reader see. */
export function englishText(ref: string): string {
  return translateRef(translatorFor(defaultLocale), ref);
}
