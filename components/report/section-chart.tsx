import type { ScoreChartBlock } from "@/lib/report/outline/blocks";
import { barChartLayout } from "@/lib/report/chart/bar-layout";

/**
 * Horizontal bars, one per section, coloured by band and labelled with the score and band in
 * words. Drawn on the server from the same layout as the PDF's chart: real text a screen reader
 * reads in order, no script, and it fits any width (on a phone the label sits above its bar).
 */
export function SectionChart({ block }: { block: ScoreChartBlock }) {
  const { bars, ticks } = barChartLayout(block);
  return (
    <figure className="bar-chart" aria-label={block.description}>
      <ul className="bar-chart-rows">
        {bars.map((bar) => (
          <li key={bar.label} className="bar-chart-row">
            <span className="bar-chart-label">{bar.label}</span>
            <span className="bar-chart-plot">
              <span className="bar-chart-track">
                {ticks.map((t) => (
                  <span key={t.value} className="bar-chart-grid" style={{ left: `${t.fraction * 100}%` }} aria-hidden="true" />
                ))}
                <span className="bar-chart-bar" style={{ width: `${bar.fraction * 100}%`, background: bar.colour }} data-testid="chart-bar" />
              </span>
              <span className="bar-chart-value">{bar.valueLabel}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className="bar-chart-axis" aria-hidden="true">
        <span className="bar-chart-label" />
        <span className="bar-chart-plot">
          <span className="bar-chart-track">
            {ticks.map((t) => (
              <span key={t.value} className="bar-chart-tick" style={{ left: `${t.fraction * 100}%` }}>
                {t.value}
              </span>
            ))}
          </span>
          <span className="bar-chart-value" />
        </span>
      </div>
      <figcaption className="muted small">{block.caption}</figcaption>
    </figure>
  );
}
