import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { ratings, type Rating } from "@/lib/scoring/config";
import { portfolioStages, type PortfolioStage, type StageCell } from "./project-summary";

export type TrendWord = "improving" | "worsening" | "steady";

/** Lower risk is better: a move to a lower band is an improvement. Order comes from the scoring config. */
export function trendBetween(from: Rating, to: Rating): TrendWord {
  const change = ratings.indexOf(to) - ratings.indexOf(from);
  if (change < 0) return "improving";
  if (change > 0) return "worsening";
  return "steady";
}

/**
 * The trend of a sequence of ratings: the move between the last two rated steps. The latest move is
 * what a manager acts on; a project that got worse and then recovered is improving now. Unrated steps
 * are skipped, so a stage not started does not hide the move between the ones around it.
 */
export function latestTrend(sequence: ReadonlyArray<Rating | null>): TrendWord | null {
  const rated = sequence.filter((r): r is Rating => r !== null);
  if (rated.length < 2) return null;
  return trendBetween(rated[rated.length - 2]!, rated[rated.length - 1]!);
}

export type StageStep = { stage: PortfolioStage; label: string } & StageCell;

export type StageTrend = {
  steps: StageStep[];
  word: TrendWord | null;
  /** The trend in words, so it never depends on colour alone. */
  text: string;
};

/** The stages' trend, its words in the reader's language (English unless told). */
export function stageTrend(stages: Record<PortfolioStage, StageCell>, locale: Locale = defaultLocale): StageTrend {
  const t = translatorFor(locale);
  const steps = portfolioStages.map((stage) => ({ stage, label: t(`portfolio.stages.${stage}`), ...stages[stage] }));
  const word = latestTrend(steps.map((s) => s.rating));
  const ratedCount = steps.filter((s) => s.rating !== null).length;
  const text = t(`portfolio.trend.${word ?? (ratedCount === 1 ? "oneStageRated" : "noStageRated")}`);
  return { steps, word, text };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
