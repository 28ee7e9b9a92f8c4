import { MAX_IMPORT_BYTES } from "@/lib/exports/format-schema";
import { sampleExportFile } from "@/lib/exports/sample-export";
import { invalid, server, shapeCases, type Case } from "./action-cases";

/** A valid export file as the import form sends it, after an edit; for the import action's tables. */
export function sampleImportInput(edit: (file: Record<string, any>) => void = () => {}) {
  const file = JSON.parse(JSON.stringify(sampleExportFile()));
  edit(file);
  return { json: JSON.stringify(file) };
}

/** Malformed input for the import action (app/projects/import-actions.ts): each is refused and writes nothing. */
export function importCases(): Record<string, Case[]> {
  const refused = (message: RegExp) => server(new RegExp(`${message.source}[\\s\\S]*Nothing was imported\\.`));
  return {
    importProjectAction: [
      ...shapeCases(),
      ["the file's text missing", () => [{ json: 5 }], invalid(/^Choose an export file \(\.json\) to import\.$/m)],
      ["an empty file", () => [{ json: "" }], invalid(/^The file is empty\.$/m)],
      ["a file over the limit", () => [{ json: "x".repeat(MAX_IMPORT_BYTES + 1) }], invalid(/^The file is too large to import \(at most 900 KB\)\.$/m)],
      ["text that is not JSON", () => [{ json: "{ not json" }], refused(/^This file is not valid JSON\./)],
      ["another JSON document", () => [{ json: JSON.stringify({ name: "水资源项目" }) }], refused(/^This file is not an export of this app/)],
      ["a newer format version", () => [sampleImportInput((f) => (f.formatVersion = 3))], refused(/export format version 3, made by a newer version of the app/)],
      ["an organisation named in the file", () => [sampleImportInput((f) => (f.project.organizationId = "other-org"))], refused(/does not match the export format: project: Unrecognized key: "organizationId"/)],
      ["a likelihood of 9", () => [sampleImportInput((f) => (f.assessments[2].risks[0].likelihood = 9))], refused(/assessments\.2\.risks\.0\.likelihood/)],
      ["an oversized note", () => [sampleImportInput((f) => (f.assessments[0].answers[0].notes = "x".repeat(4001)))], refused(/assessments\.0\.answers\.0\.notes/)],
      ["a checklist version this app does not have", () => [sampleImportInput((f) => (f.assessments[0].checklistVersion = 9))], refused(/checklist version 9, which this app does not have/)],
      ["answers to a criterion the checklist does not ask", () => [sampleImportInput((f) => (f.assessments[0].answers[0].criterionId = "B.CTX.99"))], refused(/B\.CTX\.99, which checklist version 2 does not ask/)],
      ["edited scores", () => [sampleImportInput((f) => (f.assessments[0].scores.rating = "Low"))], refused(/^The scores in this file do not match what this app computes/)],
      ["an edited project rating", () => [sampleImportInput((f) => (f.project.scores.rating = "Low"))], refused(/The project rating: "Low" in the file, "High" here/)],
    ],
  };
}
