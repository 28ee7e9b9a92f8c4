import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/http/download";
import { downloadNames } from "./file-names";

const day = new Date("2026-06-02T08:00:00Z");

describe("download names in the reader's language", () => {
  it("name a Chinese reader's file in Chinese, with the English name as the ASCII fallback", () => {
    const names = downloadNames("zh-CN", "csv", day, (t) => ({ base: "水资源项目", what: t("exports.fileNames.answers") }));
    expect(names).toEqual({ name: "水资源项目-回答-2026-06-02.csv", fallback: "水资源项目-answers-2026-06-02.csv" });
    expect(contentDisposition(names.name, names.fallback)).toBe(
      `attachment; filename="answers-2026-06-02.csv"; filename*=UTF-8''${encodeURIComponent("水资源项目-回答-2026-06-02.csv")}`,
    );
  });

  it("keep English names as they were", () => {
    const names = downloadNames("en", "xlsx", day, (t) => ({ base: t("exports.fileNames.portfolio", { organization: "Demo NGO" }), what: t("exports.fileNames.workbook") }));
    expect(names.name).toBe("Demo-NGO-portfolio-answers-risks-indicators-2026-06-02.xlsx");
    expect(names.fallback).toBe(names.name);
  });

  it("put a portfolio's and an assessment's words in Chinese", () => {
    const portfolio = downloadNames("zh-CN", "xlsx", day, (t) => ({ base: t("exports.fileNames.portfolio", { organization: "Demo NGO" }), what: t("exports.fileNames.workbook") }));
    expect(portfolio.name).toBe("Demo-NGO项目组合-回答-风险-指标-2026-06-02.xlsx");
    const partner = downloadNames("zh-CN", "json", day, (t) => ({
      base: "水资源项目",
      what: t("exports.fileNames.assessment", { what: t("exports.fileNames.partner", { name: "Kenya Water Trust" }), version: 2 }),
    }));
    expect(partner).toEqual({ name: "水资源项目-合作方-Kenya-Water-Trust-v2-2026-06-02.json", fallback: "水资源项目-partner-Kenya-Water-Trust-v2-2026-06-02.json" });
  });

  it("name a project called \"invoice\u202Egnp.exe\" without the right-to-left override, in both names", () => {
    const names = downloadNames("zh-CN", "csv", day, (t) => ({ base: "invoice\u202Egnp.exe", what: t("exports.fileNames.answers") }));
    expect(names).toEqual({ name: "invoicegnp.exe-回答-2026-06-02.csv", fallback: "invoicegnp.exe-answers-2026-06-02.csv" });
    const header = contentDisposition(names.name, names.fallback);
    const [, ascii] = /filename="([^"]*)"/.exec(header)!;
    const [, utf8] = /filename\*=UTF-8''(.*)$/.exec(header)!;
    expect(ascii).toBe("invoicegnp.exe-answers-2026-06-02.csv");
    expect(decodeURIComponent(utf8!)).toBe("invoicegnp.exe-回答-2026-06-02.csv");
  });
});
