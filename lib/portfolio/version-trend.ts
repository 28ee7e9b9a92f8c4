import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { roundScore, type Rating } from "@/lib/scoring/config";
import { latestTrend, type TrendWord } from "./trend";

export type VersionPoint = { version: number; rating: Rating | null; score: number | null };

/** The versions of one assessment: a stage of the project, or the due diligence of one of its partners. */
export type VersionLineage = {
  projectId: string;
  kind: AssessmentFacts["kind"];
  partner: { id: string; name: string } | null;
  versions: AssessmentFacts[];
};

export type VersionTrend = {
  label: string;
  points: VersionPoint[];
  /** E.g. "v1 High (80.0) → v2 Moderate (40.0)". */
  text: string;
  word: TrendWord | null;
};

const lineageOrder = ["before", "partner", "during", "after"] as const;
const stageNames = { before: "Before", during: "During", after: "After" } as const;

/**
 * Each version rated from its own answers with the report model, not from its stored snapshot:
 * seeded and older versions have none, and the report model is the one the rest of the app trusts.
 */
export function rateVersions(project: ProjectFacts, versions: ReadonlyArray<AssessmentFacts>): VersionPoint[] {
  return [...versions]
    .sort((a, b) => a.version - b.version)
    .map((facts) => {
      const report = buildAssessmentReport(project, facts);
      // Rounded as reports show it, so the band and the number shown never disagree.
      return { version: facts.version, rating: report.rating, score: report.score === null ? null : roundScore(report.score) };
    });
}

export function describeVersions(points: ReadonlyArray<VersionPoint>): string {
  return points
    .map((p) => `v${p.version} ${p.rating ?? "not rated"}${p.score === null ? "" : ` (${p.score.toFixed(1)})`}`)
    .join(" → ");
}

export function lineageLabel(lineage: Pick<VersionLineage, "kind" | "partner">): string {
  if (lineage.kind === "partner") return `Partner: ${lineage.partner?.name ?? "unknown"}`;
  return stageNames[lineage.kind];
}

/** The version history of each of the project's assessments, in stage order. */
export function versionTrends(project: ProjectFacts, lineages: ReadonlyArray<VersionLineage>): VersionTrend[] {
  return lineages
    .filter((l) => l.projectId === project.id)
    .sort((a, b) => lineageOrder.indexOf(a.kind) - lineageOrder.indexOf(b.kind) || lineageLabel(a).localeCompare(lineageLabel(b)))
    .map((lineage) => {
      const points = rateVersions(project, lineage.versions);
      return { label: lineageLabel(lineage), points, text: describeVersions(points), word: latestTrend(points.map((p) => p.rating)) };
    });
}
