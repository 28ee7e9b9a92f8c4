import { checklistKinds } from "@/lib/checklists/definition-schema";
import { latestChecklist } from "@/lib/checklists/registry";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { buildProjectReport } from "@/lib/report/project-report";
import { EXPORT_FORMAT_ID, EXPORT_FORMAT_VERSION, type ExportedAssessment, type ExportFile } from "./format-schema";
import { assessmentScoresOf, projectScoresOf } from "./scores";

export type ExportNote = Omit<ExportedAssessment["reviewNotes"][number], "createdAt"> & { createdAt: Date };

/** One assessment version as the database gives it, with what the report model does not carry. */
export type ExportSource = AssessmentFacts & { scoreSnapshot: ExportedAssessment["scoreSnapshot"]; reviewNotes: ExportNote[] };

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/**
 * The export file of a project (every version of its assessments) or of one assessment version.
 * The project's scores are computed over the assessments in the file, so an importer can check them.
 */
export function buildExportFile(input: {
  contents: ExportFile["contents"];
  project: ProjectFacts;
  assessments: readonly ExportSource[];
  exportedAt: Date;
}): ExportFile {
  const { project } = input;
  const refOf = new Map(project.partners.map((p, i) => [p.id, `partner-${i + 1}`]));
  const sorted = [...input.assessments].sort(
    (a, b) => checklistKinds.indexOf(a.kind) - checklistKinds.indexOf(b.kind) || (a.partner?.name ?? "").localeCompare(b.partner?.name ?? "") || a.version - b.version,
  );
  // A project file holds every version and its scores follow the current ones; a one-assessment
  // file's project scores follow that one version, whichever it is, as the importer will compute them.
  const projectReport = buildProjectReport(project, input.contents === "project" ? sorted.filter((a) => a.isCurrent) : sorted);
  return {
    format: EXPORT_FORMAT_ID,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    contents: input.contents,
    app: { checklistVersions: { before: latestChecklist("before").version, partner: latestChecklist("partner").version, during: latestChecklist("during").version, after: latestChecklist("after").version } },
    project: {
      name: project.name,
      summary: project.summary,
      hostCountry: project.hostCountry,
      sector: project.sector as ExportFile["project"]["sector"],
      participationMode: project.participationMode,
      budget: Number(project.budget).toFixed(2),
      currency: project.currency,
      startDate: project.startDate,
      endDate: project.endDate,
      partners: project.partners.map((p) => ({ ref: refOf.get(p.id)!, name: p.name, country: p.country })),
      scores: projectScoresOf(projectReport),
    },
    assessments: sorted.map((a) => ({
      kind: a.kind,
      partnerRef: a.partner ? (refOf.get(a.partner.id) ?? null) : null,
      checklistVersion: a.checklistVersion,
      participationMode: a.participationMode,
      status: a.status,
      version: a.version,
      submittedAt: iso(a.submittedAt),
      submittedBy: a.submittedBy,
      reviewedAt: iso(a.reviewedAt),
      reviewedBy: a.reviewedBy,
      scoreSnapshot: a.scoreSnapshot,
      answers: [...a.answers].sort(([x], [y]) => x.localeCompare(y)).map(([criterionId, f]) => ({ criterionId, ...f })),
      risks: [...a.risks]
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([criterionId, r]) => ({ criterionId, likelihood: r.likelihood, impact: r.impact, status: r.status, notes: r.notes, mitigation: r.mitigation })),
      indicators: a.indicators.map((i) => ({ ...i })),
      reviewNotes: a.reviewNotes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
      ownRisks: (a.ownRisks ?? []).map(({ createdAt, ...o }) => ({ ...o, addedAt: createdAt.toISOString() })),
      files: (a.files ?? []).map(({ id: _, createdAt, ...f }) => ({ ...f, addedAt: createdAt.toISOString() })),
      scores: assessmentScoresOf(buildAssessmentReport(project, a)),
    })),
  };
}
