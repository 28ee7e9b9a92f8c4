import { formatScore, isoDay, statusLabel } from "../format";
import type { ProjectReport } from "../project-report";
import { mergeSources } from "../sources";
import { buildAssessmentOutline } from "./assessment-outline";
import { bandOf } from "./band";
import type { OutlineHeading, ProjectSignOffBlock, ReportBlock, StagesBlock, SummaryBlock } from "./blocks";
import { methodBlock, redFlagsBlock, scoreChartBlock, sourcesBlock } from "./finding-blocks";
import { reportLabels as l } from "./labels";
import { heatMapBlock, topRisksBlock } from "./risk-blocks";

/** The full report of one started stage or partner, as its own page shows it (less the sources). */
export type ProjectChapter = { key: string; heading: OutlineHeading; blocks: ReportBlock[] };

export type ProjectOutline = {
  heading: OutlineHeading;
  /** The project report itself: the HTML page and the PDF both show these, in this order. */
  blocks: ReportBlock[];
  /**
   * The PDF prints these after the blocks, so the file is the whole dossier; the HTML page links
   * to each assessment's own report from the stages table instead (built by the same outline).
   */
  chapters: ProjectChapter[];
};

export function buildProjectOutline(report: ProjectReport): ProjectOutline {
  const started = report.parts.flatMap((p) => (p.report ? [{ ...p, report: p.report }] : []));
  const checklists = started.filter((p) => p.report.register === null);
  const blocks: ReportBlock[] = [summaryBlock(report), stagesBlock(report)];
  // The register is rated by its worst risk, not a 0–100 score: it has no bar on this scale.
  if (checklists.length > 0) {
    blocks.push(
      scoreChartBlock(l.chart.stageScores, {
        max: 100,
        unit: l.chart.stageUnit,
        bars: checklists.map((p) => ({ label: p.label, value: p.report.score, rating: p.report.rating })),
      }),
    );
  }
  blocks.push(redFlagsBlock(report.overall.redFlags, { withPart: true }));
  if (report.register) blocks.push(heatMapBlock(report.register), topRisksBlock(report.topRisks));
  blocks.push(methodBlock(l.method.project, report.method));
  blocks.push(signOffBlock(report));
  blocks.push(sourcesBlock(mergeSources(started.map((p) => p.report.sources)), l.sources.projectIntro));
  return {
    heading: { title: report.project.name, subtitle: l.cover.projectReport },
    blocks,
    chapters: started.map((p) => ({
      key: p.key,
      heading: { title: p.label, subtitle: l.checklistVersion(p.report.checklistTitle, p.report.checklistVersion) },
      blocks: buildAssessmentOutline(p.report, { withSources: false }).blocks,
    })),
  };
}

function summaryBlock(report: ProjectReport): SummaryBlock {
  const s = l.summary;
  const { rating, drivenBy, redFlags } = report.overall;
  return {
    kind: "summary",
    title: s.title,
    notice: null,
    metrics: [
      { key: "rating", label: s.overallRating, value: { show: "band", band: bandOf(rating) }, notes: drivenBy ? [s.setBy(drivenBy)] : [] },
      { key: "red-flags", label: s.redFlags, value: { show: "figure", text: String(redFlags.length) }, notes: [] },
      { key: "gaps", label: s.gaps, value: { show: "figure", text: String(report.gapsCount) }, notes: [] },
    ],
  };
}

function stagesBlock(report: ProjectReport): StagesBlock {
  return {
    kind: "stages",
    title: l.stages.title,
    columns: l.stages.columns,
    none: l.none,
    rows: report.parts.map(({ key, label, report: r }) =>
      r
        ? {
            key,
            label,
            assessmentId: r.id,
            status: statusLabel(r.status, r.version),
            score: r.register ? l.stages.registerScore : formatScore(r.score),
            band: bandOf(r.rating),
            flagsAndGaps: `${r.redFlags.length} · ${r.gaps.length}`,
          }
        : { key, label, assessmentId: null, status: l.notStarted, score: l.none, band: null, flagsAndGaps: l.none },
    ),
  };
}

function signOffBlock(report: ProjectReport): ProjectSignOffBlock {
  return {
    kind: "project-sign-off",
    title: l.signOff.title,
    columns: l.signOff.columns,
    rows: report.parts.map(({ key, label, report: r }) =>
      r
        ? {
            key,
            assessment: label,
            status: l.statusWithShortVersion(l.status[r.status], r.version),
            submitted: `${r.submittedBy ?? l.none} · ${isoDay(r.submittedAt)}`,
            reviewed: `${r.reviewedBy ?? l.none} · ${isoDay(r.reviewedAt)}`,
            checklist: l.version(r.checklistVersion),
          }
        : { key, assessment: label, status: l.notStarted, submitted: l.none, reviewed: l.none, checklist: l.none },
    ),
  };
}
