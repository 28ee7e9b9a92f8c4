import {
  answerLabels,
  answerRiskPoints,
  checklistBands,
  priorityRiskScore,
  redFlagMinimumRating,
  riskBands,
  type Rating,
} from "@/lib/scoring/config";
import type { ChecklistScore } from "@/lib/scoring/score-checklist";
import type { RiskRegisterScore } from "@/lib/scoring/score-risks";
import { formatPoints, formatScore } from "./format";

function describeBands(bands: ReadonlyArray<{ rating: Rating; from: number }>, top: number): string {
  const ascending = [...bands].reverse();
  return ascending
    .map((band, i) => {
      const next = ascending[i + 1];
      return next ? `${band.from} to under ${next.from} ${band.rating}` : `${band.from}–${top} ${band.rating}`;
    })
    .join(", ");
}

function describePoints(): string {
  return Object.entries(answerRiskPoints)
    .map(([value, points]) => {
      const label = answerLabels[value as keyof typeof answerLabels].toLowerCase();
      return points === null ? `${label} is left out` : `${label} ${formatPoints(points)}`;
    })
    .join(", ");
}

/** "How this score was computed", with this assessment's own numbers. */
export function explainChecklistScore(scored: ChecklistScore): string[] {
  const lines = [
    `Each answer carries risk points: ${describePoints()}. Unanswered items count as unknown, and unknown is also listed as an information gap.`,
  ];
  for (const section of scored.sections) {
    const terms = section.items
      .filter((i) => i.points !== null)
      .map((i) => `${i.item.weight}×${formatPoints(i.points!)}`);
    lines.push(
      section.score === null
        ? `${section.title}: every item is not applicable, so the section is left out.`
        : `${section.title}: 100 × (${terms.join(" + ")}) ÷ ${section.applicableWeight} = ${formatScore(section.score)} (${section.rating}).`,
    );
  }
  const counted = scored.sections.filter((s) => s.score !== null);
  if (scored.score !== null) {
    const numerator = counted.map((s) => `${s.weight}×${formatScore(s.score)}`).join(" + ");
    const denominator = counted.reduce((sum, s) => sum + s.weight, 0);
    lines.push(
      `Checklist score, the sections' weighted mean: (${numerator}) ÷ ${denominator} = ${formatScore(scored.score)}.`,
    );
  }
  lines.push(`Bands: ${describeBands(checklistBands, 100)}. The score alone rates ${scored.scoreRating ?? "nothing yet"}.`);
  if (scored.redFlags.length > 0) {
    lines.push(
      `${scored.redFlags.length} critical item(s) not met or unknown: each is a red flag, and the rating is at least ${redFlagMinimumRating}, so it is ${scored.rating}.`,
    );
  } else {
    lines.push("No critical item is not met or unknown, so the rating is the score's band.");
  }
  return lines;
}

export function explainRiskRegister(register: RiskRegisterScore): string[] {
  const open = register.risks.filter((r) => r.isOpen && r.score !== null);
  const worst = register.ranked.reduce<number | null>((max, r) => (max === null || r.score! > max ? r.score! : max), null);
  return [
    "Each risk is rated for likelihood (1–5) and impact (1–5); its score is likelihood × impact, 1–25.",
    `Bands for one risk: ${describeBands(riskBands, 25)}.`,
    `Open risks scoring ${priorityRiskScore} or more, or without a mitigation, are listed first. Closed risks are left out of the heat map and the rating.`,
    `${open.length} open risk(s) are rated; ${register.gaps.length} are not rated yet (information gaps).`,
    worst === null
      ? "No open risk is rated yet, so the register has no rating."
      : `The register's rating is the band of its highest open risk: ${worst} → ${register.rating}.`,
  ];
}
