import { applicableChecklist } from "@/lib/checklists/applicable";
import type { ChecklistKind } from "@/lib/checklists/definition-schema";
import { getChecklist, latestChecklist } from "@/lib/checklists/registry";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { answerValues } from "@/lib/scoring/config";

/** A small deterministic generator, so every run scores the same answers. */
function prng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

/** The one project every bench works on (the draft-save bench stores it without its partner). */
export const benchProject: ProjectFacts = {
  id: "bench",
  name: "Bench",
  summary: "",
  hostCountry: "LA",
  sector: "Education",
  participationMode: "territorial",
  budget: "1000",
  currency: "USD",
  startDate: "2027-01-01",
  endDate: "2027-12-31",
  partners: [{ id: "p", name: "Partner", country: "LA" }],
};

export function scoringWorkload(kind: ChecklistKind, count: number) {
  const checklist = latestChecklist(kind);
  const random = prng(42);
  const items = checklist.sections.flatMap((s) => s.items);
  const facts: AssessmentFacts[] = Array.from({ length: count }, (_, n) => ({
    id: `a${n}`,
    projectId: "bench",
    kind,
    checklistVersion: checklist.version,
    seriesId: `series-${n}`,
    version: 1,
    isCurrent: true,
    submittedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    selfApproved: false,
    participationMode: "territorial",
    status: "draft",
    submittedAt: null,
    updatedAt: new Date(0),
    partner: kind === "partner" ? { id: "p", name: "Partner" } : null,
    answers: new Map(
      items.map((item) => [item.id, { value: answerValues[Math.floor(random() * answerValues.length)]!, notes: "", evidence: "" }]),
    ),
    risks: new Map(
      items.map((item) => [
        item.id,
        {
          likelihood: 1 + Math.floor(random() * 5),
          impact: 1 + Math.floor(random() * 5),
          status: "open" as const,
          notes: "",
          mitigation: random() > 0.3 ? { action: "Act", owner: "Owner", dueDate: null } : null,
        },
      ]),
    ),
    indicators: [{ name: "Schools", unit: "", target: 10, actual: 7 }],
  }));
  return { run: () => facts.map((f) => buildAssessmentReport(benchProject, f)) };
}

const before = applicableChecklist(getChecklist("before", 1), "territorial");

/** The i-th autosave of a BEFORE assessment: a different section and answers each time. */
export function sectionDraft(i: number) {
  const section = before.sections[i % before.sections.length]!;
  return {
    sectionId: section.id,
    values: {
      items: section.items.map((item, n) => ({
        criterionId: item.id,
        value: answerValues[(i + n) % answerValues.length],
        notes: `Draft note ${i}`,
        evidence: "",
      })),
    },
  };
}
