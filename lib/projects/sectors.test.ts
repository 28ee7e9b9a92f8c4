import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { sectorKey, sectorLabel, sectors } from "./sectors";
import { currencyList, formatMoney } from "./currencies";

const labelIn = (locale: "en" | "zh-CN") => (sector: string) => sectorLabel(sector, (key) => translatorFor(locale)(`sectors.${key}`));

describe("sector labels", () => {
  it("has a message for every stored sector", () => {
    for (const sector of sectors) {
      expect(translatorFor("en").has(`sectors.${sectorKey[sector]}`), sector).toBe(true);
      expect(translatorFor("zh-CN").has(`sectors.${sectorKey[sector]}`), sector).toBe(true);
    }
  });

  it("shows the stored English word to English readers, unchanged", () => {
    expect(sectors.map(labelIn("en"))).toEqual([...sectors]);
  });

  it("shows sectors in Chinese to Chinese readers", () => {
    expect(labelIn("zh-CN")("Poverty reduction")).toBe("减贫");
    expect(labelIn("zh-CN")("Water and sanitation")).toBe("饮水与环境卫生");
    expect(labelIn("zh-CN")("Education")).toBe("教育");
  });

  it("shows a sector this version does not know as it was stored", () => {
    expect(labelIn("zh-CN")("Space exploration")).toBe("Space exploration");
  });
});

describe("currencies", () => {
  it("names currencies in the reader's language", () => {
    expect(currencyList("en").find((c) => c.code === "USD")?.name).toBe("US Dollar");
    expect(currencyList("zh-CN").find((c) => c.code === "USD")?.name).toBe("美元");
    expect(currencyList().find((c) => c.code === "CNY")?.name).toBe("Chinese Yuan");
  });

  it("writes money in the reader's locale, English unless told", () => {
    expect(formatMoney("120000", "USD")).toBe("$120,000");
    expect(formatMoney(120000, "CNY", "zh-CN")).toBe("¥120,000");
  });
});
