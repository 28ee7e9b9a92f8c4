import type { ChecklistDefinition } from "@/lib/checklists/definition-schema";
import { answerLabels } from "@/lib/scoring/config";
import type { AssessmentFacts } from "@/lib/domain/facts";
import { localize } from "@/lib/i18n/localized-text";

export type VersionChange = { criterionId: string; prompt: string; field: string; before: string; after: string };

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));

/** What changed between two versions of an assessment, item by item, in checklist order. */
export function diffVersions(checklist: ChecklistDefinition, older: AssessmentFacts, newer: AssessmentFacts): VersionChange[] {
  const changes: VersionChange[] = [];
  const push = (criterionId: string, prompt: string, field: string, a: unknown, b: unknown) => {
    if (show(a) !== show(b)) changes.push({ criterionId, prompt, field, before: show(a), after: show(b) });
  };
  for (const section of checklist.sections) {
    for (const item of section.items) {
      const a = older.answers.get(item.id);
      const b = newer.answers.get(item.id);
      push(item.id, localize(item.prompt, "en"), "Answer", a?.value ? answerLabels[a.value] : null, b?.value ? answerLabels[b.value] : null);
      push(item.id, localize(item.prompt, "en"), "Notes", a?.notes, b?.notes);
      push(item.id, localize(item.prompt, "en"), "Evidence", a?.evidence, b?.evidence);
      const ra = older.risks.get(item.id);
      const rb = newer.risks.get(item.id);
      push(item.id, localize(item.prompt, "en"), "Likelihood", ra?.likelihood, rb?.likelihood);
      push(item.id, localize(item.prompt, "en"), "Impact", ra?.impact, rb?.impact);
      push(item.id, localize(item.prompt, "en"), "Status", ra?.status, rb?.status);
      push(item.id, localize(item.prompt, "en"), "Mitigation", ra?.mitigation?.action, rb?.mitigation?.action);
    }
  }
  const indicators = (f: AssessmentFacts) => f.indicators.map((i) => `${i.name}: ${show(i.actual)} of ${show(i.target)} ${i.unit}`.trim()).join("; ");
  push("—", "Indicators", "Indicators", indicators(older), indicators(newer));
  return changes;
}
