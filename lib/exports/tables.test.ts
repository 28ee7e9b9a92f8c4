import { describe, expect, it } from "vitest";
import readExcelFile from "read-excel-file/node";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { buildProjectReport } from "@/lib/report/project-report";
import { tableToCsv } from "./csv";
import { neutraliseFormula } from "./safe-cell";
import { sampleAssessments, sampleProject } from "./sample-export";
import { buildTables, type Table } from "./tables";
import { tablesToXlsx } from "./xlsx";

const assessments = sampleAssessments();
const report = buildProjectReport(sampleProject, assessments);
const [answers, risks, indicators] = buildTables([{ report, assessments }]) as [Table, Table, Table];
const column = (table: Table, header: string) => table.columns.findIndex((c) => c.header === header);

describe("the row builders", () => {
  it("list every item of every status checklist with the report's points and flags", () => {
    const checklistItems = report.parts.flatMap((p) => p.report?.sections.flatMap((s) => s.items) ?? []);
    expect(answers.rows).toHaveLength(checklistItems.length);
    expect(answers.rows.every((r) => r.length === answers.columns.length)).toBe(true);
    const before = buildAssessmentReport(sampleProject, assessments[0]!);
    const redFlag = answers.rows.find((r) => r[column(answers, "Red flag")] === "Yes" && r[1] === before.title)!;
    expect(redFlag[column(answers, "Criterion")]).toBe(before.redFlags[0]!.criterionId);
    expect(redFlag[column(answers, "Answer")]).toBe("Not met");
    expect(redFlag[column(answers, "Risk points")]).toBe(1);
    expect(answers.rows[0]![0]).toBe("水资源项目");
    expect(answers.rows[0]![column(answers, "Source")]).toMatch(/, /);
  });

  it("list every risk of the register with likelihood × impact and the mitigation", () => {
    const register = report.register!;
    expect(risks.rows).toHaveLength(register.risks.length);
    for (const row of risks.rows) {
      const l = row[column(risks, "Likelihood (1–5)")];
      const i = row[column(risks, "Impact (1–5)")];
      expect(row[column(risks, "Score (1–25)")]).toBe(typeof l === "number" && typeof i === "number" ? l * i : null);
    }
    expect(risks.rows[0]![column(risks, "Mitigation")]).toBe("Monthly call with the partner");
    expect(risks.rows[0]![column(risks, "Notes")]).toBe("+1 escalate");
  });

  it("list indicators with progress rounded as the report rounds", () => {
    expect(indicators.rows.map((r) => r.slice(4))).toEqual([
      ["Wells dug", "wells", 40, 26, 65],
      ["Committees", "", null, 3, null],
      ["Wells dug", "wells", 40, 26, 65],
      ["Committees", "", null, 3, null],
    ]);
  });
});

