import { describe, expect, it } from "vitest";
import { assessmentChecklist, ownRiskSections } from "./assessment-checklist";
import { checklistKinds } from "./definition-schema";
import { getChecklist, latestChecklist } from "./registry";
import { scoreRiskRegister } from "@/lib/scoring/score-risks";

const during = { kind: "during" as const, checklistVersion: latestChecklist("during").version, participationMode: "territorial" as const };
const flood = { criterionId: "D.OWN.1", sectionId: "safety-and-external", title: "Flooding of the site", description: "The river rises in July." };

describe("an assessment's own checklist", () => {
  it("files an own risk at the end of its section, in both languages as written", () => {
    const checklist = assessmentChecklist({ ...during, ownRisks: [flood] });
    const section = checklist.sections.find((s) => s.id === "safety-and-external")!;
    expect(section.items.at(-1)).toMatchObject({ id: "D.OWN.1", answerType: "risk", ownRisk: true, prompt: { en: "Flooding of the site", "zh-CN": "Flooding of the site" } });
    expect(checklist.sections.flatMap((s) => s.items).filter((i) => i.ownRisk)).toHaveLength(1);
    // The framework's items are untouched.
    expect(section.items.slice(0, -1)).toEqual(getChecklist("during", during.checklistVersion).sections.find((s) => s.id === "safety-and-external")!.items);
  });

  it("scores an own risk rated 4 × 4 as 16, High, first in line and in the heat map's cell (4, 4)", () => {
    const register = scoreRiskRegister(
      assessmentChecklist({ ...during, ownRisks: [flood] }),
      new Map([["D.OWN.1", { likelihood: 4, impact: 4, status: "open" as const, mitigation: null }]]),
    );
    expect(register.ranked[0]).toMatchObject({ item: { id: "D.OWN.1" }, score: 16, rating: "High" });
    expect(register.heatMap[3]![3]).toBe(1);
    expect(register.rating).toBe("High");
  });

  it("offers the register's risk sections as categories, and nothing on the other checklists", () => {
    expect(ownRiskSections(assessmentChecklist(during)).map((s) => s.id)).toEqual([
      "partner-and-beneficiaries", "funding-and-costs", "delivery", "staff-and-volunteers", "safety-and-external",
    ]);
    for (const kind of checklistKinds.filter((k) => k !== "during")) {
      expect(ownRiskSections(assessmentChecklist({ ...during, kind, checklistVersion: latestChecklist(kind).version }))).toEqual([]);
    }
  });

  it("is never an own risk in the data files", () => {
    for (const kind of checklistKinds) {
      for (const item of latestChecklist(kind).sections.flatMap((s) => s.items)) expect(item.ownRisk, item.id).toBeUndefined();
    }
  });
});
