import { describe, expect, it } from "vitest";
import { buildAssessmentReport } from "../assessment-report";
import { checklistFacts, duringFacts, sampleProjectFacts } from "../testing/sample-facts";
import { buildAssessmentOutline } from "./assessment-outline";
import { filesLineText } from "./files-of";
import type { BlockKind, ReportBlock } from "./blocks";

const outlineOf = (facts: Parameters<typeof buildAssessmentReport>[1], options?: { withSources?: boolean }) =>
  buildAssessmentOutline(buildAssessmentReport(sampleProjectFacts(), facts), "en", options);
const kinds = (blocks: ReportBlock[]) => blocks.map((b) => b.kind);
function block<K extends BlockKind>(blocks: ReportBlock[], kind: K): Extract<ReportBlock, { kind: K }> {
  const found = blocks.find((b) => b.kind === kind);
  if (!found) throw new Error(`no ${kind} block`);
  return found as Extract<ReportBlock, { kind: K }>;
}

describe("which blocks an assessment report has, in order", () => {
  it("a checklist: red flags, then gaps, method, every criterion, sources and the sign-off", () => {
    for (const kind of ["before", "partner"] as const) {
      expect(kinds(outlineOf(checklistFacts(kind)).blocks), kind).toEqual([
        "summary", "section-scores", "red-flags", "gaps", "method", "criteria", "sources", "sign-off",
      ]);
    }
  });

  it("the risk register: heat map and top risks instead of red flags, indicators, and every risk in the criteria table", () => {
    expect(kinds(outlineOf(duringFacts()).blocks)).toEqual([
      "summary", "section-scores", "heat-map", "top-risks", "gaps", "indicators", "method", "criteria", "sources", "sign-off",
    ]);
  });

  it("AFTER: the indicators only once some are recorded", () => {
    const after = checklistFacts("after");
    expect(kinds(outlineOf(after).blocks)).not.toContain("indicators");
    const withOne = { ...after, indicators: [{ name: "Pupils fed daily", unit: "pupils", target: 400, actual: 300 }] };
    const blocks = outlineOf(withOne).blocks;
    expect(kinds(blocks).slice(2, 5)).toEqual(["red-flags", "gaps", "indicators"]);
    expect(block(blocks, "indicators").rows).toEqual([{ name: "Pupils fed daily", target: "400 pupils", actual: "300 pupils", reached: "75 %" }]);
  });

  it("leaves the sources out of a project report's chapter", () => {
    expect(kinds(outlineOf(checklistFacts("before"), { withSources: false }).blocks)).not.toContain("sources");
  });
});

describe("the words of an assessment report", () => {
  it("names the status the same way in the summary and the sign-off", () => {
    const blocks = outlineOf(checklistFacts("before")).blocks;
    const status = block(blocks, "summary").metrics.find((m) => m.key === "status")!;
    expect(status.value).toEqual({ show: "text", text: "Submitted, awaiting review · version 1" });
    expect(status.notes).toEqual(["Before the project: participation evaluation, checklist version 1", "answered 20 of 20"]);
    expect(block(blocks, "sign-off").rows[0]).toEqual({ key: "status", label: "Status", value: "Submitted, awaiting review · version 1" });
  });

  it("warns on a draft, with when it was last saved", () => {
    const draft = { ...checklistFacts("before"), status: "draft" as const, version: 2, updatedAt: new Date("2025-03-04T08:05:00Z") };
    const summary = block(outlineOf(draft).blocks, "summary");
    expect(summary.notice).toBe(
      "This is a draft (last saved 4 Mar 2025, 08:05 UTC): the figures change as answers are added. Unanswered items count as unknown.",
    );
    expect(summary.metrics.find((m) => m.key === "status")!.value).toEqual({ show: "text", text: "Draft · version 2" });
    expect(block(outlineOf(checklistFacts("before")).blocks, "summary").notice).toBeNull();
  });

  it("says who returned a returned version", () => {
    const returned = { ...checklistFacts("before"), status: "returned" as const, reviewedBy: "Amina Diallo", reviewedAt: new Date("2025-03-02T10:00:00Z") };
    expect(block(outlineOf(returned).blocks, "sign-off").rows[2]).toEqual({ key: "reviewed", label: "Returned by", value: "Amina Diallo · 2 Mar 2025" });
  });

  it("says an approval without a second pair of eyes was self-approved, in both languages", () => {
    const approved = { ...checklistFacts("before"), status: "approved" as const, reviewedBy: "Amina Diallo", reviewedAt: new Date("2025-03-02T10:00:00Z") };
    const reviewed = (facts: Parameters<typeof buildAssessmentReport>[1], locale: "en" | "zh-CN" = "en") =>
      block(buildAssessmentOutline(buildAssessmentReport(sampleProjectFacts(), facts, locale), locale).blocks, "sign-off").rows[2]!;
    expect(reviewed(approved)).toEqual({ key: "reviewed", label: "Approved by", value: "Amina Diallo · 2 Mar 2025" });
    expect(reviewed({ ...approved, selfApproved: true })).toEqual({ key: "reviewed", label: "Approved by", value: "Amina Diallo · 2 Mar 2025 · self-approved" });
    expect(reviewed({ ...approved, selfApproved: true }, "zh-CN").value).toBe("Amina Diallo · 2025年3月2日 · 本人自行批准");
    // Without the stored flag (an imported file), the submitter's own approval reads the same.
    expect(reviewed({ ...approved, submittedBy: "Amina Diallo" }).value).toBe("Amina Diallo · 2 Mar 2025 · self-approved");
  });

  it("rates a red flag High and lists it, its criterion marked, with its source in brackets", () => {
    const blocks = outlineOf(checklistFacts("before", { "B.LAW.1": "unknown" })).blocks;
    expect(block(blocks, "summary").metrics[0]!.value).toEqual({ show: "band", band: { rating: "High", label: "High" } });
    expect(block(blocks, "red-flags").flags.map((f) => [f.criterionId, f.part])).toEqual([["B.LAW.1", null]]);
    const row = block(blocks, "criteria").sections.flatMap((s) => s.rows).find((r) => r.id === "B.LAW.1")!;
    expect(row).toMatchObject({ answer: "Unknown", redFlag: "Red flag", critical: "Critical", points: "3 × 1" });
    expect(row.source).toMatch(/^\[000\] §IV\.A; \[004\] /);
  });

  it("prints each bar's score with its band in words, so the chart reads without colour", () => {
    const chart = block(outlineOf(checklistFacts("before", { "B.FUND.1": "not_met" })).blocks, "section-scores");
    expect(chart.ticks).toEqual([0, 20, 40, 60, 80, 100]);
    const funding = chart.bars.find((b) => b.label === "Funding and money transfers")!;
    expect(funding.valueLabel).toBe(`${funding.value!.toFixed(1)} ${funding.band.label}`);
    expect(chart.bars.find((b) => b.label === "Country context and safety")!.valueLabel).toBe("0.0 Low");
  });
});

