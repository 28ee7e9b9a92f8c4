import { bandFor, riskBands } from "@/lib/scoring/config";
import { scoreRisk, type RiskRegisterScore, type ScoredRisk } from "@/lib/scoring/score-risks";
import { bandOf } from "./band";
import type { HeatMapBlock, TopRisksBlock } from "./blocks";
import { reportLabels } from "./labels";
import { localize } from "@/lib/i18n/localized-text";

const levels = [1, 2, 3, 4, 5];

/** The heat map with each cell's band decided here, so both renderers only pick its colour. */
export function heatMapBlock(register: RiskRegisterScore): HeatMapBlock {
  const l = reportLabels.heatMap;
  return {
    kind: "heat-map",
    title: l.title,
    description: l.description,
    axes: { likelihood: l.likelihood, impact: l.impact },
    impacts: levels,
    // Highest likelihood on top, as the matrix is read.
    rows: [...levels].reverse().map((likelihood) => ({
      likelihood,
      cells: levels.map((impact) => {
        const score = scoreRisk(likelihood, impact);
        const band = bandOf(bandFor(score, riskBands));
        const count = register.heatMap[likelihood - 1]?.[impact - 1] ?? 0;
        return {
          likelihood,
          impact,
          score,
          band,
          count,
          label: l.cell(likelihood, impact, count),
          detail: l.cellDetail(likelihood, impact, score, band.label, count),
        };
      }),
    })),
    legend: l.legend,
  };
}

export function topRisksBlock(risks: ReadonlyArray<ScoredRisk>): TopRisksBlock {
  const l = reportLabels.topRisks;
  return {
    kind: "top-risks",
    title: l.title,
    empty: l.empty,
    columns: l.columns,
    rows: risks.map((r) => ({
      id: r.item.id,
      prompt: localize(r.item.prompt, "en"),
      priority: r.isPriority ? (r.mitigation ? l.priority : l.priorityUnmitigated) : null,
      formula: `${r.likelihood} × ${r.impact} =`,
      score: String(r.score),
      band: bandOf(r.rating),
      status: reportLabels.riskStatus[r.status],
      mitigation: r.mitigation ? { text: r.mitigation.action, missing: false } : { text: l.noMitigation, missing: true },
      ownerDue: `${r.mitigation?.owner || reportLabels.none}${r.mitigation?.dueDate ? ` · ${r.mitigation.dueDate}` : ""}`,
    })),
  };
}
