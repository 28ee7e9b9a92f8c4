import { checklistLabels } from "@/lib/checklists/registry";
import { participationModeById } from "@/lib/checklists/participation-modes";
import { missingMandatoryDueDiligence, type PartnerDueDiligence } from "@/lib/scoring/mandatory-due-diligence";
import { rateProject, type ProjectRating } from "@/lib/scoring/rate-project";
import type { ScoredRisk, RiskRegisterScore } from "@/lib/scoring/score-risks";
import { buildAssessmentReport, type AssessmentReport } from "./assessment-report";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";

export type ProjectReportPart = {
  key: string;
  label: string;
  report: AssessmentReport | null;
};

export type ProjectReport = {
  project: ProjectFacts;
  modeLabel: string;
  parts: ProjectReportPart[];
  overall: ProjectRating;
  gapsCount: number;
  register: RiskRegisterScore | null;
  topRisks: ScoredRisk[];
  method: string[];
};

const stageKinds = ["before", "during", "after"] as const;

export function buildProjectReport(project: ProjectFacts, assessments: ReadonlyArray<AssessmentFacts>): ProjectReport {
  const mode = participationModeById(project.participationMode);
  const parts: ProjectReportPart[] = [];
  for (const kind of stageKinds) {
    const facts = assessments.find((a) => a.kind === kind);
    parts.push({ key: kind, label: checklistLabels[kind], report: facts ? buildAssessmentReport(project, facts) : null });
  }
  const partnerParts: PartnerDueDiligence[] = [];
  for (const partner of project.partners) {
    const facts = assessments.find((a) => a.kind === "partner" && a.partner?.id === partner.id);
    const label = `Partner due diligence: ${partner.name}`;
    parts.push({ key: `partner:${partner.id}`, label, report: facts ? buildAssessmentReport(project, facts) : null });
    partnerParts.push({ name: partner.name, part: label, started: facts !== undefined });
  }
  const missingMandatory = missingMandatoryDueDiligence(mode, partnerParts);

  const rated = parts.filter((p) => p.report !== null);
  const overall = rateProject(
    rated.map((p) => ({ label: p.label, rating: p.report!.rating, redFlags: p.report!.redFlags })),
    missingMandatory,
  );
  const during = parts.find((p) => p.key === "during")?.report ?? null;
  return {
    project,
    modeLabel: mode.label,
    parts,
    overall,
    gapsCount: rated.reduce((n, p) => n + p.report!.gaps.length, 0),
    register: during?.register ?? null,
    topRisks: during?.topRisks ?? [],
    method: explainProjectRating(parts, overall, missingMandatory.length > 0),
  };
}

function explainProjectRating(parts: ProjectReportPart[], overall: ProjectRating, missing: boolean): string[] {
  const listed = parts.map((p) => `${p.label}: ${p.report ? (p.report.rating ?? "not rated yet") : "not started"}`);
  const lines = [
    "The project's rating is the worst of its stage ratings and partner ratings; stages not started are left out.",
    ...listed,
  ];
  if (missing) lines.push("A mandatory partner due diligence is missing: it counts as a red flag and rates High.");
  lines.push(
    overall.rating
      ? `Overall: ${overall.rating}${overall.drivenBy ? `, set by ${overall.drivenBy}` : ""}.`
      : "Overall: not rated yet — no stage has answers.",
  );
  return lines;
}

