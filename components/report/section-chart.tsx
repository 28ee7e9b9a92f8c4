"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from "recharts";
import type { ChartBar } from "@/lib/report/assessment-report";
import { ratingColours as colours, unratedColour } from "@/lib/report/rating-colours";


/**
 * Horizontal bars, one per section, coloured by band. A fixed size keeps it identical on screen
 * and in print; the table below the chart carries the same numbers for screen readers.
 */
export function SectionChart({ bars, max, unit }: { bars: ChartBar[]; max: number; unit: string }) {
  const data = bars.map((b) => ({ label: b.label, value: b.value ?? 0, rated: b.value !== null, rating: b.rating }));
  return (
    <figure style={{ margin: 0 }} aria-label={`Section scores chart, ${unit}`}>
      <div className="chart-wrap" aria-hidden="true">
        <BarChart width={680} height={36 * data.length + 40} data={data} layout="vertical" margin={{ left: 10, right: 40 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, max]} tickCount={6} />
          <YAxis type="category" dataKey="label" width={230} tick={{ fontSize: 12 }} />
          <Bar dataKey="value" isAnimationActive={false} barSize={18}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.rating ? colours[d.rating] : unratedColour} />
            ))}
            <LabelList dataKey="value" position="right" formatter={(v: unknown) => (typeof v === "number" ? v.toFixed(1) : "")} />
          </Bar>
        </BarChart>
      </div>
      <figcaption className="muted small">Scale: {unit}. Longer bars mean more risk.</figcaption>
    </figure>
  );
}
