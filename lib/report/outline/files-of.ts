import { formatDay, formatFileSize } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { AssessmentReport } from "../assessment-report";
import type { FilesLine } from "./blocks";
import { wordsFor } from "../words";

/** An item's files, each with its size, date and who added it; null for an item without any. */
export function filesOf(report: AssessmentReport, criterionId: string, locale: Locale): FilesLine | null {
  const w = wordsFor(locale);
  const files = report.files.filter((f) => f.criterionId === criterionId);
  if (files.length === 0) return null;
  return {
    label: w("report.criteria.filesLabel"),
    separator: w("report.criteria.fileSeparator"),
    files: files.map((f) => ({
      fileId: f.id ?? null,
      name: f.name,
      details: w("report.criteria.fileDetails", { size: formatFileSize(f.size, locale), date: formatDay(f.createdAt, locale), who: f.addedByName }),
    })),
  };
}

/** The line as one text: "Files: permit.pdf (820 KB, 2 Nov 2026, Sofia Staff); map.png (…)". */
export function filesLineText(line: FilesLine): string {
  return line.label + line.files.map((f) => f.name + f.details).join(line.separator);
}
