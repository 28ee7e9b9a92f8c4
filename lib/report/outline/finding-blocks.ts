import type { RedFlag } from "@/lib/scoring/rate-project";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized-text";
import type { AssessmentReport, ChartBar } from "../assessment-report";
import { formatScore } from "../format";
import type { SourceUse } from "../sources";
import { wordsFor } from "../words";
import { bandOf } from "./band";
import type { GapsBlock, IndicatorsBlock, MethodBlock, RedFlagsBlock, ScoreChartBlock, SourcesBlock } from "./blocks";

export function scoreChartBlock(
  title: string,
  chart: { max: number; unit: string; bars: ReadonlyArray<ChartBar> },
  locale: Locale,
): ScoreChartBlock {
  const w = wordsFor(locale);
  return {
    kind: "section-scores",
    title,
    max: chart.max,
    ticks: [0, 0.2, 0.4, 0.6, 0.8, 1].map((f) => Math.round(f * chart.max)),
    // The band in words beside each bar, so the chart reads without its colours (grey print, colour blindness).
    bars: chart.bars.map((b) => {
      const band = bandOf(b.rating, locale);
      const score = b.value === null ? "" : formatScore(b.value, locale);
      return {
        label: b.label,
        value: b.value,
        valueLabel: b.value === null ? w("report.chart.notRated") : b.rating ? w("report.chart.valueWithBand", { score, band: band.label }) : score,
        band,
      };
    }),
    description: w("report.chart.description", { unit: chart.unit }),
    caption: w("report.chart.caption", { unit: chart.unit }),
  };
}

export function redFlagsBlock(flags: ReadonlyArray<RedFlag>, { withPart }: { withPart: boolean }, locale: Locale): RedFlagsBlock {
  const w = wordsFor(locale);
  return {
    kind: "red-flags",
    title: w("report.redFlags.title"),
    empty: w("report.redFlags.empty"),
    flags: flags.map((f) => ({
      criterionId: f.criterionId,
      text: f.text,
      part: withPart ? f.part : null,
      from: withPart ? w("report.redFlags.from", { part: f.part }) : null,
    })),
  };
}

export function gapsBlock(gaps: AssessmentReport["gaps"], locale: Locale): GapsBlock {
  const w = wordsFor(locale);
  return {
    kind: "gaps",
    title: w("report.gaps.title"),
    empty: w("report.gaps.empty"),
    columns: { criterion: w("report.gaps.columns.criterion"), reason: w("report.gaps.columns.reason") },
    gaps: gaps.map((g) => ({ ...g })),
  };
}

export function indicatorsBlock(indicators: AssessmentReport["indicators"], locale: Locale): IndicatorsBlock {
  const w = wordsFor(locale);
  const none = w("report.none");
  const amount = (value: number | null, unit: string) =>
    (unit ? w("report.indicators.amount", { value: value === null ? none : formatNumber(value, locale), unit }) : value === null ? none : formatNumber(value, locale)).trim();
  return {
    kind: "indicators",
    title: w("report.indicators.title"),
    empty: w("report.indicators.empty"),
    columns: {
      indicator: w("report.indicators.columns.indicator"),
      target: w("report.indicators.columns.target"),
      actual: w("report.indicators.columns.actual"),
      reached: w("report.indicators.columns.reached"),
    },
    rows: indicators.map((i) => ({
      name: i.name,
      target: amount(i.target, i.unit),
      actual: amount(i.actual, i.unit),
      reached: i.progress === null ? none : w("report.indicators.reached", { percent: formatNumber(i.progress, locale, { maximumFractionDigits: 0 }) }),
    })),
  };
}

export function methodBlock(title: string, lines: ReadonlyArray<string>): MethodBlock {
  return { kind: "method", title, lines: [...lines] };
}

export function sourcesBlock(sources: ReadonlyArray<SourceUse>, intro: string | null, locale: Locale): SourcesBlock {
  const w = wordsFor(locale);
  return {
    kind: "sources",
    title: w("report.sources.title"),
    intro,
    sources: sources.map(({ document, criteria }) => ({
      doc: document.doc,
      ref: `[${document.doc}]`,
      author: localize(document.author, locale),
      year: document.year ? `(${document.year})` : "",
      title: localize(document.title, locale),
      criteria: w("report.sources.criteria", {
        list: criteria.map((c) => w("report.sources.use", { id: c.id, where: c.where })).join(w("report.listSeparator")),
      }),
    })),
  };
}
