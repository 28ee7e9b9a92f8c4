import { participationModeById } from "@/lib/checklists/participation-modes";
import type { ProjectFacts } from "@/lib/domain/facts";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/projects/countries";
import { sectorLabel } from "@/lib/projects/sectors";
import type { AssessmentReport } from "../assessment-report";
import { statusWithVersion } from "../format";
import type { ProjectReport } from "../project-report";
import { wordsFor } from "../words";
import { isSettled } from "../standing";
import { bandOf } from "./band";
import type { Band } from "./blocks";

export type CoverFact = { label: string; value: string };
/** The PDF's first page: who, what, where, and the rating a board member looks for first. */
export type Cover = { kindLabel: string; heading: string; ratingLabel: string; band: Band; facts: CoverFact[] };
/** What the PDF adds that the report model does not know: whose copy it is and when it was made. */
export type CoverFrame = { organizationName: string; generatedAt: Date };

function projectFacts(project: ProjectFacts, locale: Locale): CoverFact[] {
  const w = wordsFor(locale);
  return [
    { label: w("report.cover.project"), value: project.name },
    { label: w("report.cover.country"), value: countryName(project.hostCountry, locale) },
    { label: w("report.cover.sector"), value: sectorLabel(project.sector, (key) => w(`sectors.${key}`)) },
    { label: w("report.cover.mode"), value: w(`modes.${participationModeById(project.participationMode).id}.label`) },
    { label: w("report.cover.budget"), value: formatMoney(project.budget, project.currency, locale) },
    {
      label: w("report.cover.period"),
      value: w("report.facts.period", { start: formatDay(project.startDate, locale), end: formatDay(project.endDate, locale) }),
    },
    {
      label: w("report.cover.partners"),
      value: project.partners.map((p) => p.name).join(w("report.listSeparator")) || w("report.cover.noPartners"),
    },
  ];
}

export function assessmentCover(report: AssessmentReport, frame: CoverFrame, locale: Locale): Cover {
  const w = wordsFor(locale);
  return {
    kindLabel: w("report.cover.assessmentKind"),
    heading: report.title,
    ratingLabel: w("report.summary.rating"),
    band: bandOf(report.rating, locale, !isSettled(report.status)),
    facts: [
      { label: w("report.cover.organisation"), value: frame.organizationName },
      ...projectFacts(report.project, locale),
      { label: w("report.cover.status"), value: statusWithVersion(report.status, report.version, locale) },
      { label: w("report.cover.checklist"), value: w("report.checklistVersion", { title: report.checklistTitle, version: report.checklistVersion }) },
      { label: w("report.cover.reportDate"), value: formatDay(frame.generatedAt, locale) },
    ],
  };
}

export function projectCover(report: ProjectReport, frame: CoverFrame, locale: Locale): Cover {
  const w = wordsFor(locale);
  return {
    kindLabel: w("report.cover.projectKind"),
    heading: report.project.name,
    ratingLabel: w("report.summary.overallRating"),
    band: bandOf(report.overall.rating, locale, report.overallProvisional),
    facts: [
      { label: w("report.cover.organisation"), value: frame.organizationName },
      ...projectFacts(report.project, locale),
      { label: w("report.cover.ratingSetBy"), value: report.overall.drivenBy ?? w("report.none") },
      { label: w("report.cover.reportDate"), value: formatDay(frame.generatedAt, locale) },
    ],
  };
}
