import { getChecklist } from "@/lib/checklists/registry";
import type { ChecklistKind } from "@/lib/checklists/definition-schema";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import type { Locale } from "@/lib/i18n/locales";
import { buildProjectReport, type ProjectReport } from "@/lib/report/project-report";
import { answerValues, type AnswerValue } from "@/lib/scoring/config";

/** A project named in Chinese, with two partners and every stage answered: the PDF tests' and bench's report. */
export const sampleProject: ProjectFacts = {
  id: "sample-project",
  name: "云南山区饮用水项目",
  summary: "Clean water points for mountain villages.",
  hostCountry: "CN",
  sector: "Water and sanitation",
  participationMode: "territorial",
  budget: "250000",
  currency: "EUR",
  startDate: "2027-01-01",
  endDate: "2028-06-30",
  partners: [
    { id: "partner-a", name: "昆明社区发展协会", country: "CN" },
    { id: "partner-b", name: "Mekong Water Trust", country: "LA" },
  ],
};

// Mostly met, with a few of everything so the report has red flags, gaps and a spread of scores.
const pattern: AnswerValue[] = ["met", "met", "partly_met", "met", "not_met", "met", "unknown", "met", "not_applicable", "partly_met"];

function facts(kind: ChecklistKind, partner: { id: string; name: string } | null, offset: number, notesEvery = 4): AssessmentFacts {
  const items = getChecklist(kind, 1).sections.flatMap((s) => s.items);
  return {
    id: `sample-${kind}-${partner?.id ?? "project"}`,
    projectId: sampleProject.id,
    kind,
    checklistVersion: 1,
    participationMode: sampleProject.participationMode,
    status: kind === "before" ? "approved" : "submitted",
    seriesId: `series-${kind}-${partner?.id ?? "project"}`,
    version: kind === "before" ? 2 : 1,
    isCurrent: true,
    submittedAt: new Date("2027-02-01T09:00:00Z"),
    submittedBy: "李娜 (project officer)",
    reviewedAt: kind === "before" ? new Date("2027-02-03T15:00:00Z") : null,
    reviewedBy: kind === "before" ? "Amina Diallo" : null,
    selfApproved: false,
    updatedAt: new Date("2027-02-01T09:00:00Z"),
    partner,
    answers: new Map(
      items.map((item, n) => [
        item.id,
        {
          value: pattern[(n + offset) % pattern.length] ?? answerValues[0],
          notes: n % notesEvery === 0 ? "与合作伙伴的负责人当面核实。" : "",
          evidence: n % 5 === 0 ? "Site visit report, January 2027" : "",
        },
      ]),
    ),
    risks: new Map(
      items.map((item, n) => [
        item.id,
        {
          likelihood: 1 + ((n + offset) % 5),
          impact: 1 + ((n * 3 + offset) % 5),
          status: n % 7 === 0 ? ("closed" as const) : ("open" as const),
          notes: "",
          mitigation: n % 3 === 0 ? null : { action: "Quarterly joint monitoring visit", owner: "Field coordinator", dueDate: "2027-09-30" },
        },
      ]),
    ),
    indicators:
      kind === "after" || kind === "during"
        ? [
            { name: "Villages with a working water point", unit: "villages", target: 24, actual: 19 },
            { name: "Water committees trained", unit: "committees", target: 24, actual: 24 },
          ]
        : [],
  };
}

/** Every stage answered unless left out; `partners` says how many of the two partners the project has. */
export function sampleProjectReport({
  partners = 2,
  withDuring = true,
  withAfter = true,
  notesEvery = 4,
  locale = "en",
}: { partners?: 0 | 1 | 2; withDuring?: boolean; withAfter?: boolean; notesEvery?: number; locale?: Locale } = {}): ProjectReport {
  const kept = sampleProject.partners.slice(0, partners);
  return buildProjectReport({ ...sampleProject, partners: kept }, [
    facts("before", null, 0, notesEvery),
    ...kept.map((p, i) => facts("partner", { id: p.id, name: p.name }, 1 + 2 * i, notesEvery)),
    ...(withDuring ? [facts("during", null, 2, notesEvery)] : []),
    ...(withAfter ? [facts("after", null, 5, notesEvery)] : []),
  ], locale);
}
