import { describe, expect, it } from "vitest";
import { countryList, countryName, isCountryCode } from "./countries";

describe("countries in the reader's language", () => {
  it("names countries in English unless told otherwise", () => {
    expect(countryName("CN")).toBe("China");
    expect(countryName("LA")).toBe("Lao People's Democratic Republic");
    expect(countryName("CN", "en")).toBe("China");
  });

  it("names countries in Chinese for Chinese readers", () => {
    expect(countryName("CN", "zh-CN")).toBe("中国");
    expect(countryName("LA", "zh-CN")).toBe("老挝");
    expect(countryName("KE", "zh-CN")).toBe("肯尼亚");
  });

  it("shows an unknown code as it is", () => {
    expect(countryName("ZZ", "zh-CN")).toBe("ZZ");
    expect(isCountryCode("ZZ")).toBe(false);
    expect(isCountryCode("NP")).toBe(true);
  });

  it("sorts the Chinese list by pinyin, the English one alphabetically", () => {
    const zh = countryList("zh-CN").map((c) => c.name);
    // 阿富汗 (āfùhàn) comes before 巴基斯坦 (bājīsītǎn), which comes before 中国 (zhōngguó).
    expect(zh.indexOf("阿富汗")).toBeLessThan(zh.indexOf("巴基斯坦"));
    expect(zh.indexOf("巴基斯坦")).toBeLessThan(zh.indexOf("中国"));
    expect(zh.indexOf("老挝")).toBeLessThan(zh.indexOf("孟加拉国"));
    const en = countryList().map((c) => c.name);
    expect(en[0]).toBe("Afghanistan");
    expect(countryList("zh-CN")).toHaveLength(countryList("en").length);
  });
});
