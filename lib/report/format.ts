import { roundScore } from "@/lib/scoring/config";
import type { AssessmentFacts, AssessmentStatus } from "@/lib/domain/facts";
import { formatDay, formatNumber } from "@/lib/i18n/format";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { wordsFor } from "./words";

// The locale arguments default to English so the pages and exports that call these without one
// keep their words until they pass the reader's language.

/** A 0–100 score with one decimal: "57.1". */
export function formatScore(score: number | null, locale: Locale = defaultLocale): string {
  return score === null ? "—" : formatNumber(roundScore(score), locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
}

export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}

/** "Before: participation evaluation", or "Partner due diligence: <partner>". */
export function assessmentTitle(a: Pick<AssessmentFacts, "kind" | "partner">, locale: Locale = defaultLocale): string {
  const w = wordsFor(locale);
  return a.kind === "partner" && a.partner ? w("report.partnerPart", { name: a.partner.name }) : w(`checklists.${a.kind}`);
}

/** Percent of target reached, or null when it cannot be computed. */
export function indicatorProgress(target: number | null, actual: number | null): number | null {
  if (target === null || actual === null || target === 0) return null;
  return (100 * actual) / target;
}

/** The short status word, with the version once there is more than one. */
export function statusLabel(status: AssessmentStatus, version = 1, locale: Locale = defaultLocale): string {
  const w = wordsFor(locale);
  const word = w(`assessmentStatuses.${status}`);
  return version > 1 ? w("report.statusWithShortVersion", { status: word, version }) : word;
}

/** The long status word ("Submitted, awaiting review"), with the version. */
export function statusWithVersion(status: AssessmentStatus, version: number, locale: Locale): string {
  const w = wordsFor(locale);
  return w("report.statusWithVersion", { status: w(`report.status.${status}`), version });
}

export const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

/** A day in the report's language: "2 Mar 2025" / "2025年3月2日"; "—" when there is none. */
export const reportDay = (d: Date | string | null, locale: Locale) => formatDay(d, locale);
