import type { ChecklistDefinition, ChecklistSection } from "@/lib/checklists/definition-schema";
import type { AssessmentFacts } from "@/lib/domain/facts";
import { parseSectionValues } from "./section-schema";
import { asFormText } from "./section-paths";
import { localize } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";

/** Form values as the inputs hold them: strings for selects and numbers, so empty stays empty. */
export type SectionFormValues = {
  items?: Array<{ criterionId: string; value: string; notes: string; evidence: string }>;
  risks?: Array<{
    criterionId: string;
    likelihood: string;
    impact: string;
    status: string;
    mitigation: string;
    owner: string;
    dueDate: string;
    notes: string;
  }>;
  indicators?: Array<{ name: string; unit: string; target: string; actual: string }>;
};

const str = asFormText;

/** The stored answers of one section, shaped as the section's form values. */
export function sectionFormValues(section: ChecklistSection, facts: AssessmentFacts): SectionFormValues {
  if (section.kind === "indicators") {
    return {
      indicators: facts.indicators.map((i) => ({ name: i.name, unit: i.unit, target: str(i.target), actual: str(i.actual) })),
    };
  }
  if (section.items[0]?.answerType === "risk") {
    return {
      risks: section.items.map((item) => {
        const risk = facts.risks.get(item.id);
        return {
          criterionId: item.id,
          likelihood: str(risk?.likelihood),
          impact: str(risk?.impact),
          status: risk?.status ?? "open",
          mitigation: risk?.mitigation?.action ?? "",
          owner: risk?.mitigation?.owner ?? "",
          dueDate: str(risk?.mitigation?.dueDate),
          notes: risk?.notes ?? "",
        };
      }),
    };
  }
  return {
    items: section.items.map((item) => {
      const answer = facts.answers.get(item.id);
      return { criterionId: item.id, value: answer?.value ?? "", notes: answer?.notes ?? "", evidence: answer?.evidence ?? "" };
    }),
  };
}

export type SectionProgress = { sectionId: string; title: string; done: number; total: number; complete: boolean };

/**
 * How far each section is: answered items out of all, and whether it passes the complete schema.
 * Titles are in `locale`, the reader's language.
 */
export function assessmentProgress(checklist: ChecklistDefinition, facts: AssessmentFacts, locale: Locale): SectionProgress[] {
  return checklist.sections.map((section) => {
    const values = sectionFormValues(section, facts);
    const complete = parseSectionValues(section, "complete", values).ok;
    if (section.kind === "indicators") {
      const rows = values.indicators ?? [];
      return { sectionId: section.id, title: localize(section.title, locale), done: complete && rows.length ? 1 : 0, total: 1, complete: complete && rows.length > 0 };
    }
    const done = values.items
      ? values.items.filter((i) => i.value !== "").length
      : (values.risks ?? []).filter((r) => r.status === "closed" || r.status === "not_applicable" || (r.likelihood !== "" && r.impact !== "")).length; // a closed or inapplicable risk needs no rating
    return { sectionId: section.id, title: localize(section.title, locale), done, total: section.items.length, complete };
  });
}
