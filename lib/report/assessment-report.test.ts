import { describe, expect, it } from "vitest";
import type { ParticipationModeId } from "@/lib/checklists/definition-schema";
import { getChecklist } from "@/lib/checklists/registry";
import type { AnswerValue } from "@/lib/scoring/config";
import { buildAssessmentReport } from "./assessment-report";
import type { AnswerFacts, AssessmentFacts, ProjectFacts, RiskFacts } from "@/lib/domain/facts";

function project(mode: ParticipationModeId): ProjectFacts {
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
    partners: [{ id: "partner-1", name: "Lao Learning Association", country: "LA" }],
  };
}

/** Every item of before.v1 answered "met", then the overrides (null = leave unanswered). */
function beforeFacts(overrides: Record<string, AnswerValue | null>, mode: ParticipationModeId = "territorial"): AssessmentFacts {
  const answers = new Map<string, AnswerFacts>();
  for (const section of getChecklist("before", 1).sections) {
    for (const item of section.items) {
      const value = item.id in overrides ? overrides[item.id]! : "met";
      if (value !== null) answers.set(item.id, { value, notes: value === "not_applicable" ? "Not relevant here." : "", evidence: "" });
    }
  }
  return {
    id: "assess-before",
    projectId: "proj-1",
    kind: "before",
    checklistVersion: 1,
    seriesId: "series-before",
    version: 1,
    isCurrent: true,
    submittedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    selfApproved: false,
    participationMode: mode,
    status: "submitted",
    submittedAt: new Date("2025-02-01T10:00:00Z"),
    updatedAt: new Date("2025-02-01T10:00:00Z"),
    partner: null,
    answers,
    risks: new Map(),
    indicators: [],
  };
}

// Everything met except:
//   B.CTX.2  (critical, weight 3)  not met      → red flag
//   B.STAKE.1 (weight 2)           unanswered   → counts as unknown, gap
//   B.COMM.1 (weight 2)            not applicable (left out)
//   B.COMM.2 (weight 2)            unknown      → gap
const overrides = { "B.CTX.2": "not_met", "B.STAKE.1": null, "B.COMM.1": "not_applicable", "B.COMM.2": "unknown" } as const;

