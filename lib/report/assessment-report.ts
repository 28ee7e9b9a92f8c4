import { assessmentChecklist } from "@/lib/checklists/assessment-checklist";
import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import { getChecklist } from "@/lib/checklists/registry";
import type { Rating } from "@/lib/scoring/config";
import { scoreChecklist, type ChecklistScore } from "@/lib/scoring/score-checklist";
import { scoreRiskRegister, type RiskRegisterScore, type ScoredRisk } from "@/lib/scoring/score-risks";
import type { RedFlag } from "@/lib/scoring/rate-project";
import { assessmentTitle, indicatorProgress } from "./format";
import type { AnswerFacts, AssessmentFacts, EvidenceFileFacts, ProjectFacts } from "@/lib/domain/facts";
import { explainChecklistScore, explainRiskRegister } from "./explain";
import { collectSources, type SourceUse } from "./sources";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized-text";
import { wordsFor } from "./words";

export type ChartBar = { label: string; value: number | null; rating: Rating | null };

export type ReportItem = {
  item: ChecklistItem;
  answerLabel: string;
  points: number | null;
  facts: AnswerFacts | null;
  isGap: boolean;
  isRedFlag: boolean;
};

export type AssessmentReport = {
  /** The language its words (titles, answers, red flags, method) are in; its outline is built in the same. */
  locale: Locale;
  id: string;
  title: string;
  checklistTitle: string;
  checklistVersion: number;
  status: AssessmentFacts["status"];
  version: number;
  submittedAt: Date | null;
  submittedBy: string | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  /** The sign-off says "self-approved": the four-eyes rule was waived by the organisation's setting. */
  selfApproved: boolean;
  updatedAt: Date;
  project: ProjectFacts;
  rating: Rating | null;
  /** 0–100 for checklists; null for the risk register, whose rating is its worst open risk. */
  score: number | null;
  scoreRating: Rating | null;
  progress: { answered: number; total: number };
  chart: { max: number; unit: string; bars: ChartBar[] };
  sections: Array<{ id: string; title: string; score: number | null; rating: Rating | null; items: ReportItem[] }>;
  redFlags: RedFlag[];
  gaps: Array<{ criterionId: string; prompt: string; reason: string }>;
  register: RiskRegisterScore | null;
  topRisks: ScoredRisk[];
  indicators: Array<AssessmentFacts["indicators"][number] & { progress: number | null }>;
  sources: SourceUse[];
  method: string[];
  /** Evidence files by item, as loaded with the assessment. */
  files: EvidenceFileFacts[];
  /** The register's notes by risk (why a risk does not apply, among others); empty for a checklist. */
  riskNotes: Record<string, string>;
};

/** The report model in one language: English unless the caller passes the reader's. */
export function buildAssessmentReport(project: ProjectFacts, facts: AssessmentFacts, locale: Locale = defaultLocale): AssessmentReport {
  const w = wordsFor(locale);
  const text = (t: Parameters<typeof localize>[0]) => localize(t, locale);
  const checklist = assessmentChecklist(facts);
  const title = assessmentTitle(facts, locale);
  const answerLabel = (value: AnswerFacts["value"]) => (value ? w(`answers.${value}`) : w("answers.notAnswered"));
  const indicators = facts.indicators.map((i) => ({ ...i, progress: indicatorProgress(i.target, i.actual) }));
  const base = {
    locale,
    id: facts.id,
    title,
    checklistTitle: text(checklist.title),
    checklistVersion: checklist.version,
    status: facts.status,
    version: facts.version,
    submittedAt: facts.submittedAt,
    submittedBy: facts.submittedBy,
    reviewedAt: facts.reviewedAt,
    reviewedBy: facts.reviewedBy,
    selfApproved: facts.selfApproved,
    updatedAt: facts.updatedAt,
    project,
    indicators,
    sources: collectSources(checklist, locale),
    files: facts.files ?? [],
    riskNotes: Object.fromEntries([...facts.risks].filter(([, r]) => r.notes.trim() !== "").map(([id, r]) => [id, r.notes])),
  };

  if (facts.kind === "during") {
    const register = scoreRiskRegister(checklist, facts.risks);
    const rated = register.risks.length - register.gaps.length;
    return {
      ...base,
      rating: register.rating,
      score: null,
      scoreRating: register.rating,
      progress: { answered: rated, total: register.risks.length },
      chart: {
        max: 25,
        unit: w("report.chart.registerUnit"),
        bars: register.sections.map((s) => ({ label: text(s.title), value: s.highestScore, rating: s.rating })),
      },
      sections: [],
      redFlags: [],
      gaps: register.gaps.map((r) => ({ criterionId: r.item.id, prompt: text(r.item.prompt), reason: w("report.gaps.unrated") })),
      register,
      topRisks: register.ranked.slice(0, 10),
      method: explainRiskRegister(register, locale),
    };
  }

  const scored: ChecklistScore = scoreChecklist(checklist, facts.answers);
  return {
    ...base,
    rating: scored.rating,
    score: scored.score,
    scoreRating: scored.scoreRating,
    progress: { answered: scored.answeredCount, total: scored.itemCount },
    chart: {
      max: 100,
      unit: w("report.chart.checklistUnit"),
      bars: scored.sections.map((s) => ({ label: text(s.title), value: s.score, rating: s.rating })),
    },
    sections: scored.sections.map((s) => ({
      id: s.id,
      title: text(s.title),
      score: s.score,
      rating: s.rating,
      items: s.items.map((i) => ({
        item: i.item,
        answerLabel: answerLabel(i.value),
        points: i.points,
        facts: facts.answers.get(i.item.id) ?? null,
        isGap: i.isGap,
        isRedFlag: i.isRedFlag,
      })),
    })),
    redFlags: scored.redFlags.map((i) => ({
      part: title,
      criterionId: i.item.id,
      text: w("report.redFlags.text", { prompt: text(i.item.prompt), answer: answerLabel(i.value) }),
    })),
    gaps: scored.gaps.map((i) => ({
      criterionId: i.item.id,
      prompt: text(i.item.prompt),
      reason: i.value === null ? w("report.gaps.unanswered") : w("report.gaps.unknown"),
    })),
    register: null,
    topRisks: [],
    method: explainChecklistScore(scored, locale),
  };
}
