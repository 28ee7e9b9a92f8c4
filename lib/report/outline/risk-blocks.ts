import { bandFor, riskBands } from "@/lib/scoring/config";
import { scoreRisk, type RiskRegisterScore, type ScoredRisk } from "@/lib/scoring/score-risks";
import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized-text";
import { wordsFor } from "../words";
import { bandOf } from "./band";
import type { HeatMapBlock, TopRisksBlock } from "./blocks";

const levels = [1, 2, 3, 4, 5];

/** The heat map with each cell's band decided here, so both renderers only pick its colour. */
export function heatMapBlock(register: RiskRegisterScore, locale: Locale): HeatMapBlock {
  const w = wordsFor(locale);
  return {
    kind: "heat-map",
    title: w("report.heatMap.title"),
    description: w("report.heatMap.description"),
    // Chinese reads down a column as it stands; a Latin word is turned on its side.
    axes: { likelihood: w("report.heatMap.likelihood"), impact: w("report.heatMap.impact"), upright: locale === "zh-CN" },
    impacts: levels,
    // Highest likelihood on top, as the matrix is read.
    rows: [...levels].reverse().map((likelihood) => ({
      likelihood,
      cells: levels.map((impact) => {
        const score = scoreRisk(likelihood, impact);
        const band = bandOf(bandFor(score, riskBands), locale);
        const count = register.heatMap[likelihood - 1]?.[impact - 1] ?? 0;
        return {
          likelihood,
          impact,
          score,
          band,
          count,
          label: w("report.heatMap.cell", { likelihood, impact, count }),
          detail: w("report.heatMap.cellDetail", { likelihood, impact, score, band: band.label, count }),
        };
      }),
    })),
    legend: w("report.heatMap.legend"),
  };
}

export function topRisksBlock(risks: ReadonlyArray<ScoredRisk>, locale: Locale): TopRisksBlock {
  const w = wordsFor(locale);
  const none = w("report.none");
  return {
    kind: "top-risks",
    title: w("report.topRisks.title"),
    empty: w("report.topRisks.empty"),
    columns: {
      risk: w("report.topRisks.columns.risk"),
      score: w("report.topRisks.columns.score"),
      mitigation: w("report.topRisks.columns.mitigation"),
      ownerDue: w("report.topRisks.columns.ownerDue"),
    },
    rows: risks.map((r) => ({
      id: r.item.id,
      prompt: localize(r.item.prompt, locale),
      origin: r.item.ownRisk ? w("report.ownRisk") : null,
      priority: r.isPriority ? (r.mitigation ? w("report.topRisks.priority") : w("report.topRisks.priorityUnmitigated")) : null,
      formula: `${r.likelihood} × ${r.impact} =`,
      score: String(r.score),
      band: bandOf(r.rating, locale),
      status: w(`report.riskStatus.${r.status}`),
      mitigation: r.mitigation ? { text: r.mitigation.action, missing: false } : { text: w("report.topRisks.noMitigation"), missing: true },
      ownerDue: `${r.mitigation?.owner || none}${r.mitigation?.dueDate ? ` · ${formatDay(r.mitigation.dueDate, locale)}` : ""}`,
    })),
  };
}
