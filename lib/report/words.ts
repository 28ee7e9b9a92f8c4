import type { Locale } from "@/lib/i18n/locales";
import type { MessageValues } from "@/lib/i18n/message-ref";
import type { Messages } from "@/lib/i18n/messages/messages";
import { translatorFor } from "@/lib/i18n/translator";

/** Every dotted key of the messages ("report.summary.title"), so a typo fails the type check. */
type Paths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Paths<Messages>;

export type Words = (key: MessageKey, values?: MessageValues) => string;

/**
 * The report's words in one language, outside React (the outline is pure; the PDF worker has no
 * next-intl): the shared translator, typed by the English messages file.
 */
export function wordsFor(locale: Locale): Words {
  const t = translatorFor(locale);
  return (key, values) => t(key, values);
}
