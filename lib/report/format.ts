import { roundScore } from "@/lib/scoring/config";
import { checklistLabels } from "@/lib/checklists/registry";
import type { AssessmentFacts, AssessmentStatus } from "@/lib/domain/facts";
import { reportLabels } from "./outline/labels";

export function formatScore(score: number | null): string {
  return score === null ? "—" : roundScore(score).toFixed(1);
}

export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}

export function assessmentTitle(a: Pick<AssessmentFacts, "kind" | "partner">): string {
  return a.kind === "partner" && a.partner ? `Partner due diligence: ${a.partner.name}` : checklistLabels[a.kind];
}

/** Percent of target reached, or null when it cannot be computed. */
export function indicatorProgress(target: number | null, actual: number | null): number | null {
  if (target === null || actual === null || target === 0) return null;
  return (100 * actual) / target;
}

/** The short status word, with the version once there is more than one. */
export function statusLabel(status: AssessmentStatus, version = 1): string {
  const word = reportLabels.shortStatus[status];
  return version > 1 ? reportLabels.statusWithShortVersion(word, version) : word;
}

/**
 * The long status words, held by the report outline's labels. Only `components/review/sign-off.tsx`
 * still reads them here; the report pages no longer render it (its folder belongs to another change).
 */
export const signOffStatusLabels = reportLabels.status;

export const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");
