import { describe, expect, it } from "vitest";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { buildProjectReport } from "@/lib/report/project-report";
import { summariseProject, summariseReport } from "./project-summary";
import { scored, testChecklistFacts, testProject } from "./test-facts";

const partners = [
  { id: "p1", name: "Strong partner", country: "LA" },
  { id: "p2", name: "Weak partner", country: "LA" },
];

const submitted = { status: "submitted" } as const;

describe("summariseProject", () => {
  it("rates each stage, takes the worst partner, and counts red flags", () => {
    const project = testProject({ partners });
    const summary = summariseProject(project, [
      scored(testChecklistFacts("before", {}, submitted)),
      scored(testChecklistFacts("partner", {}, { ...submitted, id: "dd1", partner: { id: "p1", name: "Strong partner" } })),
      // P.LEGAL.1 is critical: not met is a red flag and rates the partner High.
      scored(testChecklistFacts("partner", { "P.LEGAL.1": "not_met" }, { ...submitted, id: "dd2", partner: { id: "p2", name: "Weak partner" } })),
    ]);
    expect(summary.stages).toEqual({
      before: { rating: "Low", started: true, draft: false },
      during: { rating: null, started: false, draft: false },
      after: { rating: null, started: false, draft: false },
    });
    expect(summary.partners).toEqual({ rating: "High", started: true, draft: false, count: 2 });
    expect(summary.drafts).toBe(0);
    expect(summary.overall).toBe("High");
    expect(summary.redFlagCount).toBe(1);
    expect(summary.modeLabel).toBe("Social organisation–enterprise cooperation");
  });

  it("leaves a project without assessments unrated", () => {
    const summary = summariseProject(testProject(), []);
    expect(summary.overall).toBeNull();
    expect(summary.partners).toEqual({ rating: null, started: false, draft: false, count: 0 });
    expect(summary.redFlagCount).toBe(0);
  });

  it("names the mode in the reader's language", () => {
    expect(summariseProject(testProject(), [], "zh-CN").modeLabel).toBe("社会组织与企业合作");
  });
});

describe("the portfolio's summary from stored scores agrees with the project report", () => {
  const same = (project: ProjectFacts, facts: AssessmentFacts[]) => {
    const fromScores = summariseProject(project, facts.map((f) => scored(f, project)));
    expect(fromScores).toEqual(summariseReport(buildProjectReport(project, facts)));
  };

  it("for stages and partners rated Low to High, with and without red flags", () => {
    same(testProject({ partners }), [
      testChecklistFacts("before", { "B.CTX.2": "not_met" }, submitted),
      testChecklistFacts("after", { "A.FIN.1": "partly_met" }, { ...submitted, id: "after" }),
      testChecklistFacts("partner", { "P.LEGAL.1": "unknown" }, { ...submitted, id: "dd2", partner: { id: "p2", name: "Weak partner" } }),
    ]);
  });

  it("for a mode that makes due diligence mandatory, with one partner's missing or no partner at all", () => {
    same(testProject({ participationMode: "territorial", partners }), [
      testChecklistFacts("partner", {}, { ...submitted, id: "dd1", participationMode: "territorial", partner: { id: "p1", name: "Strong partner" } }),
    ]);
    same(testProject({ participationMode: "territorial" }), [testChecklistFacts("before", {}, { ...submitted, participationMode: "territorial" })]);
  });
});
