import type { Locale } from "@/lib/i18n/locales";
import type { AssessmentReport } from "../assessment-report";
import { reportDay } from "../format";
import { wordsFor } from "../words";

type Reviewed = Pick<AssessmentReport, "status" | "submittedBy" | "reviewedBy" | "reviewedAt" | "selfApproved">;

/**
 * An approval without a second pair of eyes reads as one: approved by the submitter or the last
 * editor, as the organisation's setting allows. The submitter's own approval reads the same way
 * when the flag is not stored (an imported file, or one approved before the rule).
 */
export function isSelfApproved(r: Reviewed): boolean {
  return r.status === "approved" && (r.selfApproved || (r.submittedBy !== null && r.submittedBy === r.reviewedBy));
}

/** Who approved or returned it, and when, for both sign-off blocks. */
export function reviewedByWords(r: Reviewed, locale: Locale): string {
  const w = wordsFor(locale);
  const values = { who: r.reviewedBy ?? w("report.none"), date: reportDay(r.reviewedAt, locale) };
  return isSelfApproved(r) ? w("report.signOff.selfApproved", values) : w("report.withDate", values);
}
