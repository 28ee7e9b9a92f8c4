import { roundScore } from "@/lib/scoring/config";
import { checklistLabels } from "@/lib/checklists/registry";
import type { AssessmentFacts } from "@/lib/domain/facts";

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

const statusLabels = { draft: "Draft", submitted: "Submitted", approved: "Approved", returned: "Returned" } as const;

export function statusLabel(status: keyof typeof statusLabels, version = 1): string {
  return version > 1 ? `${statusLabels[status]} · v${version}` : statusLabels[status];
}

/** Status in words for sign-off blocks (HTML and PDF). */
export const signOffStatusLabels = {
  draft: "Draft",
  submitted: "Submitted, awaiting review",
  approved: "Approved",
  returned: "Returned with comments",
} as const;

export const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");
