import { describe, expect, it } from "vitest";
import type { ChecklistKind, ParticipationModeId } from "@/lib/checklists/definition-schema";
import { getChecklist } from "@/lib/checklists/registry";
import type { AnswerValue } from "@/lib/scoring/config";
import type { AnswerFacts, AssessmentFacts, ProjectFacts, RiskFacts } from "@/lib/domain/facts";
import { buildProjectReport } from "./project-report";

const partner = { id: "partner-1", name: "Lao Learning Association", country: "LA" };

function project(mode: ParticipationModeId, partners = [partner]): ProjectFacts {
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

/** A status checklist with every item "met", except the overrides. */
function checklistFacts(kind: Exclude<ChecklistKind, "during">, overrides: Record<string, AnswerValue> = {}): AssessmentFacts {
  const answers = new Map<string, AnswerFacts>();
  for (const section of getChecklist(kind, 1).sections) {
    for (const item of section.items) answers.set(item.id, { value: overrides[item.id] ?? "met", notes: "", evidence: "" });
  }
  return {
    id: `assess-${kind}`,
    projectId: "proj-1",
    kind,
    checklistVersion: 1,
    seriesId: `series-${kind}`,
    version: 1,
    isCurrent: true,
    submittedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    selfApproved: false,
    participationMode: "territorial",
    status: "draft",
    submittedAt: null,
    updatedAt: new Date("2025-03-01T00:00:00Z"),
    partner: kind === "partner" ? { id: partner.id, name: partner.name } : null,
    answers,
    risks: new Map(),
    indicators: [],
  };
}

/** A risk register where every risk is rated 1 × 1 and mitigated, except the overrides. */
function duringFacts(overrides: Record<string, [number, number]>): AssessmentFacts {
  const risks = new Map<string, RiskFacts>();
  for (const section of getChecklist("during", 1).sections) {
    for (const item of section.items) {
      const [likelihood, impact] = overrides[item.id] ?? [1, 1];
      risks.set(item.id, {
        likelihood,
        impact,
        status: "open",
        mitigation: { action: "Monitor monthly", owner: "Programme lead", dueDate: null },
        notes: "",
      });
    }
  }
  return { ...checklistFacts("after"), id: "assess-during", kind: "during", answers: new Map(), risks };
}

// The rule itself (which modes, its wording) is tested beside it, in lib/scoring/mandatory-due-diligence.test.ts;
// here: that the report finds each partner's due diligence and lets a missing one set the rating.
describe("a missing mandatory partner due diligence in the project report", () => {
  it("raises a red flag and rates High when a territorial project's partner has no due diligence", () => {
    const report = buildProjectReport(project("territorial"), [checklistFacts("before")]);
    // The BEFORE stage alone is all met: score 0, Low.
    expect(report.parts.find((p) => p.key === "before")!.report!.rating).toBe("Low");
    expect(report.parts.find((p) => p.key === "partner:partner-1")!.report).toBeNull();
    expect(report.overall.rating).toBe("High");
    expect(report.overall.drivenBy).toBe("Mandatory partner due diligence");
    expect(report.overall.redFlags.map((f) => [f.part, f.criterionId])).toEqual([["Partner due diligence: Lao Learning Association", null]]);
    expect(report.method).toContain("A mandatory partner due diligence is missing: it counts as a red flag and rates High.");
  });

  it("has no red flag once the partner's due diligence exists and is all met", () => {
    const report = buildProjectReport(project("territorial"), [checklistFacts("before"), checklistFacts("partner")]);
    expect(report.overall).toEqual({ rating: "Low", redFlags: [], drivenBy: "Before: participation evaluation" });
  });

  it("does not count another partner's due diligence as this partner's", () => {
    const other = { id: "partner-2", name: "Mekong Trust", country: "LA" };
    const report = buildProjectReport(project("territorial", [partner, other]), [checklistFacts("before"), checklistFacts("partner")]);
    expect(report.overall.redFlags.map((f) => f.part)).toEqual(["Partner due diligence: Mekong Trust"]);
  });
});

describe("overall rating", () => {
  it("is the worst of the stages", () => {
    const report = buildProjectReport(project("territorial"), [
      checklistFacts("before"), // all met → 0, Low
      duringFacts({ "D.FUND.2": [3, 4] }), // highest open risk 3 × 4 = 12 → Significant
      // AFTER: the evaluation section (w3) all not met → (2×1 + 3×1 + 2×1 + 2×1) / 9 = 100;
      // other sections (w3, w3, w2) all met → 0. Score: (3×100) / (3+3+2+3) = 300/11 = 27.3 → Moderate
      checklistFacts("after", { "A.EVAL.1": "not_met", "A.EVAL.2": "not_met", "A.EVAL.3": "not_met", "A.EVAL.4": "not_met" }),
      checklistFacts("partner"), // all met → Low
    ]);
    const byKey = Object.fromEntries(report.parts.map((p) => [p.key, p.report?.rating ?? null]));
    expect(byKey).toEqual({ before: "Low", during: "Significant", after: "Moderate", "partner:partner-1": "Low" });
    expect(report.parts.find((p) => p.key === "after")!.report!.score).toBeCloseTo(27.2727, 4);
    expect(report.overall.rating).toBe("Significant");
    expect(report.overall.drivenBy).toBe("During: risk monitoring");
    expect(report.topRisks[0]).toMatchObject({ score: 12, rating: "Significant" });
  });

  it("collects red flags from stages and partners, and a red flag outranks a better score", () => {
    const report = buildProjectReport(project("territorial"), [
      checklistFacts("before", { "B.LAW.1": "unknown" }),
      checklistFacts("partner", { "P.COOP.3": "not_met" }),
    ]);
    expect(report.overall.rating).toBe("High");
    expect(report.overall.redFlags.map((f) => [f.part, f.criterionId])).toEqual([
      ["Before: participation evaluation", "B.LAW.1"],
      ["Partner due diligence: Lao Learning Association", "P.COOP.3"],
    ]);
    expect(report.gapsCount).toBe(1); // B.LAW.1 answered unknown
  });

  it("leaves stages not started out of the rating, and is unrated while nothing is started", () => {
    const report = buildProjectReport(project("enterprise"), []);
    expect(report.parts.map((p) => p.report)).toEqual([null, null, null, null]);
    expect(report.overall).toEqual({ rating: null, redFlags: [], drivenBy: null });
    expect(report.method.at(-1)).toBe("Overall: not rated yet — no stage has answers.");
  });
});
