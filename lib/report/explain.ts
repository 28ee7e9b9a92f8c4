import {
  answerRiskPoints,
  answerValues,
  checklistBands,
  priorityRiskScore,
  redFlagMinimumRating,
  riskBands,
  type Rating,
} from "@/lib/scoring/config";
import type { ChecklistScore } from "@/lib/scoring/score-checklist";
import type { RiskRegisterScore } from "@/lib/scoring/score-risks";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized-text";
import { formatPoints, formatScore } from "./format";
import { wordsFor, type Words } from "./words";

function describeBands(w: Words, bands: ReadonlyArray<{ rating: Rating; from: number }>, top: number): string {
  const ascending = [...bands].reverse();
  return ascending
    .map((band, i) => {
      const next = ascending[i + 1];
      const rating = w(`ratings.${band.rating}`);
      return next ? w("report.method.bandBelow", { from: band.from, to: next.from, rating }) : w("report.method.bandTop", { from: band.from, to: top, rating });
    })
    .join(w("report.listSeparator"));
}

function describePoints(w: Words): string {
  return answerValues
    .map((value) => {
      const points = answerRiskPoints[value];
      // Lower case inside an English sentence ("partly met 0.5"); Chinese has no case.
      const answer = w(`answers.${value}`).toLowerCase();
      return points === null ? w("report.method.answerLeftOut", { answer }) : w("report.method.answerPoints", { answer, points: formatPoints(points) });
    })
    .join(w("report.listSeparator"));
}

/** "How this score was computed", with this assessment's own numbers. */
export function explainChecklistScore(scored: ChecklistScore, locale: Locale = defaultLocale): string[] {
  const w = wordsFor(locale);
  const rating = (r: Rating | null) => (r ? w(`ratings.${r}`) : w("report.method.nothingYet"));
  const lines = [w("report.method.points", { list: describePoints(w) })];
  for (const section of scored.sections) {
    const title = localize(section.title, locale);
    const terms = section.items
      .filter((i) => i.points !== null)
      .map((i) => `${i.item.weight}×${formatPoints(i.points!)}`);
    lines.push(
      section.score === null
        ? w("report.method.sectionLeftOut", { section: title })
        : w("report.method.sectionScore", {
            section: title,
            terms: terms.join(" + "),
            weight: section.applicableWeight,
            score: formatScore(section.score, locale),
            rating: rating(section.rating),
          }),
    );
  }
  const counted = scored.sections.filter((s) => s.score !== null);
  if (scored.score !== null) {
    const terms = counted.map((s) => `${s.weight}×${formatScore(s.score, locale)}`).join(" + ");
    const weight = counted.reduce((sum, s) => sum + s.weight, 0);
    lines.push(w("report.method.checklistScore", { terms, weight, score: formatScore(scored.score, locale) }));
  }
  lines.push(w("report.method.bands", { bands: describeBands(w, checklistBands, 100), rating: rating(scored.scoreRating) }));
  if (scored.redFlags.length > 0) {
    lines.push(
      w("report.method.redFlags", { count: scored.redFlags.length, minimum: rating(redFlagMinimumRating), rating: rating(scored.rating) }),
    );
  } else {
    lines.push(w("report.method.noRedFlags"));
  }
  return lines;
}

export function explainRiskRegister(register: RiskRegisterScore, locale: Locale = defaultLocale): string[] {
  const w = wordsFor(locale);
  const open = register.risks.filter((r) => r.isOpen && r.score !== null);
  const worst = register.ranked.reduce<number | null>((max, r) => (max === null || r.score! > max ? r.score! : max), null);
  return [
    w("report.method.riskScale"),
    w("report.method.riskBands", { bands: describeBands(w, riskBands, 25) }),
    w("report.method.riskPriority", { priority: priorityRiskScore }),
    w("report.method.riskCounts", { open: open.length, gaps: register.gaps.length }),
    worst === null || !register.rating
      ? w("report.method.registerUnrated")
      : w("report.method.registerRating", { worst, rating: w(`ratings.${register.rating}`) }),
  ];
}
