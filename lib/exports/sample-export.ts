import { applicableChecklist } from "@/lib/checklists/applicable";
import type { ChecklistKind } from "@/lib/checklists/definition-schema";
import { ownRiskSections } from "@/lib/checklists/assessment-checklist";
import { latestChecklist } from "@/lib/checklists/registry";
import type { AnswerFacts, AssessmentFacts, ProjectFacts, RiskFacts } from "@/lib/domain/facts";
import { buildExportFile, type ExportSource } from "./build-export";
import type { ExportFile } from "./format-schema";

/**
 * A small project in plain data, for tests: a Chinese name, a partner, every kind of assessment,
 * a red flag, an unknown answer, a formula-like note and indicators. No database needed.
 */
export const sampleProject: ProjectFacts = {
  id: "00000000-0000-4000-8000-00000000000a",
  name: "水资源项目",
  summary: "Wells and water committees in two districts.",
  hostCountry: "KE",
  sector: "Water and sanitation",
  participationMode: "territorial",
  budget: "125000.50",
  currency: "EUR",
  startDate: "2026-05-01",
  endDate: "2027-04-30",
  partners: [{ id: "00000000-0000-4000-8000-00000000000b", name: "Kenya Water Trust", country: "KE" }],
};

function itemsOf(kind: ChecklistKind) {
  return applicableChecklist(latestChecklist(kind), sampleProject.participationMode).sections.flatMap((s) => s.items);
}

function statusAnswers(kind: ChecklistKind): Map<string, AnswerFacts> {
  const items = itemsOf(kind);
  const firstCritical = items.find((i) => i.critical)?.id;
  return new Map(
    items.map((item, i): [string, AnswerFacts] => [
      item.id,
      {
        value: item.id === firstCritical ? "not_met" : i === items.length - 1 ? "unknown" : i === items.length - 2 ? "partly_met" : "met",
        notes: i === 0 ? "=HYPERLINK(\"http://example.org\")" : "",
        evidence: i === 0 ? "水井记录 2026" : "",
      },
    ]),
  );
}

function riskAnswers(): Map<string, RiskFacts> {
  return new Map(
    itemsOf("during").map((item, i): [string, RiskFacts] => [
      item.id,
      {
        likelihood: i === 1 ? null : 1 + (i % 5),
        impact: i === 1 ? null : 5 - (i % 5),
        status: i === 2 ? "closed" : "open",
        notes: i === 0 ? "+1 escalate" : "",
        mitigation: i % 2 === 0 ? { action: "Monthly call with the partner", owner: "Project officer", dueDate: "2027-01-31" } : null,
      },
    ]),
  );
}

function facts(kind: ChecklistKind, id: string, over: Partial<AssessmentFacts> = {}): AssessmentFacts {
  return {
    id,
    projectId: sampleProject.id,
    kind,
    checklistVersion: latestChecklist(kind).version,
    participationMode: sampleProject.participationMode,
    status: "draft",
    seriesId: `series-${kind}`,
    version: 1,
    isCurrent: true,
    submittedAt: null,
    submittedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    selfApproved: false,
    updatedAt: new Date("2026-06-01T10:00:00Z"),
    partner: kind === "partner" ? { id: sampleProject.partners[0]!.id, name: sampleProject.partners[0]!.name } : null,
    answers: kind === "during" ? new Map() : statusAnswers(kind),
    risks: kind === "during" ? riskAnswers() : new Map(),
    indicators: kind === "during" || kind === "after" ? [{ name: "Wells dug", unit: "wells", target: 40, actual: 26 }, { name: "Committees", unit: "", target: null, actual: 3 }] : [],
    ...over,
  };
}

/** One risk the organisation added to the register, rated 4×4: the highest of the register. */
function sampleOwnRisk(): Partial<AssessmentFacts> {
  const sectionId = ownRiskSections(latestChecklist("during"))[0]!.id;
  const risks = riskAnswers();
  risks.set("D.OWN.1", { likelihood: 4, impact: 4, status: "open", notes: "", mitigation: { action: "Stock parts before the rains", owner: "Site lead", dueDate: null } });
  return {
    risks,
    ownRisks: [{ criterionId: "D.OWN.1", sectionId, title: "雨季道路中断", description: "The track to the wells floods from May to July.", addedByName: "Sofia Staff", createdAt: new Date("2026-05-20T08:00:00Z") }],
  };
}

export function sampleAssessments(): AssessmentFacts[] {
  return [
    facts("before", "00000000-0000-4000-8000-000000000001", {
      status: "approved",
      submittedAt: new Date("2026-05-10T09:00:00Z"),
      submittedBy: "Sofia Staff",
      reviewedAt: new Date("2026-05-12T09:00:00Z"),
      reviewedBy: "Malik Manager",
    }),
    facts("partner", "00000000-0000-4000-8000-000000000002"),
    facts("during", "00000000-0000-4000-8000-000000000003", sampleOwnRisk()),
    facts("after", "00000000-0000-4000-8000-000000000004"),
  ];
}

export function sampleExportFile(exportedAt = new Date("2026-06-02T08:00:00Z")): ExportFile {
  const sources: ExportSource[] = sampleAssessments().map((a) => ({ ...a, scoreSnapshot: null, reviewNotes: [] }));
  return buildExportFile({ contents: "project", project: sampleProject, assessments: sources, exportedAt });
}
