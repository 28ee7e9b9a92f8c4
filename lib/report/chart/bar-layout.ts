import type { ScoreChartBlock } from "@/lib/report/outline/blocks";
import { ratingColours, unratedColour } from "@/lib/report/rating-colours";

export type BarGeometry = { label: string; valueLabel: string; fraction: number; colour: string };
export type TickGeometry = { value: number; fraction: number };

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The section chart as proportions of its plot, drawn by the page (HTML, any width) and the PDF
 * (SVG, fixed width) alike, so both show the same bars on the same scale in the same colours.
 * A section with no score yet gets no bar, never a zero-length one that reads as "no risk".
 */
export function barChartLayout(block: ScoreChartBlock): { bars: BarGeometry[]; ticks: TickGeometry[] } {
  const max = block.max > 0 ? block.max : 1;
  return {
    bars: block.bars.map((b) => ({
      label: b.label,
      valueLabel: b.valueLabel,
      fraction: b.value === null ? 0 : clamp(b.value / max),
      colour: b.band.rating ? ratingColours[b.band.rating] : unratedColour,
    })),
    ticks: block.ticks.map((value) => ({ value, fraction: clamp(value / max) })),
  };
}
