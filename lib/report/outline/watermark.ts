import type { AssessmentStatus } from "@/lib/domain/facts";
import type { Locale } from "@/lib/i18n/locales";
import type { ProjectReport } from "../project-report";
import { wordsFor } from "../words";

/*
 * The word printed across every page of a version that is not final, so a page copied out of a
 * board pack still says so. A draft is unfinished. A returned version is frozen but was sent back
 * by its reviewer, so it is no more final than a draft; it says "RETURNED" rather than "DRAFT"
 * because nobody is still writing it (its next version is the draft). A submitted version is
 * final as written (frozen, only its review is pending) and an approved one is the record: none.
 */
export function assessmentWatermark(status: AssessmentStatus, locale: Locale): string | null {
  const w = wordsFor(locale);
  if (status === "draft") return w("printedReport.watermark.draft");
  if (status === "returned") return w("printedReport.watermark.returned");
  return null;
}

/**
 * A project report is as final as its least final stage: one started stage or partner still a
 * draft (or returned) changes the overall rating, so the whole dossier is marked a draft.
 * Stages not started are simply absent from it and mark nothing.
 */
export function projectWatermark(report: Pick<ProjectReport, "parts">, locale: Locale): string | null {
  const unfinished = report.parts.some((p) => p.report && (p.report.status === "draft" || p.report.status === "returned"));
  return unfinished ? wordsFor(locale)("printedReport.watermark.draft") : null;
}
