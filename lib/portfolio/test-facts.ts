import type { ChecklistKind, ParticipationModeId } from "@/lib/checklists/definition-schema";
import { getChecklist } from "@/lib/checklists/registry";
import type { AnswerFacts, AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { scoreSnapshotOf } from "@/lib/report/score-snapshot";
import type { AnswerValue } from "@/lib/scoring/config";
import { scoredVersion, type ScoredVersion } from "./scored-version";

/** Plain report inputs for the portfolio's unit tests (no database). */
export function testProject(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    id: "proj-1",
    name: "Village schools",
    summary: "",
    hostCountry: "LA",
    sector: "Education",
    participationMode: "enterprise" satisfies ParticipationModeId,
    budget: "1000",
    currency: "EUR",
    startDate: "2026-01-01",
    endDate: "2026-12-31",
    partners: [],
    ...overrides,
  };
}

/** A status checklist with every item "met", except the overrides. */
export function testChecklistFacts(
  kind: Exclude<ChecklistKind, "during">,
  overrides: Record<string, AnswerValue> = {},
  extra: Partial<AssessmentFacts> = {},
): AssessmentFacts {
  const answers = new Map<string, AnswerFacts>();
  for (const section of getChecklist(kind, 1).sections) {
    for (const item of section.items) answers.set(item.id, { value: overrides[item.id] ?? "met", notes: "", evidence: "" });
  }
  return {
    id: `assess-${kind}`,
    projectId: "proj-1",
    kind,
    checklistVersion: 1,
    participationMode: "enterprise",
    status: "draft",
    seriesId: `series-${kind}`,
    version: 1,
    isCurrent: true,
    submittedAt: null,
    submittedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    selfApproved: false,
    updatedAt: new Date("2026-03-01T00:00:00Z"),
    partner: null,
    answers,
    risks: new Map(),
    indicators: [],
    ...extra,
  };
}

/** A version as the portfolio reads it: its scores as submission stores them (none for a draft). */
export function scored(facts: AssessmentFacts, project: ProjectFacts = testProject()): ScoredVersion {
  return scoredVersion(facts, facts.status === "draft" ? null : scoreSnapshotOf(project, facts));
}
