import type { AssessmentStatus } from "@/lib/domain/facts";
import type { Locale } from "@/lib/i18n/locales";
import type { Rating } from "@/lib/scoring/config";
import { wordsFor } from "./words";

/**
 * How firm a rating is. A draft's rating counts every unanswered item as unknown, so a new draft
 * reads High: that is the scoring rule (lib/scoring, unchanged), but shown bare it reads like a
 * finding. Until the version is submitted its rating is provisional and says how far it got.
 */
export type Standing = {
  rating: Rating | null;
  provisional: boolean;
  /** Answered items of a checklist, or rated risks of the register. */
  answered: number;
  total: number;
  register: boolean;
};

/**
 * Only a draft is unsettled: a submitted version is frozen, and stays so when approved or returned
 * (a return asks for a new version; the one returned keeps its complete, submitted answers).
 */
export function isSettled(status: AssessmentStatus): boolean {
  return status !== "draft";
}

export function standingOf(report: {
  rating: Rating | null;
  status: AssessmentStatus;
  progress: { answered: number; total: number };
  register: unknown;
}): Standing {
  return {
    rating: report.rating,
    provisional: !isSettled(report.status),
    answered: report.progress.answered,
    total: report.progress.total,
    register: report.register !== null,
  };
}

export type StandingWords = {
  /** What the badge prints: "High" or "High · provisional". */
  badge: string;
  /** Beside a provisional badge: "In progress, 5 of 21 answered"; null once settled. */
  progress: string | null;
};

/** The words of a standing in one language: the outline, the PDF and the pages all print these. */
export function standingWords(standing: Pick<Standing, "rating" | "provisional"> & Partial<Standing>, locale: Locale): StandingWords {
  const w = wordsFor(locale);
  const rating = standing.rating ? w(`ratings.${standing.rating}`) : w("ratings.notRated");
  if (!standing.provisional) return { badge: rating, progress: null };
  // Nothing rated yet has no band to hold back: "Not rated" already says it.
  const values = { answered: standing.answered ?? 0, total: standing.total ?? 0 };
  const progress =
    standing.total === undefined
      ? w("standing.inProgressOnly")
      : standing.register
        ? w("standing.inProgressRisks", values)
        : w("standing.inProgress", values);
  return { badge: standing.rating ? w("standing.provisionalBadge", { rating }) : rating, progress };
}