describe("the risk register's blocks", () => {
  const blocks = outlineOf(
    duringFacts({
      "D.FUND.2": { likelihood: 5, impact: 4, mitigation: null },
      "D.SEC.1": { likelihood: 2, impact: 5, status: "mitigating" },
      "D.SEC.2": { likelihood: 5, impact: 5, status: "closed" },
      "D.BEN.1": { likelihood: null },
    }),
  ).blocks;

  it("bands every heat-map cell by likelihood × impact and counts the open risks in it", () => {
    const map = block(blocks, "heat-map");
    expect(map.rows.map((r) => r.likelihood)).toEqual([5, 4, 3, 2, 1]);
    const cell = (likelihood: number, impact: number) => map.rows.find((r) => r.likelihood === likelihood)!.cells[impact - 1]!;
    expect(cell(5, 4)).toMatchObject({ score: 20, band: { rating: "High" }, count: 1, label: "Likelihood 5, impact 4: 1 open risk(s)" });
    expect(cell(5, 5)).toMatchObject({ band: { rating: "High" }, count: 0 }); // the closed risk is left out
    expect(cell(2, 5)).toMatchObject({ score: 10, band: { rating: "Significant" }, count: 1 });
    expect(cell(1, 5).band.rating).toBe("Moderate");
    expect(cell(2, 2).band.rating).toBe("Low");
    // 16 risks: one closed, one unrated, two placed above → 12 at 1 × 1.
    expect(cell(1, 1)).toMatchObject({ count: 12, detail: "Likelihood 1 × impact 1 = 1 (Low): 12 open risk(s)" });
  });

  it("lists the unmitigated high risk first, flagged, with no mitigation in words", () => {
    const [first, second] = block(blocks, "top-risks").rows;
    expect(first).toMatchObject({
      id: "D.FUND.2",
      priority: "Priority: no mitigation yet",
      formula: "5 × 4 =",
      score: "20",
      band: { rating: "High", label: "High" },
      status: "open",
      mitigation: { text: "None", missing: true },
      ownerDue: "—",
    });
    expect(second).toMatchObject({ id: "D.SEC.1", priority: null, status: "being mitigated", ownerDue: "Programme lead" });
  });

  it("lists the unrated risk as a gap", () => {
    expect(block(blocks, "gaps").gaps).toEqual([
      { criterionId: "D.BEN.1", prompt: expect.any(String), reason: "Likelihood or impact not rated" },
    ]);
  });
});

