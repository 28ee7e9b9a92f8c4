import { ownRiskSections } from "@/lib/checklists/assessment-checklist";
import { allChecklists } from "@/lib/checklists/registry";
import { msg } from "@/lib/i18n/message-ref";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { buildProjectReport } from "@/lib/report/project-report";
import { seriesOfFile } from "./file-series";
import type { ExportedAssessment, ExportFile } from "./format-schema";
import { assessmentScoresOf, describeScoreDifferences, projectScoresOf } from "./scores";

/** "Before: participation evaluation (version 2)", as a reference the reader's side translates. */
const labelOf = (a: Pick<ExportedAssessment, "kind" | "version">) => msg("importErrors.assessment", { checklist: `checklists.${a.kind}`, version: a.version });

/**
 * What this app cannot take from the file before anything is written: checklist versions it does
 * not have, and answers to criteria those checklists do not ask, as message references. Empty when the file fits.
 */
export function checklistProblems(file: ExportFile): string[] {
  const problems: string[] = [];
  for (const a of file.assessments) {
    const checklist = allChecklists().find((c) => c.id === a.kind && c.version === a.checklistVersion);
    if (!checklist) {
      problems.push(msg("importErrors.checklistMissing", { assessment: labelOf(a), version: a.checklistVersion }));
      continue;
    }
    // The organisation's own risks are items of this assessment alone, in a section that takes them.
    const ownSections = new Set(ownRiskSections(checklist).map((s) => s.id));
    const known = new Set([...checklist.sections.flatMap((s) => s.items.map((i) => i.id)), ...a.ownRisks.map((o) => o.criterionId)]);
    const unknown = [...a.answers, ...a.risks, ...a.files].map((x) => x.criterionId).filter((id) => !known.has(id));
    const misplaced = a.ownRisks.filter((o) => !ownSections.has(o.sectionId)).map((o) => o.criterionId);
    if (misplaced.length) problems.push(msg("importErrors.ownRiskSection", { assessment: labelOf(a), ids: misplaced.slice(0, 3).join(", ") }));
    if (unknown.length) problems.push(msg("importErrors.unknownCriteria", { assessment: labelOf(a), ids: unknown.slice(0, 3).join(", "), version: a.checklistVersion }));
  }
  return problems.slice(0, 3);
}

/**
 * The differences between the scores the file carries and the scores this app computes from
 * the same answers (given as facts, in file order, e.g. read back from the database after import), as message references.
 */
export function scoreDifferences(file: ExportFile, project: ProjectFacts, assessments: readonly AssessmentFacts[]): string[] {
  const out: string[] = [];
  file.assessments.forEach((a, i) => {
    const facts = assessments[i];
    if (!facts) out.push(msg("importErrors.assessmentMissing", { assessment: labelOf(a) }));
    else out.push(...describeScoreDifferences(labelOf(a), a.scores, assessmentScoresOf(buildAssessmentReport(project, facts))));
  });
  out.push(...describeScoreDifferences(msg("importErrors.theProject"), file.project.scores, projectScoresOf(buildProjectReport(project, assessments.filter((a) => a.isCurrent)))));
  return out.slice(0, 3);
}

/** The file as report inputs (with made-up ids), to check its scores before anything is written. */
export function factsFromExportFile(file: ExportFile): { project: ProjectFacts; assessments: AssessmentFacts[] } {
  const project: ProjectFacts = {
    id: "import",
    ...file.project,
    partners: file.project.partners.map((p) => ({ id: p.ref, name: p.name, country: p.country })),
  };
  const series = seriesOfFile(file.assessments);
  const assessments = file.assessments.map((a, i): AssessmentFacts => {
    const partner = a.partnerRef === null ? null : project.partners.find((p) => p.id === a.partnerRef)!;
    return {
      id: `import-${i}`,
      projectId: project.id,
      kind: a.kind,
      checklistVersion: a.checklistVersion,
      participationMode: a.participationMode,
      status: a.status,
      seriesId: series[i]!.key,
      version: a.version,
      isCurrent: series[i]!.isCurrent,
      submittedAt: a.submittedAt === null ? null : new Date(a.submittedAt),
      submittedBy: a.submittedBy,
      reviewedAt: a.reviewedAt === null ? null : new Date(a.reviewedAt),
      reviewedBy: a.reviewedBy,
      // The export format does not carry it; the sign-off still reads a submitter who approved as self-approved.
      selfApproved: false,
      updatedAt: new Date(0),
      partner: partner ? { id: partner.id, name: partner.name } : null,
      answers: new Map(a.answers.map(({ criterionId, ...rest }) => [criterionId, rest])),
      risks: new Map(a.risks.map(({ criterionId, ...rest }) => [criterionId, rest])),
      indicators: a.indicators,
      ownRisks: a.ownRisks.map(({ addedAt, ...o }) => ({ ...o, createdAt: new Date(addedAt) })),
      files: a.files.map(({ addedAt, ...f }) => ({ ...f, createdAt: new Date(addedAt) })),
    };
  });
  return { project, assessments };
}
