import { participationModeById } from "@/lib/checklists/participation-modes";
import type { ProjectFacts } from "@/lib/domain/facts";
import { countryName } from "@/lib/projects/countries";
import { formatMoney } from "@/lib/projects/currencies";
import type { AssessmentReport } from "../assessment-report";
import { isoDay } from "../format";
import type { ProjectReport } from "../project-report";
import { bandOf } from "./band";
import type { Band } from "./blocks";
import { reportLabels } from "./labels";

export type CoverFact = { label: string; value: string };
/** The PDF's first page: who, what, where, and the rating a board member looks for first. */
export type Cover = { kindLabel: string; heading: string; ratingLabel: string; band: Band; facts: CoverFact[] };
/** What the PDF adds that the report model does not know: whose copy it is and when it was made. */
export type CoverFrame = { organizationName: string; generatedAt: Date };

const c = reportLabels.cover;

function projectFacts(project: ProjectFacts): CoverFact[] {
  return [
    { label: c.project, value: project.name },
    { label: c.country, value: countryName(project.hostCountry) },
    { label: c.sector, value: project.sector },
    { label: c.mode, value: participationModeById(project.participationMode).label },
    { label: c.budget, value: formatMoney(project.budget, project.currency) },
    { label: c.period, value: c.periodValue(project.startDate, project.endDate) },
    { label: c.partners, value: project.partners.map((p) => p.name).join(", ") || c.noPartners },
  ];
}

export function assessmentCover(report: AssessmentReport, frame: CoverFrame): Cover {
  const l = reportLabels;
  return {
    kindLabel: c.assessmentKind,
    heading: report.title,
    ratingLabel: l.summary.rating,
    band: bandOf(report.rating),
    facts: [
      { label: c.organisation, value: frame.organizationName },
      ...projectFacts(report.project),
      { label: c.status, value: l.statusWithVersion(l.status[report.status], report.version) },
      { label: c.checklist, value: l.checklistVersion(report.checklistTitle, report.checklistVersion) },
      { label: c.reportDate, value: isoDay(frame.generatedAt) },
    ],
  };
}

export function projectCover(report: ProjectReport, frame: CoverFrame): Cover {
  return {
    kindLabel: c.projectKind,
    heading: report.project.name,
    ratingLabel: reportLabels.summary.overallRating,
    band: bandOf(report.overall.rating),
    facts: [
      { label: c.organisation, value: frame.organizationName },
      ...projectFacts(report.project),
      { label: c.ratingSetBy, value: report.overall.drivenBy ?? reportLabels.none },
      { label: c.reportDate, value: isoDay(frame.generatedAt) },
    ],
  };
}
