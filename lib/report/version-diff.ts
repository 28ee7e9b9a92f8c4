import type { ChecklistDefinition, ChecklistText } from "@/lib/checklists/definition-schema";
import type { AnswerValue } from "@/lib/scoring/config";
import type { RiskStatus } from "@/lib/scoring/score-risks";
import type { AssessmentFacts, IndicatorFacts } from "@/lib/domain/facts";

/**
 * What changed between two versions, in no language: field ids and stored values. The history
 * page names the fields (versions.fields.*) and shows the values in the reader's language.
 */
type FieldValues = {
  answer: AnswerValue;
  notes: string;
  evidence: string;
  likelihood: number;
  impact: number;
  status: RiskStatus;
  mitigation: string;
  indicators: IndicatorFacts[];
};
export type VersionField = keyof FieldValues;

export type VersionChange = {
  [F in VersionField]: {
    /** Null for what belongs to the whole assessment (its indicators). */
    criterionId: string | null;
    prompt: ChecklistText | null;
    field: F;
    /** Null when the version had nothing there. */
    before: FieldValues[F] | null;
    after: FieldValues[F] | null;
  };
}[VersionField];

const normal = (v: unknown) => (v === undefined || v === "" || (Array.isArray(v) && v.length === 0) ? null : v);
const same = (a: unknown, b: unknown) => JSON.stringify(normal(a)) === JSON.stringify(normal(b));
const indicatorsOf = (f: AssessmentFacts) => f.indicators.map(({ name, actual, target, unit }) => ({ name, actual, target, unit }));

/** What changed between two versions of an assessment, item by item, in checklist order. */
export function diffVersions(checklist: ChecklistDefinition, older: AssessmentFacts, newer: AssessmentFacts): VersionChange[] {
  const changes: VersionChange[] = [];
  const push = <F extends VersionField>(criterionId: string | null, prompt: ChecklistText | null, field: F, a: FieldValues[F] | null | undefined, b: FieldValues[F] | null | undefined) => {
    if (!same(a, b)) changes.push({ criterionId, prompt, field, before: normal(a) as FieldValues[F] | null, after: normal(b) as FieldValues[F] | null } as VersionChange);
  };
  for (const section of checklist.sections) {
    for (const item of section.items) {
      const a = older.answers.get(item.id);
      const b = newer.answers.get(item.id);
      push(item.id, item.prompt, "answer", a?.value, b?.value);
      push(item.id, item.prompt, "notes", a?.notes, b?.notes);
      push(item.id, item.prompt, "evidence", a?.evidence, b?.evidence);
      const ra = older.risks.get(item.id);
      const rb = newer.risks.get(item.id);
      push(item.id, item.prompt, "likelihood", ra?.likelihood, rb?.likelihood);
      push(item.id, item.prompt, "impact", ra?.impact, rb?.impact);
      push(item.id, item.prompt, "status", ra?.status, rb?.status);
      push(item.id, item.prompt, "mitigation", ra?.mitigation?.action, rb?.mitigation?.action);
    }
  }
  push(null, null, "indicators", indicatorsOf(older), indicatorsOf(newer));
  return changes;
}
