import { describe, expect, it } from "vitest";
import { buildAssessmentReport } from "./assessment-report";
import { buildAssessmentOutline } from "./outline/assessment-outline";
import { buildProjectOutline } from "./outline/project-outline";
import { buildProjectReport } from "./project-report";
import { standingOf, standingWords } from "./standing";
import { checklistFacts, duringFacts, sampleProjectFacts } from "./testing/sample-facts";

const project = sampleProjectFacts("subsidised", []);
/** A draft just started: nothing answered, so the scoring counts every item as unknown. */
const newDraft = { ...checklistFacts("before"), status: "draft" as const, submittedAt: null, answers: new Map() };

describe("a draft's rating is provisional and says how far it got", () => {
  it("a new draft reads High, marked provisional, with its progress, in both languages", () => {
    const report = buildAssessmentReport(project, newDraft);
    const standing = standingOf(report);
    expect(standing).toMatchObject({ rating: "High", provisional: true, answered: 0 });
    expect(standing.total).toBeGreaterThan(10);
    expect(standingWords(standing, "en")).toEqual({ badge: "High · provisional", progress: `In progress, 0 of ${standing.total} answered` });
    expect(standingWords(standing, "zh-CN")).toEqual({ badge: "高 · 暂定", progress: `进行中：已回答0项，共${standing.total}项` });
  });

  it("a submitted or approved version's rating stands as it is", () => {
    for (const status of ["submitted", "approved"] as const) {
      const report = buildAssessmentReport(project, { ...checklistFacts("before", { "B.CTX.2": "not_met" }), status });
      expect(standingWords(standingOf(report), "en")).toEqual({ badge: "High", progress: null });
    }
  });

  it("a draft risk register counts rated risks, not answers", () => {
    const report = buildAssessmentReport(project, { ...duringFacts({ "D.PART.1": { likelihood: null, impact: null } }), status: "draft" });
    const standing = standingOf(report);
    expect(standingWords(standing, "en").progress).toBe(`In progress, ${standing.total - 1} of ${standing.total} risks rated`);
    expect(standingWords(standing, "zh-CN").progress).toBe(`进行中：已评定${standing.total - 1}项风险，共${standing.total}项`);
  });

  it("the report header marks the draft's band provisional and prints its progress under it", () => {
    const summary = buildAssessmentOutline(buildAssessmentReport(project, newDraft), "en").blocks[0];
    if (summary?.kind !== "summary") throw new Error("summary first");
    const rating = summary.metrics.find((m) => m.key === "rating")!;
    expect(rating.value).toEqual({ show: "band", band: { rating: "High", label: "High · provisional", provisional: true } });
    expect(rating.notes[0]).toMatch(/^In progress, 0 of \d+ answered$/);
  });
});

describe("a project's overall rating is provisional while only a draft reaches it", () => {
  const settledLow = checklistFacts("after");

  it("set by a draft: provisional, on the page and in the report's summary", () => {
    const report = buildProjectReport(project, [newDraft, settledLow]);
    expect(report.overall.rating).toBe("High");
    expect(report.overallProvisional).toBe(true);
    expect(report.draftCount).toBe(1);
    const summary = buildProjectOutline(report, "zh-CN").blocks[0];
    if (summary?.kind !== "summary") throw new Error("summary first");
    expect(summary.metrics[0]!.value).toMatchObject({ band: { label: "高 · 暂定", provisional: true } });
    expect(summary.metrics[0]!.notes).toContain("暂定：由尚未提交的草稿得出");
  });

  it("reached by a submitted part too: firm, since a draft can only add to the worst", () => {
    const submittedHigh = checklistFacts("after", { "A.FIN.1": "not_met", "A.FIN.2": "not_met", "A.STK.1": "not_met", "A.STK.2": "not_met", "A.STK.3": "not_met", "A.INT.1": "not_met", "A.INT.2": "not_met", "A.EVAL.1": "not_met", "A.EVAL.2": "not_met", "A.EVAL.3": "not_met", "A.EVAL.4": "unknown", "A.LEARN.1": "not_met" });
    const report = buildProjectReport(project, [newDraft, submittedHigh]);
    expect(report.overall.rating).toBe("High");
    expect(report.overallProvisional).toBe(false);
  });

  it("with every part settled nothing is provisional", () => {
    const report = buildProjectReport(project, [checklistFacts("before"), settledLow]);
    expect(report.overallProvisional).toBe(false);
    expect(report.draftCount).toBe(0);
  });
});
