import { describe, expect, it } from "vitest";
import { fitLabel } from "./documents/bar-chart";
import { pdfLocaleOf } from "./pdf-request";

describe("the language of a PDF", () => {
  it("is the one asked for in ?lang=, else the reader's", () => {
    expect(pdfLocaleOf("http://localhost/projects/p/pdf?lang=zh-CN", "en")).toBe("zh-CN");
    expect(pdfLocaleOf("http://localhost/projects/p/pdf?lang=en", "zh-CN")).toBe("en");
    expect(pdfLocaleOf("http://localhost/projects/p/pdf", "zh-CN")).toBe("zh-CN");
    expect(pdfLocaleOf("http://localhost/projects/p/pdf?lang=fr", "en")).toBe("en");
  });
});

describe("a bar's label in the PDF chart", () => {
  it("is cut by width: a Chinese character takes the room of two Latin letters", () => {
    expect(fitLabel("Funding and money transfers")).toBe("Funding and money transfers");
    expect(fitLabel("x".repeat(41))).toBe(`${"x".repeat(39)}…`);
    expect(fitLabel("资金与转账".repeat(4))).toBe("资金与转账".repeat(4));
    expect(fitLabel("资金与转账".repeat(5))).toBe(`${"资金与转账".repeat(4).slice(0, 19)}…`);
  });
});
