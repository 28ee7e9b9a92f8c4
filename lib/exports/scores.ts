import type { AssessmentReport } from "@/lib/report/assessment-report";
import type { ProjectReport } from "@/lib/report/project-report";
import type { AssessmentScores, ProjectScores } from "./format-schema";
import { localize } from "@/lib/i18n/localized-text";
import { msg } from "@/lib/i18n/message-ref";

/**
 * The numbers and ratings of a report model, as an export file carries them. The importer
 * recomputes the report from the imported rows and compares with these: same function, same shape.
 */
export function assessmentScoresOf(report: AssessmentReport): AssessmentScores {
  const register = report.register;
  return {
    rating: report.rating,
    score: report.score,
    scoreRating: report.scoreRating,
    answered: report.progress.answered,
    total: report.progress.total,
    sections: register
      ? // The file is the same whoever exports it: titles in English, as the report model has them.
        register.sections.map((s) => ({ id: s.id, title: localize(s.title, "en"), score: s.highestScore, rating: s.rating }))
      : report.sections.map((s) => ({ id: s.id, title: s.title, score: s.score, rating: s.rating })),
    redFlags: report.redFlags.map((f) => f.criterionId).filter((id): id is string => id !== null),
    gaps: report.gaps.map((g) => g.criterionId),
    riskRegister: register
      ? {
          rating: register.rating,
          heatMap: register.heatMap.map((row) => [...row]),
          ranked: register.ranked.map((r) => ({ criterionId: r.item.id, score: r.score!, rating: r.rating!, priority: r.isPriority })),
        }
      : null,
    indicatorProgress: report.indicators.map((i) => i.progress),
  };
}

export function projectScoresOf(report: ProjectReport): ProjectScores {
  return {
    rating: report.overall.rating,
    drivenBy: report.overall.drivenBy,
    redFlags: report.overall.redFlags.map((f) => ({ part: f.part, criterionId: f.criterionId })),
    gapsCount: report.gapsCount,
  };
}

/**
 * The first few differences between the scores in a file and the recomputed ones, as message
 * references (`label` is one too); empty when equal.
 */
export function describeScoreDifferences(label: string, expected: unknown, actual: unknown): string[] {
  const out: string[] = [];
  const walk = (path: string, a: unknown, b: unknown) => {
    if (out.length >= 3) return;
    if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) walk(path ? `${path}.${key}` : key, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
      return;
    }
    const shown = (v: unknown) => JSON.stringify(v) ?? msg("importErrors.nothing");
    if (!Object.is(a, b)) out.push(msg("importErrors.scoreDiffers", { what: label, path, inFile: shown(a), here: shown(b) }));
  };
  walk("", expected, actual);
  return out;
}
