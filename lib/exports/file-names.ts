import { downloadFileName } from "@/lib/http/download";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/message-ref";
import { translatorFor } from "@/lib/i18n/translator";

export type DownloadNames = { name: string; fallback: string };

/**
 * A download's name in the reader's language ("水资源项目-回答-2026-06-02.csv"), and the same name
 * in English as the ASCII fallback of Content-Disposition, so old clients still get its words.
 * `parts` names the file's base (a project's name, or words) and what it holds, with a translator.
 */
export function downloadNames(
  locale: Locale,
  extension: string,
  date: Date,
  parts: (t: Translate) => { base: string; what: string },
): DownloadNames {
  const named = (l: Locale) => {
    const { base, what } = parts(translatorFor(l));
    return downloadFileName(base, what, extension, date);
  };
  return { name: named(locale), fallback: named(defaultLocale) };
}
