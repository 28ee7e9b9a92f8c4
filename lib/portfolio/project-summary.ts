import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { participationModeById } from "@/lib/checklists/participation-modes";
import type { ProjectReport } from "@/lib/report/project-report";
import { worstRating, type Rating } from "@/lib/scoring/config";
import { missingMandatoryDueDiligence } from "@/lib/scoring/mandatory-due-diligence";
import { rateProject } from "@/lib/scoring/rate-project";
import { ratingOf, type ScoredVersion } from "./scored-version";

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

// Thousands of rows name a handful of modes: each name is formatted once per language.
const modeLabels = new Map<string, string>();
function modeLabel(mode: ProjectFacts["participationMode"], locale: Locale): string {
  const key = `${locale}|${mode}`;
  let label = modeLabels.get(key);
  if (label === undefined) modeLabels.set(key, (label = translatorFor(locale)(`modes.${mode}.label`)));
  return label;
}

/**
 * One portfolio row from the stored scores of the settled versions (projectAssessments) and the
 * drafts beside them, by the project report's rule (lib/scoring/rate-project): the worst part,
 * and a missing mandatory due diligence counted as High with a red flag. Only the scores are read,
 * never the answers, so a portfolio of thousands of versions stays cheap; the unit tests hold it
 * to the project report (summariseReport) on the same versions.
 */
export function summariseProject(
  project: ProjectFacts,
  settled: ReadonlyArray<ScoredVersion>,
  locale: Locale = defaultLocale,
  drafts: ReadonlyArray<Pick<ScoredVersion, "kind">> = [],
): ProjectSummary {
  const cell = (version: ScoredVersion | undefined, kind: ScoredVersion["kind"]): StageCell => ({
    rating: version ? ratingOf(version) : null,
    started: version !== undefined,
    draft: drafts.some((d) => d.kind === kind),
  });
  const stage = (kind: PortfolioStage) => cell(settled.find((v) => v.kind === kind), kind);
  const partnerVersions = project.partners.map((p) => settled.find((v) => v.kind === "partner" && v.partner?.id === p.id));
  const started = partnerVersions.filter((v): v is ScoredVersion => v !== undefined);
  const mode = participationModeById(project.participationMode);
  const missing = missingMandatoryDueDiligence(
    mode,
    project.partners.map((p, i) => ({ name: p.name, part: p.id, started: partnerVersions[i] !== undefined })),
  );
  const counted = [...portfolioStages.map((k) => settled.find((v) => v.kind === k)), ...partnerVersions].filter((v): v is ScoredVersion => v !== undefined);
  const overall = rateProject(counted.map((v) => ({ label: v.id, rating: ratingOf(v), redFlags: [] })), missing);
  return {
    project,
    modeLabel: modeLabel(project.participationMode, locale),
    stages: { before: stage("before"), during: stage("during"), after: stage("after") },
    partners: {
      rating: worstRating(started.map(ratingOf)),
      started: started.length > 0,
      draft: drafts.some((d) => d.kind === "partner"),
      count: project.partners.length,
    },
    overall: overall.rating,
    redFlagCount: counted.reduce((n, v) => n + (v.scores?.redFlags ?? 0), 0) + overall.redFlags.length,
    drafts: drafts.length,
  };
}

/** The mode's name is in the reader's language (English unless told). */
export function summariseReport(report: ProjectReport, locale: Locale = defaultLocale, drafts: ReadonlyArray<Pick<AssessmentFacts, "kind">> = []): ProjectSummary {
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
