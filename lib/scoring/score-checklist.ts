import type { ChecklistDefinition, ChecklistItem, ChecklistText } from "@/lib/checklists/definition-schema";
import {
  answerRiskPoints,
  bandFor,
  checklistBands,
  redFlagAnswers,
  redFlagMinimumRating,
  worstRating,
  type AnswerValue,
  type Rating,
} from "./config";

export type ItemAnswer = { value: AnswerValue | null };

export type ScoredItem = {
  item: ChecklistItem;
  sectionId: string;
  /** null when not answered yet. */
  value: AnswerValue | null;
  /** Risk points 0–1, or null when not applicable. Unanswered counts as unknown. */
  points: number | null;
  isGap: boolean;
  isRedFlag: boolean;
};

export type ScoredSection = {
  id: string;
  title: ChecklistText;
  weight: number;
  /** 0–100, null when every item is not applicable. */
  score: number | null;
  rating: Rating | null;
  weightedPoints: number;
  applicableWeight: number;
  items: ScoredItem[];
};

export type ChecklistScore = {
  score: number | null;
  /** The band of the score alone, before red flags. */
  scoreRating: Rating | null;
  /** The final rating: the score's band, lifted by red flags. */
  rating: Rating | null;
  sections: ScoredSection[];
  redFlags: ScoredItem[];
  gaps: ScoredItem[];
  answeredCount: number;
  itemCount: number;
};

function scoreItem(item: ChecklistItem, sectionId: string, answer: ItemAnswer | undefined): ScoredItem {
  const value = answer?.value ?? null;
  const effective: AnswerValue = value ?? "unknown";
  return {
    item,
    sectionId,
    value,
    points: answerRiskPoints[effective],
    isGap: effective === "unknown",
    isRedFlag: item.critical && redFlagAnswers.has(effective),
  };
}

/**
 * Scores a status checklist (BEFORE, PARTNER, AFTER). The checklist passed in must already be
 * limited to the project's participation mode (see applicableChecklist).
 */
export function scoreChecklist(
  checklist: ChecklistDefinition,
  answers: ReadonlyMap<string, ItemAnswer>,
): ChecklistScore {
  const sections: ScoredSection[] = [];
  for (const section of checklist.sections) {
    if (section.kind !== "checklist") continue;
    const items = section.items.map((item) => scoreItem(item, section.id, answers.get(item.id)));
    let weightedPoints = 0;
    let applicableWeight = 0;
    for (const scored of items) {
      if (scored.points === null) continue;
      weightedPoints += scored.item.weight * scored.points;
      applicableWeight += scored.item.weight;
    }
    const score = applicableWeight > 0 ? (100 * weightedPoints) / applicableWeight : null;
    sections.push({
      id: section.id,
      title: section.title,
      weight: section.weight,
      score,
      rating: score === null ? null : bandFor(score, checklistBands),
      weightedPoints,
      applicableWeight,
      items,
    });
  }

  let sum = 0;
  let weights = 0;
  for (const section of sections) {
    if (section.score === null) continue;
    sum += section.weight * section.score;
    weights += section.weight;
  }
  const score = weights > 0 ? sum / weights : null;
  const allItems = sections.flatMap((s) => s.items);
  const redFlags = allItems.filter((i) => i.isRedFlag);
  const scoreRating = score === null ? null : bandFor(score, checklistBands);
  return {
    score,
    scoreRating,
    rating: redFlags.length > 0 ? worstRating([scoreRating, redFlagMinimumRating]) : scoreRating,
    sections,
    redFlags,
    gaps: allItems.filter((i) => i.isGap),
    answeredCount: allItems.filter((i) => i.value !== null).length,
    itemCount: allItems.length,
  };
}
