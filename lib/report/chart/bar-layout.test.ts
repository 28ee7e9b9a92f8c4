import { describe, expect, it } from "vitest";
import type { ScoreChartBlock } from "@/lib/report/outline/blocks";
import { ratingColours, unratedColour } from "@/lib/report/rating-colours";
import { barChartLayout } from "./bar-layout";

const band = (rating: "Low" | "High" | null) => ({ rating, label: rating ?? "Not rated" }) as unknown as ScoreChartBlock["bars"][number]["band"];
const block = (bars: ScoreChartBlock["bars"], max = 100): ScoreChartBlock => ({
  kind: "section-scores",
  title: "Scores",
  max,
  ticks: [0, 50, 100],
  bars,
  description: "",
  caption: "",
});

describe("barChartLayout", () => {
  it("draws each bar as its share of the scale, in its band's colour", () => {
    const { bars, ticks } = barChartLayout(block([{ label: "Need", value: 25, valueLabel: "25.0 Low", band: band("Low") }, { label: "Safety", value: 80, valueLabel: "80.0 High", band: band("High") }]));
    expect(bars.map((b) => [b.fraction, b.colour])).toEqual([
      [0.25, ratingColours.Low],
      [0.8, ratingColours.High],
    ]);
    expect(ticks.map((t) => t.fraction)).toEqual([0, 0.5, 1]);
  });

  it("gives a section with no score no bar and the unrated colour, and never draws past the scale", () => {
    const { bars } = barChartLayout(block([{ label: "Gaps", value: null, valueLabel: "—", band: band(null) }, { label: "Over", value: 140, valueLabel: "140", band: band("High") }]));
    expect(bars[0]).toMatchObject({ fraction: 0, colour: unratedColour });
    expect(bars[1]!.fraction).toBe(1);
  });
});
