import type { AssessmentFacts, ScoreSnapshot } from "@/lib/domain/facts";
import { isRating, type Rating } from "@/lib/scoring/config";

/**
 * One version as the portfolio reads it: where it belongs and its stored scores, never its answers.
 * `scores` is null for a draft (its rating moves with every answer, and is never counted).
 */
export type ScoredVersion = Pick<AssessmentFacts, "id" | "projectId" | "kind" | "partner" | "seriesId" | "version" | "isCurrent" | "status"> & {
  scores: ScoreSnapshot | null;
};

export function scoredVersion(facts: Omit<ScoredVersion, "scores">, scores: ScoreSnapshot | null): ScoredVersion {
  const { id, projectId, kind, partner, seriesId, version, isCurrent, status } = facts;
  return { id, projectId, kind, partner, seriesId, version, isCurrent, status, scores };
}

/** The rating a version's scores name; null while not rated (or a draft). */
export function ratingOf(version: Pick<ScoredVersion, "scores">): Rating | null {
  const rating = version.scores?.rating ?? null;
  return rating !== null && isRating(rating) ? rating : null;
}
