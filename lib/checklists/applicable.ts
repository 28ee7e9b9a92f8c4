import type { ChecklistDefinition, ChecklistSection, ParticipationModeId } from "./definition-schema";

/**
 * The checklist as asked for a project in a given participation mode: items limited to other
 * modes are dropped, and checklist sections left empty disappear.
 */
export function applicableChecklist(checklist: ChecklistDefinition, mode: ParticipationModeId): ChecklistDefinition {
  const sections: ChecklistSection[] = [];
  for (const section of checklist.sections) {
    const items = section.items.filter((item) => !item.modes || item.modes.includes(mode));
    if (section.kind === "checklist" && items.length === 0) continue;
    sections.push({ ...section, items });
  }
  return { ...checklist, sections };
}

export function findSection(checklist: ChecklistDefinition, sectionId: string): ChecklistSection | undefined {
  return checklist.sections.find((s) => s.id === sectionId);
}
