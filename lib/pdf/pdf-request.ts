import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import type { ProjectReport } from "@/lib/report/project-report";

/**
 * What a PDF is made from: the same report model the HTML page shows, plus the page frame and
 * the language it is made in (build the report in that language too). Plain data only (no
 * functions), because it is copied to a worker thread.
 */
export type PdfRequest =
  | { kind: "assessment"; organizationName: string; generatedAt: Date; locale: Locale; report: AssessmentReport }
  | { kind: "project"; organizationName: string; generatedAt: Date; locale: Locale; report: ProjectReport }
  /** Loads the fonts into a fresh thread, so the first real download does not wait for them. */
  | { kind: "warm-up" };

/**
 * The language a PDF is asked for: `?lang=en|zh-CN` (the report page offers both), else the
 * reader's. Anything else in `lang` is the reader's language too, not an error: a PDF still comes.
 */
export function pdfLocaleOf(url: string, readerLocale: Locale): Locale {
  const asked = new URL(url, "http://localhost").searchParams.get("lang");
  return isLocale(asked) ? asked : readerLocale;
}
