import { describe, expect, it } from "vitest";
import { buildProjectReport } from "../project-report";
import { checklistFacts, duringFacts, samplePartner, sampleProjectFacts } from "../testing/sample-facts";
import type { BlockKind, ReportBlock } from "./blocks";
import { buildProjectOutline } from "./project-outline";

const kinds = (blocks: ReportBlock[]) => blocks.map((b) => b.kind);
function block<K extends BlockKind>(blocks: ReportBlock[], kind: K): Extract<ReportBlock, { kind: K }> {
  const found = blocks.find((b) => b.kind === kind);
  if (!found) throw new Error(`no ${kind} block`);
  return found as Extract<ReportBlock, { kind: K }>;
}

describe("project report outline", () => {
  const all = buildProjectOutline(
    buildProjectReport(sampleProjectFacts(), [
      checklistFacts("before", { "B.LAW.1": "unknown" }),
      duringFacts({ "D.FUND.2": { likelihood: 3, impact: 4 } }),
      checklistFacts("partner"),
    ]),
    "en",
  );

  it("shows the summary, the stages, their scores, red flags, the register, the method, sign-off and sources", () => {
    expect(all.heading).toEqual({ title: "School meals in Savannakhet", subtitle: "Project report" });
    expect(kinds(all.blocks)).toEqual([
      "summary", "stages", "section-scores", "red-flags", "heat-map", "top-risks", "method", "project-sign-off", "sources",
    ]);
    expect(all.blocks.map((b) => b.title)).toEqual([
      "Summary", "Stages and partners", "Scores by stage", "Red flags", "Heat map of open risks",
      "Top risks and mitigations", "How this rating was computed", "Sign-off", "Sources",
    ]);
  });

  it("charts only the scored checklists: the register is rated by its worst risk instead", () => {
    const chart = block(all.blocks, "section-scores");
    expect(chart.bars.map((b) => b.label)).toEqual(["Before: participation evaluation", "Partner due diligence: Lao Learning Association"]);
    expect(chart.caption).toBe("Scale: risk score (0–100); the risk register is rated by its highest open risk instead. Longer bars mean more risk.");
  });

  it("names the assessment each red flag comes from", () => {
    expect(block(all.blocks, "red-flags").flags).toEqual([
      { criterionId: "B.LAW.1", text: expect.stringContaining("— Unknown"), part: "Before: participation evaluation", from: " (Before: participation evaluation)" },
    ]);
  });

  it("has one row per stage and partner, with the ones not started saying so", () => {
    const rows = block(all.blocks, "stages").rows;
    // BEFORE: legal route (weight 3) has B.LAW.1 (3) unknown and B.LAW.2 (2) met → 60; 3 × 60 ÷ 17 = 10.6,
    // rated High by the red flag.
    expect(rows.map((r) => [r.label, r.status, r.score, r.band?.label ?? null])).toEqual([
      ["Before: participation evaluation", "Submitted", "10.6", "High"],
      ["During: risk monitoring", "Submitted", "highest open risk", "Significant"],
      ["After: monitoring and evaluation", "Not started", "—", null],
      ["Partner due diligence: Lao Learning Association", "Submitted", "0.0", "Low"],
    ]);
    expect(rows[0]!.assessmentId).toBe("assess-before");
    expect(block(all.blocks, "project-sign-off").rows[2]).toMatchObject({ assessment: "After: monitoring and evaluation", status: "Not started" });
  });

  it("puts the rating and what set it first", () => {
    expect(block(all.blocks, "summary").metrics).toEqual([
      { key: "rating", label: "Overall rating", value: { show: "band", band: { rating: "High", label: "High" } }, notes: ["set by Before: participation evaluation"] },
      { key: "red-flags", label: "Red flags", value: { show: "figure", text: "1" }, notes: [] },
      { key: "gaps", label: "Information gaps", value: { show: "figure", text: "1" }, notes: [] },
    ]);
  });

  it("has one chapter per started assessment, each without its own sources", () => {
    expect(all.chapters.map((c) => c.heading)).toEqual([
      { title: "Before: participation evaluation", subtitle: "Before the project: participation evaluation, checklist version 1" },
      { title: "During: risk monitoring", subtitle: "During the project: risk monitoring, checklist version 1" },
      { title: "Partner due diligence: Lao Learning Association", subtitle: expect.stringMatching(/, checklist version 1$/) },
    ]);
    for (const chapter of all.chapters) expect(kinds(chapter.blocks)).not.toContain("sources");
    expect(kinds(all.chapters[1]!.blocks)).toContain("heat-map");
  });

  it("lists each source paper once, with every criterion of every chapter", () => {
    const sources = block(all.blocks, "sources");
    expect(sources.intro).toBe("The papers each criterion in this report is drawn from.");
    expect(sources.sources.map((s) => s.ref)).toEqual([...new Set(sources.sources.map((s) => s.ref))]);
    const criteria = sources.sources.map((s) => s.criteria).join(" ");
    for (const id of ["B.LAW.1", "D.FUND.2", "P.COOP.3"]) expect(criteria).toContain(`${id} (`);
  });
});

describe("a project with fewer stages", () => {
  it("has no heat map without a risk register, and no stage chart while only the register is started", () => {
    const onlyBefore = buildProjectOutline(buildProjectReport(sampleProjectFacts("enterprise", []), [checklistFacts("before")]), "en");
    expect(kinds(onlyBefore.blocks)).not.toContain("heat-map");
    expect(kinds(onlyBefore.blocks)).not.toContain("top-risks");
    const onlyDuring = buildProjectOutline(buildProjectReport(sampleProjectFacts("enterprise", []), [duringFacts()]), "en");
    expect(kinds(onlyDuring.blocks)).not.toContain("section-scores");
    expect(kinds(onlyDuring.blocks)).toContain("heat-map");
  });

  it("shows the missing mandatory due diligence among the red flags, but no chapter for it", () => {
    const outline = buildProjectOutline(buildProjectReport(sampleProjectFacts("territorial", [samplePartner]), [checklistFacts("before")]), "en");
    expect(block(outline.blocks, "red-flags").flags.map((f) => [f.criterionId, f.part, f.from])).toEqual([
      [null, "Partner due diligence: Lao Learning Association", " (Partner due diligence: Lao Learning Association)"],
    ]);
    expect(outline.chapters.map((c) => c.key)).toEqual(["before"]);
  });
});
