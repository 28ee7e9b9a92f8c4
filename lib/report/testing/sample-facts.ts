import type { ChecklistKind, ParticipationModeId } from "@/lib/checklists/definition-schema";
import { getChecklist } from "@/lib/checklists/registry";
import type { AnswerFacts, AssessmentFacts, ProjectFacts, RiskFacts } from "@/lib/domain/facts";
import type { AnswerValue } from "@/lib/scoring/config";

export const samplePartner = { id: "partner-1", name: "Lao Learning Association", country: "LA" };

export function sampleProjectFacts(mode: ParticipationModeId = "territorial", partners = [samplePartner]): ProjectFacts {
  return {
    id: "proj-1",
    name: "School meals in Savannakhet",
    summary: "Meals for primary schools.",
    hostCountry: "LA",
    sector: "education",
    participationMode: mode,
    budget: "120000",
    currency: "USD",
    startDate: "2025-01-01",
    endDate: "2026-12-31",
    partners,
  };
}

const base = {
  projectId: "proj-1",
  checklistVersion: 1,
  version: 1,
  isCurrent: true,
  submittedBy: "Noy Phommasack",
  reviewedAt: null,
  reviewedBy: null,
  selfApproved: false,
  participationMode: "territorial",
  status: "submitted",
  submittedAt: new Date("2025-03-01T09:00:00Z"),
  updatedAt: new Date("2025-03-01T09:00:00Z"),
  risks: new Map(),
  indicators: [],
} satisfies Partial<AssessmentFacts>;

/** A checklist with every item "met", except the overrides. */
export function checklistFacts(kind: Exclude<ChecklistKind, "during">, overrides: Record<string, AnswerValue> = {}): AssessmentFacts {
  const answers = new Map<string, AnswerFacts>();
  for (const section of getChecklist(kind, 1).sections) {
    for (const item of section.items) answers.set(item.id, { value: overrides[item.id] ?? "met", notes: "", evidence: "" });
  }
  const partner = kind === "partner" ? { id: samplePartner.id, name: samplePartner.name } : null;
  return { ...base, id: `assess-${kind}`, seriesId: `series-${kind}`, kind, partner, answers };
}

/** A risk register where every risk is rated 1 × 1 and mitigated, except the overrides. */
export function duringFacts(overrides: Record<string, Partial<RiskFacts>> = {}): AssessmentFacts {
  const risks = new Map<string, RiskFacts>();
  for (const section of getChecklist("during", 1).sections) {
    for (const item of section.items) {
      risks.set(item.id, {
        likelihood: 1,
        impact: 1,
        status: "open",
        mitigation: { action: "Monitor monthly", owner: "Programme lead", dueDate: null },
        notes: "",
        ...overrides[item.id],
      });
    }
  }
  return { ...base, id: "assess-during", seriesId: "series-during", kind: "during", partner: null, answers: new Map(), risks };
}
