import { describe, expect, it } from "vitest";
import { summariseProject } from "./project-summary";
import { testChecklistFacts, testProject } from "./test-facts";

const partners = [
  { id: "p1", name: "Strong partner", country: "LA" },
  { id: "p2", name: "Weak partner", country: "LA" },
];

describe("summariseProject", () => {
  it("rates each stage, takes the worst partner, and counts red flags", () => {
    const project = testProject({ partners });
    const summary = summariseProject(project, [
      testChecklistFacts("before"),
      testChecklistFacts("partner", {}, { id: "dd1", partner: { id: "p1", name: "Strong partner" } }),
      // P.LEGAL.1 is critical: not met is a red flag and rates the partner High.
      testChecklistFacts("partner", { "P.LEGAL.1": "not_met" }, { id: "dd2", partner: { id: "p2", name: "Weak partner" } }),
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
