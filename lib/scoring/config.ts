/**
 * Every number the scoring uses lives here, so an organisation can later tune them in one place.
 * Values follow the risk framework's scoring rules.
 */
export const answerValues = ["met", "partly_met", "not_met", "unknown", "not_applicable"] as const;
export type AnswerValue = (typeof answerValues)[number];

/** Risk points per answer; null means the item is left out of the sums. */
export const answerRiskPoints: Record<AnswerValue, number | null> = {
  met: 0,
  partly_met: 0.5,
  not_met: 1,
  unknown: 1,
  not_applicable: null,
};

export const ratings = ["Low", "Moderate", "Significant", "High"] as const;
export type Rating = (typeof ratings)[number];

export function isRating(value: unknown): value is Rating {
  return typeof value === "string" && (ratings as readonly string[]).includes(value);
}

/** Lower bound of each band, checked from the top. Checklist scores run 0–100. */
export const checklistBands: ReadonlyArray<{ rating: Rating; from: number }> = [
  { rating: "High", from: 75 },
  { rating: "Significant", from: 50 },
  { rating: "Moderate", from: 25 },
  { rating: "Low", from: 0 },
];

/** A single risk scores likelihood × impact, 1–25. */
export const riskBands: ReadonlyArray<{ rating: Rating; from: number }> = [
  { rating: "High", from: 15 },
  { rating: "Significant", from: 10 },
  { rating: "Moderate", from: 5 },
  { rating: "Low", from: 1 },
];

/** Open risks at or above this score are listed first in reports. */
export const priorityRiskScore = 15;

/** A critical item with one of these answers is a red flag and lifts the rating to at least this. */
export const redFlagAnswers: ReadonlySet<AnswerValue> = new Set(["not_met", "unknown"]);
export const redFlagMinimumRating: Rating = "High";

/** Scores are shown to one decimal; the band is decided on that same value, so the two never disagree. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

export function bandFor(score: number, bands: ReadonlyArray<{ rating: Rating; from: number }>): Rating {
  const shown = roundScore(score);
  for (const band of bands) if (shown >= band.from) return band.rating;
  return bands[bands.length - 1]!.rating;
}

export function worstRating(list: ReadonlyArray<Rating | null | undefined>): Rating | null {
  let worst: Rating | null = null;
  for (const rating of list) {
    if (rating && (worst === null || ratings.indexOf(rating) > ratings.indexOf(worst))) worst = rating;
  }
  return worst;
}

/**
 * The version of the scoring rules. A submitted version keeps its scores (score_snapshot) with the
 * number of the rules that computed them; bump this when a rule or a weight changes, and the app
 * scores the stored versions again when it starts, so lists and reports never disagree.
 */
export const SCORE_MODEL = 1;