describe("evidence files in the criteria table", () => {
  const withFiles = () => ({
    ...checklistFacts("before"),
    files: [
      { id: "file-1", criterionId: "B.CTX.1", name: "permit.pdf", mediaType: "application/pdf", size: 840_000, sha256: "a".repeat(64), createdAt: new Date("2026-11-02T09:00:00Z"), addedByName: "Sofia Staff" },
      { criterionId: "B.CTX.1", name: "地图.png", mediaType: "image/png", size: 3_500_000, sha256: "b".repeat(64), createdAt: new Date("2026-11-03T09:00:00Z"), addedByName: "李娜" },
    ],
  });
  const rowOf = (locale: "en" | "zh-CN") =>
    block(buildAssessmentOutline(buildAssessmentReport(sampleProjectFacts(), withFiles(), locale), locale).blocks, "criteria")
      .sections.flatMap((s) => s.rows)
      .find((r) => r.id === "B.CTX.1")!;

  it("names each file with its size, date and who added it, in the reader's language", () => {
    expect(filesLineText(rowOf("en").files!)).toBe("Files: permit.pdf (820 KB, 2 Nov 2026, Sofia Staff); 地图.png (3.3 MB, 3 Nov 2026, 李娜)");
    expect(filesLineText(rowOf("zh-CN").files!)).toMatch(/^文件：permit\.pdf（820 KB，2026年11月2日，Sofia Staff）；地图\.png/);
  });

  it("links a stored file to its download; one read from an export file has nothing to serve", () => {
    expect(rowOf("en").files!.files.map((f) => f.fileId)).toEqual(["file-1", null]);
  });

  it("says nothing for an item without files", () => {
    const other = block(outlineOf(withFiles()).blocks, "criteria").sections.flatMap((s) => s.rows).find((r) => r.id === "B.CTX.2")!;
    expect(other.files).toBeNull();
  });
});

describe("the register's own risks, inapplicable risks and files", () => {
  const ownRisk = { criterionId: "D.OWN.1", sectionId: "delivery", title: "The only bridge to the site floods", description: "July rains.", addedByName: "Sofia Staff", createdAt: new Date("2026-11-02T09:00:00Z") };
  const facts = () => {
    const during = duringFacts({ "D.SEC.1": { status: "not_applicable", likelihood: null, impact: null, notes: "No staff travel to the region." } });
    during.risks.set("D.OWN.1", { likelihood: 4, impact: 4, status: "open", notes: "", mitigation: { action: "Second route agreed", owner: "Logistics", dueDate: "2026-12-15" } });
    return {
      ...during,
      ownRisks: [ownRisk],
      files: [{ criterionId: "D.OWN.1", name: "route-map.pdf", mediaType: "application/pdf", size: 2048, sha256: "c".repeat(64), createdAt: new Date("2026-11-03T10:00:00Z"), addedByName: "Sofia Staff" }],
    };
  };

  it("puts an own risk rated 4 × 4 first among the top risks, marked as the organisation's", () => {
    const blocks = outlineOf(facts()).blocks;
    const first = block(blocks, "top-risks").rows[0]!;
    expect(first).toMatchObject({ id: "D.OWN.1", prompt: "The only bridge to the site floods", origin: "added by the organisation", score: "16", band: { rating: "High" } });
    const cell = block(blocks, "heat-map").rows.flatMap((r) => r.cells).find((c) => c.likelihood === 4 && c.impact === 4)!;
    expect(cell).toMatchObject({ count: 1, score: 16, band: { rating: "High" } });
  });

  it("lists every risk with its mitigation, files, source, and why one does not apply", () => {
    const register = block(outlineOf(facts()).blocks, "criteria");
    expect(register.title).toBe("Every risk of the register");
    const rows = register.sections.flatMap((s) => s.rows);
    expect(rows.find((r) => r.id === "D.OWN.1")).toMatchObject({
      answer: "4 × 4 = 16 · High",
      points: "Open",
      source: "Added by the organisation",
      mitigation: "Mitigation: Second route agreed (Logistics, by 15 Dec 2026)",
      files: { label: "Files: ", files: [{ fileId: null, name: "route-map.pdf", details: " (2 KB, 3 Nov 2026, Sofia Staff)" }] },
    });
    expect(register.sections.find((s) => s.id === "delivery")!.rows.at(-1)!.id).toBe("D.OWN.1");
    expect(rows.find((r) => r.id === "D.SEC.1")).toMatchObject({ answer: "Not rated", points: "Does not apply here", notes: "Why it does not apply: No staff travel to the region." });
  });

  it("writes the own risk's words as the organisation wrote them, in a Chinese report too", () => {
    const zh = buildAssessmentOutline(buildAssessmentReport(sampleProjectFacts(), facts(), "zh-CN"), "zh-CN");
    const row = block(zh.blocks, "criteria").sections.flatMap((s) => s.rows).find((r) => r.id === "D.OWN.1")!;
    expect(row).toMatchObject({ prompt: "The only bridge to the site floods", source: "由本机构添加", answer: "4 × 4 = 16 · 高" });
  });
});
