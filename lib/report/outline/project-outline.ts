import type { Locale } from "@/lib/i18n/locales";
import { formatScore, reportDay, statusLabel } from "../format";
import type { ProjectReport } from "../project-report";
import { mergeSources } from "../sources";
import { isSettled } from "../standing";
import { wordsFor } from "../words";
import { buildAssessmentOutline } from "./assessment-outline";
import { bandOf } from "./band";
import type { OutlineHeading, ProjectSignOffBlock, ReportBlock, StagesBlock, SummaryBlock } from "./blocks";
import { methodBlock, redFlagsBlock, scoreChartBlock, sourcesBlock } from "./finding-blocks";
import { heatMapBlock, topRisksBlock } from "./risk-blocks";
import { reviewedByWords } from "./reviewed-by";
import { projectSignatures } from "./signatures";
import { projectWatermark } from "./watermark";

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
  /** The word printed across every page of the PDF while a started stage is not final (null once all are). */
  watermark: string | null;
};

/** The project report in `locale`; build the report model in the same one. */
export function buildProjectOutline(report: ProjectReport, locale: Locale): ProjectOutline {
  const w = wordsFor(locale);
  const started = report.parts.flatMap((p) => (p.report ? [{ ...p, report: p.report }] : []));
  const checklists = started.filter((p) => p.report.register === null);
  const blocks: ReportBlock[] = [summaryBlock(report, locale), stagesBlock(report, locale)];
  // The register is rated by its worst risk, not a 0–100 score: it has no bar on this scale.
  if (checklists.length > 0) {
    blocks.push(
      scoreChartBlock(
        w("report.chart.stageScores"),
        {
          max: 100,
          unit: w("report.chart.stageUnit"),
          bars: checklists.map((p) => ({ label: p.label, value: p.report.score, rating: p.report.rating })),
        },
        locale,
      ),
    );
  }
  blocks.push(redFlagsBlock(report.overall.redFlags, { withPart: true }, locale));
  if (report.register) blocks.push(heatMapBlock(report.register, locale), topRisksBlock(report.topRisks, locale));
  blocks.push(methodBlock(w("report.method.project"), report.method));
  blocks.push(signOffBlock(report, locale));
  blocks.push(sourcesBlock(mergeSources(started.map((p) => p.report.sources)), w("report.sources.projectIntro"), locale));
  return {
    heading: { title: report.project.name, subtitle: w("report.cover.projectReport") },
    blocks,
    chapters: started.map((p) => ({
      key: p.key,
      heading: { title: p.label, subtitle: w("report.checklistVersion", { title: p.report.checklistTitle, version: p.report.checklistVersion }) },
      blocks: buildAssessmentOutline(p.report, locale, { withSources: false }).blocks,
    })),
    watermark: projectWatermark(report, locale),
  };
}

function summaryBlock(report: ProjectReport, locale: Locale): SummaryBlock {
  const w = wordsFor(locale);
  const { rating, drivenBy, redFlags } = report.overall;
  return {
    kind: "summary",
    title: w("report.summary.title"),
    notice: null,
    metrics: [
      {
        key: "rating",
        label: w("report.summary.overallRating"),
        value: { show: "band", band: bandOf(rating, locale, report.overallProvisional) },
        notes: [
          ...(drivenBy ? [w("report.summary.setBy", { part: drivenBy })] : []),
          ...(report.overallProvisional ? [w("standing.projectProvisional")] : []),
        ],
      },
      { key: "red-flags", label: w("report.summary.redFlags"), value: { show: "figure", text: String(redFlags.length) }, notes: [] },
      { key: "gaps", label: w("report.summary.gaps"), value: { show: "figure", text: String(report.gapsCount) }, notes: [] },
    ],
  };
}

function stagesBlock(report: ProjectReport, locale: Locale): StagesBlock {
  const w = wordsFor(locale);
  const none = w("report.none");
  return {
    kind: "stages",
    title: w("report.stages.title"),
    columns: {
      assessment: w("report.stages.columns.assessment"),
      status: w("report.stages.columns.status"),
      score: w("report.stages.columns.score"),
      rating: w("report.stages.columns.rating"),
      flagsAndGaps: w("report.stages.columns.flagsAndGaps"),
    },
    none,
    rows: report.parts.map(({ key, label, report: r }) =>
      r
        ? {
            key,
            label,
            assessmentId: r.id,
            status: statusLabel(r.status, r.version, locale),
            score: r.register ? w("report.stages.registerScore") : formatScore(r.score, locale),
            band: bandOf(r.rating, locale, !isSettled(r.status)),
            flagsAndGaps: `${r.redFlags.length} · ${r.gaps.length}`,
          }
        : { key, label, assessmentId: null, status: w("report.notStarted"), score: none, band: null, flagsAndGaps: none },
    ),
  };
}

function signOffBlock(report: ProjectReport, locale: Locale): ProjectSignOffBlock {
  const w = wordsFor(locale);
  const none = w("report.none");
  const c = (key: "assessment" | "status" | "submitted" | "reviewed" | "checklist") => w(`report.signOff.columns.${key}`);
  return {
    kind: "project-sign-off",
    title: w("report.signOff.title"),
    columns: { assessment: c("assessment"), status: c("status"), submitted: c("submitted"), reviewed: c("reviewed"), checklist: c("checklist") },
    rows: report.parts.map(({ key, label, report: r }) =>
      r
        ? {
            key,
            assessment: label,
            status: w("report.statusWithShortVersion", { status: w(`report.status.${r.status}`), version: r.version }),
            submitted: w("report.withDate", { who: r.submittedBy ?? none, date: reportDay(r.submittedAt, locale) }),
            reviewed: reviewedByWords(r, locale),
            checklist: w("report.version", { version: r.checklistVersion }),
          }
        : { key, assessment: label, status: w("report.notStarted"), submitted: none, reviewed: none, checklist: none },
    ),
    signatures: projectSignatures(locale),
  };
}