describe("formula injection", () => {
  it.each(["=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx", "＝1"])("neutralises %j", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it.each([["plain text"], ["a = b"], [-5], [0], [null], [""]])("leaves %j alone", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it("guards CSV cells but keeps negative numbers numbers", () => {
    const csv = tableToCsv({ name: "answers", title: "T", columns: [{ header: "A", width: 5, kind: "text" }, { header: "B", width: 5, kind: "number" }], rows: [["=cmd|' /C calc'!A0", -5], ["-2+3", null]] });
    expect(csv).toBe("\uFEFFA,B\r\n'=cmd|' /C calc'!A0,-5\r\n'-2+3,\r\n");
  });
});

describe("CSV", () => {
  it("starts with a UTF-8 byte order mark and keeps Chinese text", () => {
    const csv = tableToCsv(answers);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toBe("\uFEFF" + answers.columns.map((c) => c.header).join(","));
    expect(csv).toContain("水资源项目");
    expect(csv).toContain(`"'=HYPERLINK(""http://example.org"")"`);
  });
});

describe("XLSX", () => {
  it("has three sheets that read back with the same text and numbers", async () => {
    const sheets = await readExcelFile(await tablesToXlsx([answers, risks, indicators]));
    expect(sheets.map((s) => s.sheet)).toEqual(["Answers", "Risks", "Indicators"]);
    const [answerSheet, riskSheet, indicatorSheet] = sheets.map((s) => s.data);
    expect(answerSheet![0]).toEqual(answers.columns.map((c) => c.header));
    expect(answerSheet![1]![0]).toBe("水资源项目");
    expect(answerSheet!.length).toBe(answers.rows.length + 1);
    expect(riskSheet!.length).toBe(risks.rows.length + 1);
    expect(indicatorSheet![1]).toEqual(["水资源项目", "During: risk monitoring", 1, "Draft", "Wells dug", "wells", 40, 26, 65]);
    // A formula-like note is text with an apostrophe, never a formula.
    expect(answerSheet!.flat()).toContain("'=HYPERLINK(\"http://example.org\")");
    if (process.env.PRINT_XLSX) for (const s of sheets) console.log(s.sheet, "\n", s.data.slice(0, 3));
  });
});

describe("tables for a Chinese reader", () => {
  const [zhAnswers, zhRisks, zhIndicators] = buildTables([{ report, assessments }], "zh-CN") as [Table, Table, Table];
  const at = (table: Table, header: string) => table.columns.findIndex((c) => c.header === header);

  it("have Chinese titles, headers and labels, and the same numbers and people's texts", () => {
    expect([zhAnswers.title, zhRisks.title, zhIndicators.title]).toEqual(["回答", "风险", "指标"]);
    expect(zhAnswers.columns.slice(0, 6).map((c) => c.header)).toEqual(["项目", "评估", "版本", "状态", "部分", "条目"]);
    expect(zhRisks.columns.map((c) => c.header)).toContain("可能性（1–5）");
    const redFlag = zhAnswers.rows.find((r) => r[at(zhAnswers, "红色警示")] === "是")!;
    expect(redFlag[at(zhAnswers, "回答")]).toBe("不符合");
    expect(redFlag[1]).toBe("项目前：参与评估");
    expect(["草稿", "已批准"]).toContain(redFlag[3]);
    expect(zhAnswers.rows.map((r) => r[at(zhAnswers, "信息缺口")])).toContain("否");
    expect(zhRisks.rows.map((r) => r[at(zhRisks, "风险状态")])).toEqual(expect.arrayContaining(["未处理", "已关闭"]));
    expect(zhRisks.rows.some((r) => ["低", "中", "较高", "高"].includes(r[at(zhRisks, "评级")] as string))).toBe(true);
    expect(zhAnswers.rows.map((r) => r[1])).toContain("合作方尽职调查：Kenya Water Trust");
    // Only the words change: every number and every text a person wrote is the same.
    expect(zhAnswers.rows.map((r) => [r[0], r[2], r[5], r[8], r[11], r[12]])).toEqual(answers.rows.map((r) => [r[0], r[2], r[5], r[8], r[11], r[12]]));
    expect(zhIndicators.rows.map((r) => r.slice(4))).toEqual(indicators.rows.map((r) => r.slice(4)));
  });

  it("write Chinese CSV headers and Chinese sheet names", async () => {
    expect(tableToCsv(zhAnswers).split("\r\n")[0]).toBe("\uFEFF项目,评估,版本,状态,部分,条目,问题,回答,风险分,红色警示,信息缺口,备注,证据,来源");
    const sheets = await readExcelFile(await tablesToXlsx([zhAnswers, zhRisks, zhIndicators]));
    expect(sheets.map((s) => s.sheet)).toEqual(["回答", "风险", "指标"]);
    expect(sheets[2]!.data[1]).toEqual(["水资源项目", "项目中：风险监测", 1, "草稿", "Wells dug", "wells", 40, 26, 65]);
  });
});
