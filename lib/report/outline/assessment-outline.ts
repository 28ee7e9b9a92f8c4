import type { AssessmentReport } from "../assessment-report";
import { formatPoints, formatScore, isoDay } from "../format";
import { bandOf } from "./band";
import type { CriteriaBlock, OutlineHeading, ReportBlock, SignOffBlock, SummaryBlock } from "./blocks";
import { gapsBlock, indicatorsBlock, methodBlock, redFlagsBlock, scoreChartBlock, sourcesBlock } from "./finding-blocks";
import { reportLabels as l } from "./labels";
import { heatMapBlock, topRisksBlock } from "./risk-blocks";
import { localize } from "@/lib/i18n/localized-text";

export type AssessmentOutline = { heading: OutlineHeading; blocks: ReportBlock[] };

/**
 * One assessment's report, block by block. A checklist lists its red flags and every criterion;
 * the DURING risk register shows its heat map and top risks instead. `withSources: false` is for a
 * chapter of the project report, which lists the sources of all its chapters once.
 */
export function buildAssessmentOutline(report: AssessmentReport, { withSources = true } = {}): AssessmentOutline {
  const register = report.register;
  const blocks: ReportBlock[] = [summaryBlock(report), scoreChartBlock(l.chart.sectionScores, report.chart)];
  if (register) blocks.push(heatMapBlock(register), topRisksBlock(report.topRisks));
  else blocks.push(redFlagsBlock(report.redFlags, { withPart: false }));
  blocks.push(gapsBlock(report.gaps));
  // The register tracks indicators while the project runs, so it says so even when none are recorded.
  if (report.indicators.length > 0 || register) blocks.push(indicatorsBlock(report.indicators));
  blocks.push(methodBlock(l.method.assessment, report.method));
  if (report.sections.length > 0) blocks.push(criteriaBlock(report));
  if (withSources) blocks.push(sourcesBlock(report.sources, null));
  blocks.push(signOffBlock(report));
  return { heading: { title: report.title, subtitle: report.project.name }, blocks };
}

const savedAt = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

function summaryBlock(report: AssessmentReport): SummaryBlock {
  const s = l.summary;
  const register = report.register !== null;
  return {
    kind: "summary",
    title: s.title,
    notice: report.status === "draft" ? s.draftNotice(savedAt(report.updatedAt)) : null,
    metrics: [
      { key: "rating", label: s.rating, value: { show: "band", band: bandOf(report.rating) }, notes: [] },
      {
        key: "score",
        label: register ? s.registerScore : s.checklistScore,
        value: { show: "figure", text: register ? (report.scoreRating ? l.bands[report.scoreRating] : l.none) : formatScore(report.score) },
        notes: [],
      },
      { key: "flags-and-gaps", label: s.flagsAndGaps, value: { show: "figure", text: `${report.redFlags.length} · ${report.gaps.length}` }, notes: [] },
      {
        key: "status",
        label: s.status,
        value: { show: "text", text: l.statusWithVersion(l.status[report.status], report.version) },
        notes: [l.checklistVersion(report.checklistTitle, report.checklistVersion), s.progress(report.progress.answered, report.progress.total)],
      },
    ],
  };
}

function criteriaBlock(report: AssessmentReport): CriteriaBlock {
  const c = l.criteria;
  return {
    kind: "criteria",
    title: c.title,
    columns: c.columns,
    sections: report.sections.map((section) => ({
      id: section.id,
      heading: `${section.title} · ${formatScore(section.score)}`,
      band: bandOf(section.rating),
      rows: section.items.map((row) => ({
        id: row.item.id,
        prompt: localize(row.item.prompt, "en"),
        critical: row.item.critical ? c.critical : null,
        notes: row.facts?.notes ? c.notes(row.facts.notes) : null,
        evidence: row.facts?.evidence ? c.evidence(row.facts.evidence) : null,
        answer: row.answerLabel,
        redFlag: row.isRedFlag ? c.redFlag : null,
        points: row.points === null ? c.leftOut : `${row.item.weight} × ${formatPoints(row.points)}`,
        // Bracketed like the sources list, so "[000] §IV.A" is found there at a glance.
        source: row.item.sources.map((s) => `[${s.doc}] ${localize(s.where, "en")}`).join("; "),
      })),
    })),
  };
}

function signOffBlock(report: AssessmentReport): SignOffBlock {
  const s = l.signOff;
  return {
    kind: "sign-off",
    title: s.title,
    rows: [
      { key: "status", label: s.status, value: l.statusWithVersion(l.status[report.status], report.version) },
      { key: "submitted", label: s.submittedBy, value: `${report.submittedBy ?? l.none} · ${isoDay(report.submittedAt)}` },
      {
        key: "reviewed",
        label: report.status === "returned" ? s.returnedBy : s.approvedBy,
        value: `${report.reviewedBy ?? l.none} · ${isoDay(report.reviewedAt)}`,
      },
      { key: "checklist", label: s.checklist, value: l.checklistVersion(report.checklistTitle, report.checklistVersion) },
    ],
  };
}
