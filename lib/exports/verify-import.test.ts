import { describe, expect, it } from "vitest";
import { UserFacingError } from "@/lib/errors";
import type { ExportFile } from "./format-schema";
import { sampleExportFile } from "./sample-export";
import { verifyImportFile } from "./verify-import";
import { parseExportFile } from "./format-schema";
import { translateRef } from "@/lib/i18n/message-ref";
import { translatorFor } from "@/lib/i18n/translator";

const chinese = (ref: string) => translateRef(translatorFor("zh-CN"), ref);

describe("verifyImportFile: a file that cannot be reproduced is refused before anything is written", () => {
  function refusal(edit: (f: ExportFile) => void) {
    const file = sampleExportFile();
    edit(file);
    try {
      verifyImportFile(file);
    } catch (error) {
      expect(error).toBeInstanceOf(UserFacingError);
      return (error as Error).message;
    }
    throw new Error("the file was accepted");
  }

  it("accepts an unedited export", () => expect(() => verifyImportFile(sampleExportFile())).not.toThrow());

  it("refuses edited scores", () =>
    expect(refusal((f) => (f.assessments[0]!.scores.score = 3))).toMatch(/^The scores in this file do not match .*score: 3 in the file.*Nothing was imported/));

  it("refuses an edited project rating", () =>
    expect(refusal((f) => (f.project.scores.rating = "Moderate"))).toMatch(/The project rating: "Moderate" in the file/));

  it("refuses a checklist version this app does not have", () =>
    expect(refusal((f) => (f.assessments[1]!.checklistVersion = 7))).toMatch(/checklist version 7, which this app does not have.*Nothing was imported\.$/));

  it("refuses answers to criteria the checklist does not ask", () =>
    expect(refusal((f) => (f.assessments[0]!.answers[0]!.criterionId = "B.CTX.99"))).toMatch(/B\.CTX\.99, which checklist version 2 does not ask/));
});

describe("an import refused for a Chinese reader", () => {
  function refusalRef(edit: (f: ExportFile) => void): string {
    const file = sampleExportFile();
    edit(file);
    try {
      verifyImportFile(file);
    } catch (error) {
      return (error as UserFacingError).ref;
    }
    throw new Error("the file was accepted");
  }

  it("reads every problem in Chinese, joined as Chinese joins sentences", () => {
    const ref = refusalRef((f) => {
      f.assessments[0]!.checklistVersion = 7;
      f.assessments[1]!.answers[0]!.criterionId = "P.GOV.99";
    });
    expect(chinese(ref)).toBe(
      "项目前：参与评估（版本1）是按清单版本7填写的，本应用没有该版本。请先升级应用，再重新导入该文件。" +
        "合作方尽职调查（版本1）含有对P.GOV.99的回答，而清单版本2没有这些条目。未导入任何内容。",
    );
  });

  it("names the score that differs in Chinese", () => {
    const text = chinese(refusalRef((f) => (f.assessments[0]!.scores.score = 3)));
    expect(text).toMatch(/^文件中的分数与本应用根据相同答案计算的结果不一致（项目前：参与评估（版本1） score：文件中为3，本应用计算为[\d.]+.*）。未导入任何内容。/);
    expect(text).not.toMatch(/in the file|Nothing was imported/);
  });

  it("reads a file that is not an export, or does not match the format, in Chinese", () => {
    const notExport = parseExportFile({ hello: 1 });
    expect(!notExport.ok && chinese(notExport.message)).toBe("这不是本应用的导出文件（无法识别其格式）。");
    const file = JSON.parse(JSON.stringify(sampleExportFile()));
    file.project.organizationId = "other";
    file.assessments[1].partnerRef = "partner-9";
    const parsed = parseExportFile(file);
    expect(!parsed.ok && chinese(parsed.message)).toBe('该文件不符合导出格式：project：无法识别的字段："organizationId"；assessments.1.partnerRef：没有引用为 partner-9 的合作方。');
  });
});
