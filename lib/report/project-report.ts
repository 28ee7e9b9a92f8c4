import { participationModeById } from "@/lib/checklists/participation-modes";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { missingMandatoryDueDiligence, type PartnerDueDiligence } from "@/lib/scoring/mandatory-due-diligence";
import { rateProject, type ProjectRating, type RedFlag } from "@/lib/scoring/rate-project";
import type { ScoredRisk, RiskRegisterScore } from "@/lib/scoring/score-risks";
import { buildAssessmentReport, type AssessmentReport } from "./assessment-report";
import { isSettled } from "./standing";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { wordsFor, type Words } from "./words";

export type ProjectReportPart = {
  key: string;
  label: string;
  report: AssessmentReport | null;
};

export type ProjectReport = {
  /** The language of its words, as in each part's report. */
  locale: Locale;
  project: ProjectFacts;
  modeLabel: string;
  parts: ProjectReportPart[];
  overall: ProjectRating;
  /**
   * The overall rating rests on a draft: no submitted or approved part (nor a missing due
   * diligence) reaches it, so a later answer can still lower it.
   */
  overallProvisional: boolean;
  /** Started parts whose current version is still a draft. */
  draftCount: number;
  gapsCount: number;
  register: RiskRegisterScore | null;
  topRisks: ScoredRisk[];
  method: string[];
};

const stageKinds = ["before", "during", "after"] as const;

// The part rateProject names when a missing due diligence sets the rating (lib/scoring speaks English).
const mandatoryPartLabel = "Mandatory partner due diligence";

/** The report model in one language: English unless the caller passes the reader's. */
export function buildProjectReport(
  project: ProjectFacts,
  assessments: ReadonlyArray<AssessmentFacts>,
  locale: Locale = defaultLocale,
): ProjectReport {
  const w = wordsFor(locale);
  const mode = participationModeById(project.participationMode);
  const modeLabel = w(`modes.${mode.id}.label`);
  const parts: ProjectReportPart[] = [];
  for (const kind of stageKinds) {
    const facts = assessments.find((a) => a.kind === kind);
    parts.push({ key: kind, label: w(`checklists.${kind}`), report: facts ? buildAssessmentReport(project, facts, locale) : null });
  }
  const partnerParts: PartnerDueDiligence[] = [];
  for (const partner of project.partners) {
    const facts = assessments.find((a) => a.kind === "partner" && a.partner?.id === partner.id);
    const label = w("report.partnerPart", { name: partner.name });
    parts.push({ key: `partner:${partner.id}`, label, report: facts ? buildAssessmentReport(project, facts, locale) : null });
    partnerParts.push({ name: partner.name, part: label, started: facts !== undefined });
  }
  const missingMandatory = reword(missingMandatoryDueDiligence(mode, partnerParts), partnerParts, modeLabel, w);

  const rated = parts.filter((p) => p.report !== null);
  const rating = rateProject(
    rated.map((p) => ({ label: p.label, rating: p.report!.rating, redFlags: p.report!.redFlags })),
    missingMandatory,
  );
  const overall = rating.drivenBy === mandatoryPartLabel ? { ...rating, drivenBy: w("report.mandatoryPart") } : rating;
  // Worst-of: a settled part at the overall level fixes it whatever the drafts say.
  const firm = missingMandatory.length > 0 || rated.some((p) => isSettled(p.report!.status) && p.report!.rating === overall.rating);
  const during = parts.find((p) => p.key === "during")?.report ?? null;
  return {
    locale,
    project,
    modeLabel,
    parts,
    overall,
    overallProvisional: overall.rating !== null && !firm,
    draftCount: rated.filter((p) => !isSettled(p.report!.status)).length,
    gapsCount: rated.reduce((n, p) => n + p.report!.gaps.length, 0),
    register: during?.register ?? null,
    topRisks: during?.topRisks ?? [],
    method: explainProjectRating(parts, overall, missingMandatory.length > 0, w),
  };
}

/** The rule decides which due diligences are missing; the words are the report's language. */
function reword(flags: RedFlag[], partners: ReadonlyArray<PartnerDueDiligence>, mode: string, w: Words): RedFlag[] {
  return flags.map((flag) => {
    const partner = partners.find((p) => p.part === flag.part);
    return partner
      ? { ...flag, text: w("report.missingDueDiligenceFlag", { mode, partner: partner.name }) }
      : { ...flag, part: w("report.partnersPart"), text: w("report.noPartnerFlag", { mode }) };
  });
}

function explainProjectRating(parts: ProjectReportPart[], overall: ProjectRating, missing: boolean, w: Words): string[] {
  const state = (p: ProjectReportPart) =>
    p.report ? (p.report.rating ? w(`ratings.${p.report.rating}`) : w("report.method.notRatedYet")) : w("report.method.notStarted");
  const lines = [w("report.method.projectRule"), ...parts.map((p) => w("report.method.projectPart", { part: p.label, state: state(p) }))];
  if (missing) lines.push(w("report.method.projectMissing"));
  lines.push(
    overall.rating
      ? overall.drivenBy
        ? w("report.method.projectOverallSetBy", { rating: w(`ratings.${overall.rating}`), part: overall.drivenBy })
        : w("report.method.projectOverall", { rating: w(`ratings.${overall.rating}`) })
      : w("report.method.projectUnrated"),
  );
  return lines;
}
