import type { OwnRiskFacts } from "@/lib/domain/facts";
import { applicableChecklist } from "./applicable";
import type { ChecklistDefinition, ChecklistItem, ChecklistKind, ParticipationModeId } from "./definition-schema";
import { getChecklist } from "./registry";

/** Own risks are numbered D.OWN.1, D.OWN.2, … in their series. */
export const OWN_RISK_PREFIX = "D.OWN.";

export function isOwnRiskId(criterionId: string): boolean {
  return criterionId.startsWith(OWN_RISK_PREFIX);
}

/**
 * An own risk as a checklist item. Its words are the organisation's, written once, so both
 * languages show them as written; it weighs like a plain framework risk and cites no paper.
 */
export function ownRiskItem(own: Pick<OwnRiskFacts, "criterionId" | "title" | "description">): ChecklistItem {
  return {
    id: own.criterionId,
    answerType: "risk",
    prompt: { en: own.title, "zh-CN": own.title },
    help: { en: own.description, "zh-CN": own.description },
    weight: 1,
    critical: false,
    sources: [],
    ownRisk: true,
  };
}

/**
 * The checklist of one assessment exactly as it is answered: its stored version, in the mode it
 * started in, with the organisation's own risks in the sections they were filed under. Every page,
 * save, score and report of an assessment reads its items from here.
 */
export function assessmentChecklist(assessment: {
  kind: ChecklistKind;
  checklistVersion: number;
  participationMode: ParticipationModeId;
  ownRisks?: ReadonlyArray<Pick<OwnRiskFacts, "criterionId" | "sectionId" | "title" | "description">>;
}): ChecklistDefinition {
  const checklist = applicableChecklist(getChecklist(assessment.kind, assessment.checklistVersion), assessment.participationMode);
  const own = assessment.ownRisks ?? [];
  if (own.length === 0) return checklist;
  return {
    ...checklist,
    sections: checklist.sections.map((section) => {
      const added = own.filter((o) => o.sectionId === section.id).map(ownRiskItem);
      return added.length ? { ...section, items: [...section.items, ...added] } : section;
    }),
  };
}

/** The sections an own risk may be filed under: the register's risk sections. */
export function ownRiskSections(checklist: ChecklistDefinition) {
  return checklist.id === "during" ? checklist.sections.filter((s) => s.kind === "checklist") : [];
}
