import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { UserFacingError } from "@/lib/errors";
import { checklistProblems, factsFromExportFile, scoreDifferences } from "./check-import";
import type { ExportFile } from "./format-schema";

const nothingImported = "Nothing was imported.";

/** Thrown inside the import's transaction so that everything written so far rolls back. */
class ScoresDoNotMatchError extends UserFacingError {
  constructor(differences: string[]) {
    super(
      `The scores in this file do not match what this app computes from the same answers (${differences.join("; ")}). ${nothingImported} The file may have been edited, or made by an app with other scoring rules.`,
    );
  }
}

/** Before anything is written: this app has the file's checklists, and the file's own numbers follow from its answers. */
export function verifyImportFile(file: ExportFile): void {
  const problems = checklistProblems(file);
  if (problems.length) throw new UserFacingError(`${problems.join(" ")} ${nothingImported}`);
  const fromFile = factsFromExportFile(file);
  const differences = scoreDifferences(file, fromFile.project, fromFile.assessments);
  if (differences.length) throw new ScoresDoNotMatchError(differences);
}

/**
 * After writing, with the project and its assessments read back as every page reads them (in file
 * order): they must reproduce the file's numbers, or the import's transaction rolls back.
 */
export function verifyStoredImport(file: ExportFile, stored: ProjectFacts | null, assessments: readonly AssessmentFacts[]): void {
  const differences = stored ? scoreDifferences(file, stored, assessments) : ["the project was not stored"];
  if (differences.length) throw new ScoresDoNotMatchError(differences);
}
