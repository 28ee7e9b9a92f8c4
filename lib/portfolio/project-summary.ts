import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { buildProjectReport, type ProjectReport } from "@/lib/report/project-report";
import { worstRating, type Rating } from "@/lib/scoring/config";

/** The three stages of a project, in the order they happen; partners sit beside them, not in the sequence. */
export const portfolioStages = ["before", "during", "after"] as const;
export type PortfolioStage = (typeof portfolioStages)[number];

/** English stage words; pages and trends read portfolio.stages.* instead. */
export const stageLabels: Record<PortfolioStage, string> = { before: "Before", during: "During", after: "After" };

/**
 * A stage's rating, and whether it was started at all: "not started" and "started, not rated" read
 * differently. `started` means a submitted version is counted; `draft`, that a draft is in progress
 * beside it (or instead of it).
 */
export type StageCell = { rating: Rating | null; started: boolean; draft?: boolean };

export type ProjectSummary = {
  project: ProjectFacts;
  modeLabel: string;
  stages: Record<PortfolioStage, StageCell>;
  /** The worst partner due diligence rating: one weak partner is enough to put the project at risk. */
  partners: StageCell & { count: number };
  overall: Rating | null;
  redFlagCount: number;
  /** Drafts in progress, shown beside the counted ratings and never in them. */
  drafts: number;
};

/**
 * One portfolio row, read from the same project report the project page shows, so the numbers never
 * disagree. Pass the settled versions (projectAssessments) and the drafts beside them.
 */
export function summariseProject(
  project: ProjectFacts,
  assessments: ReadonlyArray<AssessmentFacts>,
  locale: Locale = defaultLocale,
  drafts: ReadonlyArray<AssessmentFacts> = [],
): ProjectSummary {
  return summariseReport(buildProjectReport(project, assessments), locale, drafts);
}

/** The mode's name is in the reader's language (English unless told). */
export function summariseReport(report: ProjectReport, locale: Locale = defaultLocale, drafts: ReadonlyArray<AssessmentFacts> = []): ProjectSummary {
  const cell = (key: string): StageCell => {
    const part = report.parts.find((p) => p.key === key);
    return { rating: part?.report?.rating ?? null, started: Boolean(part?.report), draft: drafts.some((d) => d.kind === key) };
  };
  const partnerReports = report.parts.filter((p) => p.key.startsWith("partner:")).map((p) => p.report);
  const startedPartners = partnerReports.filter((r) => r !== null);
  return {
    project: report.project,
    modeLabel: translatorFor(locale)(`modes.${report.project.participationMode}.label`),
    stages: { before: cell("before"), during: cell("during"), after: cell("after") },
    partners: {
      rating: worstRating(startedPartners.map((r) => r.rating)),
      started: startedPartners.length > 0,
      draft: drafts.some((d) => d.kind === "partner"),
      count: partnerReports.length,
    },
    overall: report.overall.rating,
    redFlagCount: report.overall.redFlags.length,
    drafts: drafts.length,
  };
}
