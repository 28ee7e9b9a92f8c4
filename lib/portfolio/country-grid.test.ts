import { describe, expect, it } from "vitest";
import { groupByCountry } from "./country-grid";

const at = (hostCountry: string, overall: "Low" | "Moderate" | "Significant" | "High" | null) => ({ project: { hostCountry }, overall });

describe("groupByCountry", () => {
  it("counts each country's projects per rating band, sorted by country name", () => {
    const cards = groupByCountry([at("NP", "Low"), at("LA", "High"), at("LA", "High"), at("LA", null), at("BD", "Moderate")]);
    expect(cards.map((c) => c.name)).toEqual(["Bangladesh", "Lao People's Democratic Republic", "Nepal"]);
    expect(cards[1]).toEqual({
      code: "LA",
      name: "Lao People's Democratic Republic",
      total: 3,
      byBand: { Low: 0, Moderate: 0, Significant: 0, High: 2, none: 1 },
    });
  });

  it("has no cards without projects", () => {
    expect(groupByCountry([])).toEqual([]);
  });
});

describe("groupByCountry in Chinese", () => {
  it("names the cards in Chinese and sorts them by pinyin", () => {
    const cards = groupByCountry([at("NP", "Low"), at("LA", "High"), at("BD", "Moderate")], "zh-CN");
    // 老挝 (lǎowō), 孟加拉国 (mèngjiālā), 尼泊尔 (níbó'ěr).
    expect(cards.map((c) => c.name)).toEqual(["老挝", "孟加拉国", "尼泊尔"]);
  });
});
