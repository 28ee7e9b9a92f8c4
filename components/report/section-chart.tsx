"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from "recharts";
import type { ScoreChartBlock } from "@/lib/report/outline/blocks";
import { ratingColours as colours, unratedColour } from "@/lib/report/rating-colours";

/**
 * Horizontal bars, one per section, coloured by band and labelled with the score and band in
 * words. A fixed size keeps it identical on screen and in print.
 */
export function SectionChart({ block }: { block: ScoreChartBlock }) {
  const data = block.bars.map((b) => ({ label: b.label, value: b.value ?? 0, valueLabel: b.valueLabel, rating: b.band.rating }));
  return (
    <figure style={{ margin: 0 }} aria-label={block.description}>
      <div className="chart-wrap" aria-hidden="true">
        <BarChart width={680} height={36 * data.length + 40} data={data} layout="vertical" margin={{ left: 10, right: 100 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, block.max]} ticks={block.ticks} />
          <YAxis type="category" dataKey="label" width={230} tick={{ fontSize: 12 }} />
          <Bar dataKey="value" isAnimationActive={false} barSize={18}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.rating ? colours[d.rating] : unratedColour} />
            ))}
            <LabelList dataKey="valueLabel" position="right" />
          </Bar>
        </BarChart>
      </div>
      <figcaption className="muted small">{block.caption}</figcaption>
    </figure>
  );
}
