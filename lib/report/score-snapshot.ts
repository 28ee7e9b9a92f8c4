import type { AssessmentFacts, ProjectFacts, ScoreSnapshot } from "@/lib/domain/facts";
import { SCORE_MODEL } from "@/lib/scoring/config";
import { buildAssessmentReport } from "./assessment-report";

/** What a settled version's stored scores hold: the same report model the report page shows. */
export function scoreSnapshotOf(project: ProjectFacts, facts: AssessmentFacts): ScoreSnapshot {
  const report = buildAssessmentReport(project, facts);
  return { score: report.score, rating: report.rating, redFlags: report.redFlags.length, gaps: report.gaps.length };
}

/** The stored snapshot, when the current scoring rules computed it; otherwise it must be computed again. */
export function currentSnapshot(row: { scoreSnapshot: ScoreSnapshot | null; scoreModel: number | null }): ScoreSnapshot | null {
  return row.scoreSnapshot !== null && row.scoreModel === SCORE_MODEL ? row.scoreSnapshot : null;
}
