import type { RedFlag } from "@/lib/scoring/rate-project";
import type { AssessmentReport, ChartBar } from "../assessment-report";
import { formatScore } from "../format";
import type { SourceUse } from "../sources";
import { bandOf } from "./band";
import type { GapsBlock, IndicatorsBlock, MethodBlock, RedFlagsBlock, ScoreChartBlock, SourcesBlock } from "./blocks";
import { reportLabels } from "./labels";
import { localize } from "@/lib/i18n/localized-text";

export function scoreChartBlock(
  title: string,
  chart: { max: number; unit: string; bars: ReadonlyArray<ChartBar> },
): ScoreChartBlock {
  const l = reportLabels.chart;
  return {
    kind: "section-scores",
    title,
    max: chart.max,
    ticks: [0, 0.2, 0.4, 0.6, 0.8, 1].map((f) => Math.round(f * chart.max)),
    // The band in words beside each bar, so the chart reads without its colours (grey print, colour blindness).
    bars: chart.bars.map((b) => ({
      label: b.label,
      value: b.value,
      valueLabel: b.value === null ? l.notRated : `${formatScore(b.value)}${b.rating ? ` ${reportLabels.bands[b.rating]}` : ""}`,
      band: bandOf(b.rating),
    })),
    description: l.description(chart.unit),
    caption: l.caption(chart.unit),
  };
}

export function redFlagsBlock(flags: ReadonlyArray<RedFlag>, { withPart }: { withPart: boolean }): RedFlagsBlock {
  return {
    kind: "red-flags",
    title: reportLabels.redFlags.title,
    empty: reportLabels.redFlags.empty,
    flags: flags.map((f) => ({ criterionId: f.criterionId, text: f.text, part: withPart ? f.part : null })),
  };
}

export function gapsBlock(gaps: AssessmentReport["gaps"]): GapsBlock {
  const l = reportLabels.gaps;
  return { kind: "gaps", title: l.title, empty: l.empty, columns: l.columns, gaps: gaps.map((g) => ({ ...g })) };
}

export function indicatorsBlock(indicators: AssessmentReport["indicators"]): IndicatorsBlock {
  const l = reportLabels.indicators;
  const amount = (value: number | null, unit: string) => `${value ?? reportLabels.none} ${unit}`.trim();
  return {
    kind: "indicators",
    title: l.title,
    empty: l.empty,
    columns: l.columns,
    rows: indicators.map((i) => ({
      name: i.name,
      target: amount(i.target, i.unit),
      actual: amount(i.actual, i.unit),
      reached: i.progress === null ? reportLabels.none : `${i.progress.toFixed(0)} %`,
    })),
  };
}

export function methodBlock(title: string, lines: ReadonlyArray<string>): MethodBlock {
  return { kind: "method", title, lines: [...lines] };
}

export function sourcesBlock(sources: ReadonlyArray<SourceUse>, intro: string | null): SourcesBlock {
  return {
    kind: "sources",
    title: reportLabels.sources.title,
    intro,
    sources: sources.map(({ document, criteria }) => ({
      doc: document.doc,
      ref: `[${document.doc}]`,
      author: localize(document.author, "en"),
      year: document.year ? `(${document.year})` : "",
      title: localize(document.title, "en"),
      criteria: reportLabels.sources.criteria(criteria.map((c) => `${c.id} (${c.where})`).join(", ")),
    })),
  };
}
