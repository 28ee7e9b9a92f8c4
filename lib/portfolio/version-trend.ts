import type { ProjectFacts } from "@/lib/domain/facts";
import { collatorFor, defaultLocale, type Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { roundScore, type Rating } from "@/lib/scoring/config";
import { isSettled } from "@/lib/report/standing";
import { ratingOf, type ScoredVersion } from "./scored-version";
import { settledVersions } from "./settled";
import { latestTrend, type TrendWord } from "./trend";

export type VersionPoint = { version: number; rating: Rating | null; score: number | null };

/** The versions of one assessment: a stage of the project, or the due diligence of one of its partners. */
export type VersionLineage = {
  projectId: string;
  kind: ScoredVersion["kind"];
  partner: { id: string; name: string } | null;
  /** Oldest first. */
  versions: ScoredVersion[];
};

export type VersionTrend = {
  label: string;
  points: VersionPoint[];
  /** E.g. "v1 High (80.0) → v2 Moderate (40.0)". */
  text: string;
  /** Null until two submitted versions can be compared ("No trend yet"). */
  word: TrendWord | null;
  /** Its newest version is a draft, not yet in the points. */
  draftInProgress: boolean;
};

const lineageOrder = ["before", "partner", "during", "after"] as const;

/**
 * Each version as its stored scores rate it: computed with the report model when it was submitted
 * (and again when the scoring rules change), so a trend and the version's report never disagree.
 */
export function rateVersions(versions: ReadonlyArray<ScoredVersion>): VersionPoint[] {
  return [...versions]
    .sort((a, b) => a.version - b.version)
    .map((v) => {
      const score = v.scores?.score ?? null;
      // Rounded as reports show it, so the band and the number shown never disagree.
      return { version: v.version, rating: ratingOf(v), score: score === null ? null : roundScore(score) };
    });
}

/** "v1 High (5.9) → v2 Low (0.0)" / "第1版：高（5.9） → 第2版：低（0.0）". */
export function describeVersions(points: ReadonlyArray<VersionPoint>, locale: Locale = defaultLocale): string {
  const t = translatorFor(locale);
  return points
    .map((p) => {
      const rating = p.rating ? t(`ratings.${p.rating}`) : t("portfolio.versionNotRated");
      if (p.score === null) return t("portfolio.versionPoint", { version: p.version, rating });
      const score = formatNumber(p.score, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return t("portfolio.versionPointScore", { version: p.version, rating, score });
    })
    .join(" → ");
}

export function lineageLabel(lineage: Pick<VersionLineage, "kind" | "partner">, locale: Locale = defaultLocale): string {
  const t = translatorFor(locale);
  if (lineage.kind === "partner") return t("portfolio.partnerLineage", { name: lineage.partner?.name ?? t("portfolio.unknownPartner") });
  return t(`portfolio.stages.${lineage.kind}`);
}

/** The version history of each of the project's assessments, in stage order. */
export function versionTrends(project: ProjectFacts, lineages: ReadonlyArray<VersionLineage>, locale: Locale = defaultLocale): VersionTrend[] {
  const compare = collatorFor(locale).compare;
  return lineages
    .filter((l) => l.projectId === project.id)
    .sort((a, b) => lineageOrder.indexOf(a.kind) - lineageOrder.indexOf(b.kind) || compare(lineageLabel(a, locale), lineageLabel(b, locale)))
    .map((lineage) => {
      // Drafts are left out: a draft rates what is unanswered as unknown, so its move means nothing yet.
      const points = rateVersions(settledVersions(lineage.versions));
      const draftInProgress = lineage.versions.some((v) => v.isCurrent && !isSettled(v.status));
      return { label: lineageLabel(lineage, locale), points, text: describeVersions(points, locale), word: latestTrend(points.map((p) => p.rating)), draftInProgress };
    });
}
