import { describe, expect, it } from "vitest";
import { UserFacingError } from "@/lib/errors";
import type { ExportFile } from "./format-schema";
import { sampleExportFile } from "./sample-export";
import { verifyImportFile } from "./verify-import";

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
    expect(refusal((f) => (f.assessments[0]!.answers[0]!.criterionId = "B.CTX.99"))).toMatch(/B\.CTX\.99, which checklist version 1 does not ask/));
});
