import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { UserFacingError } from "@/lib/errors";
import { msg, msgJoin } from "@/lib/i18n/message-ref";
import { checklistProblems, factsFromExportFile, scoreDifferences } from "./check-import";
import type { ExportFile } from "./format-schema";

/** Thrown inside the import's transaction so that everything written so far rolls back. */
class ScoresDoNotMatchError extends UserFacingError {
  constructor(differences: string[]) {
    super("errors.importScoresDiffer", { differences: msgJoin("importErrors.clauses", differences) });
  }
}

/** Before anything is written: this app has the file's checklists, and the file's own numbers follow from its answers. */
export function verifyImportFile(file: ExportFile): void {
  const problems = checklistProblems(file);
  // Each problem is a sentence in the reader's language, joined as that language joins sentences.
  if (problems.length) throw new UserFacingError("errors.importRefused", { problem: msgJoin("importErrors.sentences", problems) });
  const fromFile = factsFromExportFile(file);
  const differences = scoreDifferences(file, fromFile.project, fromFile.assessments);
  if (differences.length) throw new ScoresDoNotMatchError(differences);
}

/**
 * After writing, with the project and its assessments read back as every page reads them (in file
 * order): they must reproduce the file's numbers, or the import's transaction rolls back.
 */
export function verifyStoredImport(file: ExportFile, stored: ProjectFacts | null, assessments: readonly AssessmentFacts[]): void {
  const differences = stored ? scoreDifferences(file, stored, assessments) : [msg("importErrors.notStored")];
  if (differences.length) throw new ScoresDoNotMatchError(differences);
}
