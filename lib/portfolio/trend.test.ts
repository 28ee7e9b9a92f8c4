import { describe, expect, it } from "vitest";
import { latestTrend, stageTrend, trendBetween } from "./trend";

describe("trendBetween", () => {
  it("reads a lower band as improving and a higher one as worsening", () => {
    expect(trendBetween("High", "Moderate")).toBe("improving");
    expect(trendBetween("Low", "Significant")).toBe("worsening");
    expect(trendBetween("Moderate", "Moderate")).toBe("steady");
  });
});

describe("latestTrend", () => {
  it("follows the last move, skipping steps without a rating", () => {
    expect(latestTrend(["Low", "High", "Moderate"])).toBe("improving");
    expect(latestTrend(["Moderate", null, "High"])).toBe("worsening");
    expect(latestTrend(["High", "High"])).toBe("steady");
  });

  it("has no trend with fewer than two ratings", () => {
    expect(latestTrend(["High", null, null])).toBeNull();
    expect(latestTrend([])).toBeNull();
  });
});

describe("stageTrend", () => {
  const cell = (rating: "Low" | "Moderate" | "High" | null, started = rating !== null) => ({ rating, started });

  it("walks before → during → after and says the trend in words", () => {
    const trend = stageTrend({ before: cell("Moderate"), during: cell("High"), after: cell(null, false) });
    expect(trend.steps.map((s) => `${s.label} ${s.rating ?? (s.started ? "not rated" : "not started")}`)).toEqual([
      "Before Moderate",
      "During High",
      "After not started",
    ]);
    expect(trend.word).toBe("worsening");
    expect(trend.text).toBe("Worsening");
  });

  it("says how many stages are rated when there is no trend yet", () => {
    expect(stageTrend({ before: cell("Low"), during: cell(null, true), after: cell(null) }).text).toBe("One stage rated so far");
    expect(stageTrend({ before: cell(null, true), during: cell(null), after: cell(null) }).text).toBe("No stage rated yet");
  });
});

describe("stageTrend in Chinese", () => {
  const cell = (rating: "Low" | "Moderate" | "High" | null, started = rating !== null) => ({ rating, started });

  it("names the stages and the trend in the reader's language", () => {
    const trend = stageTrend({ before: cell("High"), during: cell("Moderate"), after: cell(null, false) }, "zh-CN");
    expect(trend.steps.map((s) => s.label)).toEqual(["项目前", "项目中", "项目后"]);
    expect(trend.text).toBe("好转");
    expect(stageTrend({ before: cell("Low"), during: cell("Low"), after: cell(null) }, "zh-CN").text).toBe("持平");
    expect(stageTrend({ before: cell(null), during: cell(null), after: cell(null) }, "zh-CN").text).toBe("还没有阶段有评级");
  });
});
