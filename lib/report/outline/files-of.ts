import { formatDay, formatFileSize } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { AssessmentReport } from "../assessment-report";
import { wordsFor } from "../words";

/** "Files: certificate.pdf (820 KB, 2 Dec 2026, Sofia Staff); …", or null for an item without any. */
export function filesOf(report: AssessmentReport, criterionId: string, locale: Locale): string | null {
  const w = wordsFor(locale);
  const files = report.files.filter((f) => f.criterionId === criterionId);
  if (files.length === 0) return null;
  const list = files.map((f) => w("report.criteria.file", { name: f.name, size: formatFileSize(f.size, locale), date: formatDay(f.createdAt, locale), who: f.addedByName }));
  return w("report.criteria.files", { files: list.join(w("report.criteria.fileSeparator")) });
}

