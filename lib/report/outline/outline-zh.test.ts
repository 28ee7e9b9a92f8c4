import { describe, expect, it } from "vitest";
import { buildAssessmentReport } from "../assessment-report";
import { buildProjectReport } from "../project-report";
import { checklistFacts, duringFacts, samplePartner, sampleProjectFacts } from "../testing/sample-facts";
import { buildAssessmentOutline } from "./assessment-outline";
import type { BlockKind, ReportBlock } from "./blocks";
import { assessmentCover, projectCover } from "./cover";
import { buildProjectOutline } from "./project-outline";

function block<K extends BlockKind>(blocks: ReportBlock[], kind: K): Extract<ReportBlock, { kind: K }> {
  const found = blocks.find((b) => b.kind === kind);
  if (!found) throw new Error(`no ${kind} block`);
  return found as Extract<ReportBlock, { kind: K }>;
}

const project = sampleProjectFacts();
const outlineIn = (facts: Parameters<typeof buildAssessmentReport>[1], locale: "en" | "zh-CN") =>
  buildAssessmentOutline(buildAssessmentReport(project, facts, locale), locale);

describe("an assessment report in Chinese", () => {
  const redFlagged = checklistFacts("before", { "B.LAW.1": "unknown" });
  const zh = outlineIn(redFlagged, "zh-CN");

  it("has the same blocks as in English, every heading in Chinese", () => {
    const en = outlineIn(redFlagged, "en");
    expect(zh.blocks.map((b) => b.kind)).toEqual(en.blocks.map((b) => b.kind));
    expect(zh.blocks.map((b) => b.title)).toEqual(["概要", "各部分分数", "红色警示", "信息缺口", "分数的计算方法", "全部条目", "来源", "签批"]);
    expect(zh.heading.title).toBe("项目前：参与评估");
  });

  it("rates a red flag 高 and words answers, statuses and dates in Chinese", () => {
    const summary = block(zh.blocks, "summary");
    expect(summary.metrics[0]).toMatchObject({ label: "评级", value: { show: "band", band: { rating: "High", label: "高" } } });
    expect(summary.metrics.find((m) => m.key === "status")!.value).toEqual({ show: "text", text: "已提交，等待审核 · 第1版" });
    const row = block(zh.blocks, "criteria").sections.flatMap((s) => s.rows).find((r) => r.id === "B.LAW.1")!;
    expect(row).toMatchObject({ answer: "不清楚", redFlag: "红色警示", critical: "关键" });
    expect(block(zh.blocks, "red-flags").flags[0]!.text).toMatch(/——不清楚$/);
    expect(block(zh.blocks, "gaps").gaps[0]!.reason).toBe("答“不清楚”");
    expect(block(zh.blocks, "sign-off").rows[1]).toEqual({ key: "submitted", label: "提交人", value: "Noy Phommasack · 2025年3月1日" });
  });

  it("labels a low bar 低 and explains the score in Chinese with the same figures", () => {
    const chart = block(outlineIn(checklistFacts("before"), "zh-CN").blocks, "section-scores");
    expect(chart.bars[0]!.valueLabel).toBe("0.0 低");
    const method = block(zh.blocks, "method").lines;
    expect(method[0]).toContain("符合计0分；部分符合计0.5分");
    expect(method.at(-1)).toBe("1个关键条目不符合或不清楚：每个都是红色警示，评级至少为高，因此为高。");
  });

  it("words the risk register's heat map and top risks in Chinese", () => {
    const blocks = outlineIn(duringFacts({ "D.FUND.2": { likelihood: 5, impact: 4, mitigation: null } }), "zh-CN").blocks;
    const map = block(blocks, "heat-map");
    expect(map.title).toBe("未关闭风险热力图");
    expect(map.rows[0]!.cells[3]).toMatchObject({ band: { label: "高" }, label: "可能性5，影响4：1项未关闭风险" });
    expect(block(blocks, "top-risks").rows[0]).toMatchObject({ priority: "优先处理：尚无缓解措施", status: "未处理", mitigation: { text: "无" } });
  });
});

describe("a project report in Chinese", () => {
  const report = buildProjectReport(project, [checklistFacts("before")], "zh-CN");
  const outline = buildProjectOutline(report, "zh-CN");

  it("names the partner's missing due diligence as a red flag, in Chinese, and is rated 高 by it", () => {
    expect(block(outline.blocks, "summary").metrics[0]).toMatchObject({
      label: "总体评级",
      value: { band: { label: "高" } },
      notes: ["由必需的合作方尽职调查决定"],
    });
    expect(block(outline.blocks, "red-flags").flags).toEqual([
      {
        criterionId: null,
        part: `合作方尽职调查：${samplePartner.name}`,
        from: `（合作方尽职调查：${samplePartner.name}）`,
        text: `“属地合作”要求进行合作方尽职调查，但尚未对${samplePartner.name}开始尽职调查。`,
      },
    ]);
    expect(block(outline.blocks, "stages").rows.map((r) => r.status)).toEqual(["已提交", "未开始", "未开始", "未开始"]);
  });

  it("fills the PDF's cover with Chinese labels, the mode, money and dates in Chinese", () => {
    const frame = { organizationName: "港湾救援", generatedAt: new Date("2027-03-01T00:00:00Z") };
    const cover = projectCover(report, frame, "zh-CN");
    expect(cover).toMatchObject({ kindLabel: "项目风险报告", ratingLabel: "总体评级", band: { label: "高" } });
    const facts = Object.fromEntries(cover.facts.map((f) => [f.label, f.value]));
    expect(facts).toMatchObject({ 机构: "港湾救援", 参与方式: "属地合作", 周期: "2025年1月1日至2026年12月31日", 报告日期: "2027年3月1日" });
    expect(facts["预算"]).toMatch(/120,000/);
    const before = report.parts[0]!.report!;
    expect(assessmentCover(before, frame, "zh-CN").facts.find((f) => f.label === "清单")!.value).toMatch(/，第1版清单$/);
  });
});
