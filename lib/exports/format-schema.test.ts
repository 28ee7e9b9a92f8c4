import { describe, expect, it } from "vitest";
import { importInputSchema } from "./import-input";
import { checklistProblems, factsFromExportFile, scoreDifferences } from "./check-import";
import { EXPORT_FORMAT_VERSION, MAX_IMPORT_BYTES, exportFileSchema, parseExportFile } from "./format-schema";
import { sampleExportFile } from "./sample-export";
import { englishText } from "@/lib/i18n/translator";

/** A refusal as the English reader reads it (the parser answers with message references). */
const english = (parsed: ReturnType<typeof parseExportFile>) => (parsed.ok ? parsed : { ok: false, message: englishText(parsed.message) });

const roundTrip = () => JSON.parse(JSON.stringify(sampleExportFile()));

describe("the export format", () => {
  it("accepts what the exporter writes, after a JSON round trip", () => {
    const parsed = parseExportFile(roundTrip());
    expect(parsed).toMatchObject({ ok: true });
    expect(exportFileSchema.parse(roundTrip())).toEqual(sampleExportFile());
  });

  it("carries the computed scores of every assessment and of the project", () => {
    const file = sampleExportFile();
    expect(file.formatVersion).toBe(2);
    expect(file.assessments.map((a) => a.kind)).toEqual(["before", "partner", "during", "after"]);
    const before = file.assessments[0]!.scores;
    expect(before.rating).toBe("High");
    expect(before.redFlags.length).toBe(1);
    expect(before.gaps.length).toBe(1);
    expect(file.assessments[2]!.scores.riskRegister?.heatMap).toHaveLength(5);
    expect(file.project.scores).toMatchObject({ rating: "High" });
  });

  it("refuses a newer format version with an upgrade message, before looking at fields", () => {
    const file = { ...roundTrip(), formatVersion: EXPORT_FORMAT_VERSION + 1, somethingNew: true };
    expect(english(parseExportFile(file))).toEqual({ ok: false, message: expect.stringMatching(/format version 3, made by a newer version of the app.*upgrade the app/) });
  });

  it.each([
    ["not an object", "hello"],
    ["another format", { format: "spreadsheet", formatVersion: 1 }],
    ["no version", { format: "ngo-risk-assessment/export" }],
  ])("refuses %s as not an export", (_label, value) => {
    expect(english(parseExportFile(value))).toEqual({ ok: false, message: expect.stringMatching(/not an export of this app|version is not valid/) });
  });

  it.each([
    ["a version 0", (f: any) => (f.formatVersion = 0), /version is not valid/],
    ["an unknown field", (f: any) => (f.project.organizationId = "other-org"), /project: Unrecognized key/],
    ["a likelihood of 9", (f: any) => (f.assessments[2].risks[0].likelihood = 9), /assessments\.2\.risks\.0\.likelihood/],
    ["an unknown answer", (f: any) => (f.assessments[0].answers[0].value = "maybe"), /assessments\.0\.answers\.0\.value/],
    ["a partner ref that names nothing", (f: any) => (f.assessments[1].partnerRef = "partner-9"), /no partner has the ref partner-9/],
    ["a stage given a partner", (f: any) => (f.assessments[0].partnerRef = "partner-1"), /only it does/],
    ["two copies of one version", (f: any) => f.assessments.push(f.assessments[0]), /share the same kind, partner and version/],
    ["a budget as a number", (f: any) => (f.project.budget = 125000.5), /project\.budget/],
    [
      "an indicator with a third decimal, which the database would round",
      (f: any) => (f.assessments.find((a: any) => a.indicators.length > 0).indicators[0].target = 10.005),
      /indicators\.0\.target: Indicator values have at most two decimals/,
    ],
  ])("refuses %s with a message naming the field", (_label, edit, message) => {
    const file = roundTrip();
    edit(file);
    const parsed = parseExportFile(file);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && englishText(parsed.message)).toMatch(message);
  });

  it("finds no problem in its own file, and reports a checklist version this app lacks", () => {
    const file = sampleExportFile();
    expect(checklistProblems(file)).toEqual([]);
    const { project, assessments } = factsFromExportFile(file);
    expect(scoreDifferences(file, project, assessments)).toEqual([]);
    file.assessments[0]!.checklistVersion = 99;
    expect(englishText(checklistProblems(file)[0]!)).toMatch(/checklist version 99, which this app does not have/);
  });

  it("reports scores that do not follow from the answers", () => {
    const file = sampleExportFile();
    file.assessments[0]!.scores.score = 1;
    const { project, assessments } = factsFromExportFile(file);
    expect(englishText(scoreDifferences(file, project, assessments)[0]!)).toMatch(/^Before: participation evaluation \(version 1\) score: 1 in the file, [\d.]+ here$/);
  });

  it("measures the import size limit in bytes, as the browser does", () => {
    const chinese = "水".repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 10);
    expect(chinese.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(importInputSchema.safeParse({ json: chinese }).success).toBe(false);
    expect(importInputSchema.safeParse({ json: "水".repeat(100) }).success).toBe(true);
  });
});
