import type { ChecklistDefinition, ChecklistItem, ChecklistText } from "@/lib/checklists/definition-schema";
import { bandFor, priorityRiskScore, riskBands, worstRating, type Rating } from "./config";

export const riskStatuses = ["open", "mitigating", "closed", "not_applicable"] as const;
export type RiskStatus = (typeof riskStatuses)[number];

/** Closed, or found not to arise in this project: neither is rated, mapped nor counted as a gap. */
export const isSettledRisk = (status: RiskStatus) => status === "closed" || status === "not_applicable";

export type RiskInput = {
  likelihood: number | null;
  impact: number | null;
  status: RiskStatus;
  mitigation: { action: string; owner: string; dueDate: string | null } | null;
};

export type ScoredRisk = {
  item: ChecklistItem;
  sectionId: string;
  likelihood: number | null;
  impact: number | null;
  /** likelihood × impact, 1–25; null until both are rated. */
  score: number | null;
  rating: Rating | null;
  status: RiskStatus;
  isOpen: boolean;
  mitigation: RiskInput["mitigation"];
  /** Open and scoring high, or open without a mitigation: listed first. */
  isPriority: boolean;
};

export type RiskSectionScore = { id: string; title: ChecklistText; highestScore: number | null; rating: Rating | null };

export type RiskRegisterScore = {
  /** The worst band among open, rated risks. */
  rating: Rating | null;
  risks: ScoredRisk[];
  /** Open risks, priority first, then by score (highest first). */
  ranked: ScoredRisk[];
  /** heatMap[likelihood-1][impact-1] = number of open risks in that cell. */
  heatMap: number[][];
  sections: RiskSectionScore[];
  /** Risks still open but not yet rated for likelihood and impact. */
  gaps: ScoredRisk[];
};

export function scoreRisk(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export function scoreRiskRegister(
  checklist: ChecklistDefinition,
  inputs: ReadonlyMap<string, RiskInput>,
): RiskRegisterScore {
  const risks: ScoredRisk[] = [];
  const sections: RiskSectionScore[] = [];
  for (const section of checklist.sections) {
    if (section.kind !== "checklist") continue;
    let highest: number | null = null;
    for (const item of section.items) {
      const input = inputs.get(item.id);
      const likelihood = input?.likelihood ?? null;
      const impact = input?.impact ?? null;
      const score = likelihood !== null && impact !== null ? scoreRisk(likelihood, impact) : null;
      const status = input?.status ?? "open";
      const isOpen = !isSettledRisk(status);
      const mitigation = input?.mitigation?.action.trim() ? input.mitigation : null;
      risks.push({
        item,
        sectionId: section.id,
        likelihood,
        impact,
        score,
        rating: score === null ? null : bandFor(score, riskBands),
        status,
        isOpen,
        mitigation,
        isPriority: isOpen && score !== null && (score >= priorityRiskScore || mitigation === null),
      });
      if (isOpen && score !== null && (highest === null || score > highest)) highest = score;
    }
    sections.push({
      id: section.id,
      title: section.title,
      highestScore: highest,
      rating: highest === null ? null : bandFor(highest, riskBands),
    });
  }

  const heatMap = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 0));
  const open = risks.filter((r) => r.isOpen && r.score !== null);
  for (const risk of open) heatMap[risk.likelihood! - 1]![risk.impact! - 1]! += 1;
  const ranked = [...open].sort(
    (a, b) => Number(b.isPriority) - Number(a.isPriority) || b.score! - a.score!,
  );
  return {
    rating: worstRating(open.map((r) => r.rating)),
    risks,
    ranked,
    heatMap,
    sections,
    // A closed or inapplicable risk needs no rating, so it is no gap.
    gaps: risks.filter((r) => r.score === null && r.isOpen),
  };
}