describe("BEFORE report for a territorial project (real before.v1 checklist)", () => {
  const report = buildAssessmentReport(project("territorial"), beforeFacts(overrides));

  it("leaves out the participation-mode section, since territorial partnership has no mode item", () => {
    expect(report.sections.map((s) => s.id)).toEqual([
      "country-context",
      "need-and-strategy",
      "legal-route",
      "funding",
      "people-and-relationships",
      "safeguards",
      "communication-and-data",
    ]);
    expect(report.progress).toEqual({ answered: 19, total: 20 });
  });

  it("scores each section as worked out by hand", () => {
    // country-context (w3): CTX.1 w2 met, CTX.2 w3 not met, CTX.3 w3 met → (2×0 + 3×1 + 3×0) / 8 = 37.5
    // people (w2): PEOPLE.1 w2 met, STAKE.1 w2 unanswered → (2×0 + 2×1) / 4 = 50
    // communication (w2): COMM.1 left out, COMM.2 w2 unknown → (2×1) / 2 = 100
    // every other section is all met → 0
    expect(report.sections.map((s) => s.score)).toEqual([37.5, 0, 0, 0, 50, 0, 100]);
    expect(report.sections.map((s) => s.rating)).toEqual(["Moderate", "Low", "Low", "Low", "Significant", "Low", "High"]);
    expect(report.chart.bars.map((b) => b.value)).toEqual([37.5, 0, 0, 0, 50, 0, 100]);
  });

  it("gives the weighted mean of the sections as the final score", () => {
    // section weights: ctx 3, need 2, legal 3, funding 3, people 2, safeguards 2, comm 2 → Σ = 17
    // (3×37.5 + 2×0 + 3×0 + 3×0 + 2×50 + 2×0 + 2×100) / 17 = (112.5 + 100 + 200) / 17 = 412.5 / 17 = 24.26
    expect(report.score).toBeCloseTo(24.2647, 4);
    expect(report.scoreRating).toBe("Low");
  });

  it("rates High because of the red flag on the safety check, despite a Low score", () => {
    const ctx2 = getChecklist("before", 1).sections[0]!.items[1]!;
    expect(ctx2.id).toBe("B.CTX.2");
    expect(report.rating).toBe("High");
    expect(report.redFlags).toEqual([
      { part: "Before: participation evaluation", criterionId: "B.CTX.2", text: `${ctx2.prompt} — Not met` },
    ]);
  });

  it("lists the unanswered and the unknown items as information gaps", () => {
    expect(report.gaps.map((g) => [g.criterionId, g.reason])).toEqual([
      ["B.STAKE.1", "Not answered yet"],
      ["B.COMM.2", "Answered “unknown”"],
    ]);
  });

  it("shows the section computations in the method", () => {
    expect(report.method).toContain("Country context and safety: 100 × (2×0 + 3×1 + 3×0) ÷ 8 = 37.5 (Moderate).");
    expect(report.method).toContain("People and relationships: 100 × (2×0 + 2×1) ÷ 4 = 50.0 (Significant).");
    expect(report.method).toContain("Public statements and data security: 100 × (2×1) ÷ 2 = 100.0 (High).");
    expect(report.method).toContain(
      "Checklist score, the sections' weighted mean: (3×37.5 + 2×0.0 + 3×0.0 + 3×0.0 + 2×50.0 + 2×0.0 + 2×100.0) ÷ 17 = 24.3.",
    );
    expect(report.method.at(-1)).toBe(
      "1 critical item(s) not met or unknown: each is a red flag, and the rating is at least High, so it is High.",
    );
  });

  it("cites the source papers of the criteria asked", () => {
    expect(report.sources.map((s) => s.document.doc)).toEqual(["000", "004"]);
    expect(report.sources[0]!.criteria).toContainEqual({ id: "B.CTX.2", where: "§IV.B (last sentence)" });
  });
});

describe("BEFORE report in enterprise mode", () => {
  it("adds the enterprise item's section to the mean, which can move the score across a band", () => {
    const report = buildAssessmentReport(project("enterprise"), beforeFacts({ ...overrides, "B.MODE.ENT.1": "partly_met" }, "enterprise"));
    // participation-mode (w2): ENT.1 w2 partly met → (2×0.5) / 2 = 50
    // (412.5 + 2×50) / (17 + 2) = 512.5 / 19 = 26.97 → Moderate (24.26 was Low)
    expect(report.sections.at(-1)).toMatchObject({ id: "participation-mode", score: 50 });
    expect(report.score).toBeCloseTo(26.9737, 4);
    expect(report.scoreRating).toBe("Moderate");
    expect(report.progress).toEqual({ answered: 20, total: 21 });
  });
});

describe("DURING report", () => {
  it("rates by the highest open risk and lists unrated risks as gaps", () => {
    const risk = (likelihood: number, impact: number, status: RiskFacts["status"] = "open"): RiskFacts => ({
      likelihood,
      impact,
      status,
      mitigation: null,
      notes: "",
    });
    const facts: AssessmentFacts = {
      ...beforeFacts({}),
      id: "assess-during",
      kind: "during",
      answers: new Map(),
      risks: new Map([
        ["D.FUND.2", risk(3, 4)], // 12 Significant, no mitigation → priority
        ["D.SEC.2", risk(5, 5, "closed")], // closed: left out
      ]),
    };
    const report = buildAssessmentReport(project("territorial"), facts);
    expect(report.rating).toBe("Significant");
    expect(report.score).toBeNull();
    expect(report.progress).toEqual({ answered: 2, total: 16 });
    expect(report.gaps).toHaveLength(14);
    expect(report.topRisks.map((r) => r.item.id)).toEqual(["D.FUND.2"]);
    expect(report.method).toContain("The register's rating is the band of its highest open risk: 12 → Significant.");
  });
});
