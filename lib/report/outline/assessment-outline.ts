import { formatDateTime, formatDay, formatFileSize } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized-text";
import type { AssessmentReport } from "../assessment-report";
import { formatPoints, formatScore, reportDay, statusWithVersion } from "../format";
import { standingOf, standingWords } from "../standing";
import { wordsFor } from "../words";
import { bandOf } from "./band";
import type { CriteriaBlock, OutlineHeading, ReportBlock, SignOffBlock, SummaryBlock } from "./blocks";
import { gapsBlock, indicatorsBlock, methodBlock, redFlagsBlock, scoreChartBlock, sourcesBlock } from "./finding-blocks";
import { reviewedByWords } from "./reviewed-by";
import { filesOf } from "./files-of";
import { registerBlock } from "./register-block";
import { heatMapBlock, topRisksBlock } from "./risk-blocks";
import { assessmentSignatures } from "./signatures";
import { assessmentWatermark } from "./watermark";

/** `watermark`: the word printed across every page while the version is not final (null once it is). */
export type AssessmentOutline = { heading: OutlineHeading; blocks: ReportBlock[]; watermark: string | null };

/**
 * One assessment's report, block by block, in `locale` (build the report model in the same one:
 * its checklist texts and method lines are its own). A checklist lists its red flags and every
 * criterion; the DURING risk register shows its heat map and top risks instead. `withSources:
 * false` is for a chapter of the project report, which lists the sources of all its chapters once.
 */
export function buildAssessmentOutline(report: AssessmentReport, locale: Locale, { withSources = true } = {}): AssessmentOutline {
  const w = wordsFor(locale);
  const register = report.register;
  const blocks: ReportBlock[] = [summaryBlock(report, locale), scoreChartBlock(w("report.chart.sectionScores"), report.chart, locale)];
  if (register) blocks.push(heatMapBlock(register, locale), topRisksBlock(report.topRisks, locale));
  else blocks.push(redFlagsBlock(report.redFlags, { withPart: false }, locale));
  blocks.push(gapsBlock(report.gaps, locale));
  // The register tracks indicators while the project runs, so it says so even when none are recorded.
  if (report.indicators.length > 0 || register) blocks.push(indicatorsBlock(report.indicators, locale));
  blocks.push(methodBlock(w("report.method.assessment"), report.method));
  if (report.sections.length > 0) blocks.push(criteriaBlock(report, locale));
  const everyRisk = registerBlock(report, locale);
  if (everyRisk) blocks.push(everyRisk);
  if (withSources) blocks.push(sourcesBlock(report.sources, null, locale));
  blocks.push(signOffBlock(report, locale));
  return { heading: { title: report.title, subtitle: report.project.name }, blocks, watermark: assessmentWatermark(report.status, locale) };
}

function summaryBlock(report: AssessmentReport, locale: Locale): SummaryBlock {
  const w = wordsFor(locale);
  const register = report.register !== null;
  const standing = standingOf(report);
  const progress = standingWords(standing, locale).progress;
  return {
    kind: "summary",
    title: w("report.summary.title"),
    notice: report.status === "draft" ? w("report.summary.draftNotice", { lastSaved: formatDateTime(report.updatedAt, locale) }) : null,
    metrics: [
      {
        key: "rating",
        label: w("report.summary.rating"),
        value: { show: "band", band: bandOf(report.rating, locale, standing.provisional) },
        notes: progress ? [progress] : [],
      },
      {
        key: "score",
        label: register ? w("report.summary.registerScore") : w("report.summary.checklistScore"),
        value: {
          show: "figure",
          text: register ? (report.scoreRating ? w(`ratings.${report.scoreRating}`) : w("report.none")) : formatScore(report.score, locale),
        },
        notes: [],
      },
      {
        key: "flags-and-gaps",
        label: w("report.summary.flagsAndGaps"),
        value: { show: "figure", text: `${report.redFlags.length} · ${report.gaps.length}` },
        notes: [],
      },
      {
        key: "status",
        label: w("report.summary.status"),
        value: { show: "text", text: statusWithVersion(report.status, report.version, locale) },
        notes: [
          w("report.checklistVersion", { title: report.checklistTitle, version: report.checklistVersion }),
          w("report.summary.progress", { answered: report.progress.answered, total: report.progress.total }),
        ],
      },
    ],
  };
}

function criteriaBlock(report: AssessmentReport, locale: Locale): CriteriaBlock {
  const w = wordsFor(locale);
  return {
    kind: "criteria",
    title: w("report.criteria.title"),
    columns: {
      criterion: w("report.criteria.columns.criterion"),
      answer: w("report.criteria.columns.answer"),
      points: w("report.criteria.columns.points"),
      source: w("report.criteria.columns.source"),
    },
    sections: report.sections.map((section) => ({
      id: section.id,
      heading: w("report.criteria.heading", { section: section.title, score: formatScore(section.score, locale) }),
      band: bandOf(section.rating, locale, standingOf(report).provisional),
      rows: section.items.map((row) => ({
        id: row.item.id,
        prompt: localize(row.item.prompt, locale),
        critical: row.item.critical ? w("report.criteria.critical") : null,
        notes: row.facts?.notes ? w("report.criteria.notes", { notes: row.facts.notes }) : null,
        evidence: row.facts?.evidence ? w("report.criteria.evidence", { evidence: row.facts.evidence }) : null,
        files: filesOf(report, row.item.id, locale),
        answer: row.answerLabel,
        redFlag: row.isRedFlag ? w("report.criteria.redFlag") : null,
        points: row.points === null ? w("report.criteria.leftOut") : `${row.item.weight} × ${formatPoints(row.points)}`,
        // Bracketed like the sources list, so "[000] §IV.A" is found there at a glance.
        source: row.item.sources.map((s) => `[${s.doc}] ${localize(s.where, locale)}`).join("; "),
      })),
    })),
  };
}

function signOffBlock(report: AssessmentReport, locale: Locale): SignOffBlock {
  const w = wordsFor(locale);
  const none = w("report.none");
  return {
    kind: "sign-off",
    title: w("report.signOff.title"),
    rows: [
      { key: "status", label: w("report.signOff.status"), value: statusWithVersion(report.status, report.version, locale) },
      {
        key: "submitted",
        label: w("report.signOff.submittedBy"),
        value: w("report.withDate", { who: report.submittedBy ?? none, date: reportDay(report.submittedAt, locale) }),
      },
      {
        key: "reviewed",
        label: report.status === "returned" ? w("report.signOff.returnedBy") : w("report.signOff.approvedBy"),
        value: reviewedByWords(report, locale),
      },
      { key: "checklist", label: w("report.signOff.checklist"), value: w("report.checklistVersion", { title: report.checklistTitle, version: report.checklistVersion }) },
    ],
    signatures: assessmentSignatures(report, locale),
  };
}
