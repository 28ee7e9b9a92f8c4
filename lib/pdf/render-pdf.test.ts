import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/pdf/documents/render-pdf";
import type { ProjectReport } from "@/lib/report/project-report";
import { sampleProjectReport } from "./testing/sample-project";
import { pdfPageTexts } from "./testing/pdf-text";

const generatedAt = new Date("2027-03-01T00:00:00Z");
let report: ProjectReport;
let pages: string[];
let all: string;

// Kept for a look (pdftoppm test-results/pdf/project.pdf): the folder is git-ignored.
function keep(name: string, pdf: Uint8Array) {
  fs.mkdirSync(path.join("test-results", "pdf"), { recursive: true });
  fs.writeFileSync(path.join("test-results", "pdf", name), pdf);
}

beforeAll(async () => {
  report = sampleProjectReport();
  const pdf = await renderPdf({ kind: "project", organizationName: "Harbour Relief", generatedAt, locale: "en", report });
  keep("project.pdf", pdf);
  pages = await pdfPageTexts(pdf);
  all = pages.join("\n");
}, 60_000);

describe("project report PDF", () => {
  it("numbers every page as 'Page X of Y'", () => {
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it("puts organisation, project in Chinese, country, mode and the overall rating on the cover", () => {
    const cover = pages[0]!;
    expect(cover).toContain("Harbour Relief");
    expect(cover).toContain("云南山区饮用水项目");
    expect(cover).toContain("China");
    expect(cover).toContain("Territorial");
    expect(report.overall.rating).not.toBeNull();
    expect(cover).toMatch(new RegExp(`Overall rating\\s*${report.overall.rating}`));
  });

  it("keeps Chinese partner names and notes readable", () => {
    expect(all).toContain("昆明社区发展协会");
    expect(all).toContain("与合作伙伴的负责人当面核实");
  });

  it("lists every red flag of the project with the criterion it comes from", () => {
    expect(report.overall.redFlags.length).toBeGreaterThan(0);
    for (const flag of report.overall.redFlags) {
      if (flag.criterionId) expect(all).toContain(flag.criterionId);
      expect(all.replace(/\s+/g, " ")).toContain(flag.text.slice(0, 30));
    }
  });

  it("shows each stage's rating and score as the report model has them", () => {
    for (const part of report.parts) {
      const r = part.report!;
      const chapter = pages.find((p) => p.includes(part.label) && p.includes("Section scores"));
      expect(chapter, part.label).toBeDefined();
      if (r.score !== null) expect(chapter).toContain(r.score.toFixed(1));
    }
  });

  it("cites the source of every criterion and has a sign-off", () => {
    expect(all).toContain("Sources");
    expect(all).toContain("Sign-off");
    expect(all).toContain("Amina Diallo");
    const before = report.parts.find((p) => p.key === "before")!.report!;
    const first = before.sections[0]!.items[0]!.item;
    expect(all).toContain(`[${first.sources[0]!.doc}] ${first.sources[0]!.where}`);
  });
});

describe("assessment report PDF", () => {
  it("shows the heat map and top risks of the risk register, with page numbers", async () => {
    const during = report.parts.find((p) => p.key === "during")!.report!;
    const pdf = await renderPdf({ kind: "assessment", organizationName: "Harbour Relief", generatedAt, locale: "en", report: during });
    keep("during.pdf", pdf);
    const texts = await pdfPageTexts(pdf);
    const text = texts.join("\n");
    expect(text).toContain("Heat map of open risks");
    expect(text).toContain("Top risks and mitigations");
    expect(text).toContain(during.topRisks[0]!.item.id);
    expect(texts[0]).toMatch(new RegExp(`Rating\\s*${during.rating}`));
    texts.forEach((t, i) => expect(t).toContain(`Page ${i + 1} of ${texts.length}`));
  }, 60_000);
});

describe("a self-approved assessment's PDF", () => {
  it("says so in the sign-off, as the outline words it", async () => {
    const before = { ...report.parts.find((p) => p.key === "before")!.report!, selfApproved: true };
    const pdf = await renderPdf({ kind: "assessment", organizationName: "Harbour Relief", generatedAt, locale: "en", report: before });
    const text = (await pdfPageTexts(pdf)).join("\n");
    expect(text).toMatch(/Approved by\s*Amina Diallo · 3 Feb 2027 · self-approved/);
  }, 60_000);
});

describe("project report PDF in Chinese", () => {
  it("words the cover, headings, ratings and page numbers in Chinese", async () => {
    const zh = sampleProjectReport({ locale: "zh-CN" });
    const pdf = await renderPdf({ kind: "project", organizationName: "Harbour Relief", generatedAt, locale: "zh-CN", report: zh });
    keep("project-zh.pdf", pdf);
    const texts = await pdfPageTexts(pdf);
    const text = texts.join("\n");
    expect(texts[0]).toContain("项目风险报告");
    expect(texts[0]).toContain("属地合作");
    expect(texts[0]).toContain("2027年3月1日");
    expect(texts[0]).toMatch(new RegExp(`总体评级\\s*${{ Low: "低", Moderate: "中", Significant: "较高", High: "高" }[zh.overall.rating!]}`));
    // The summary prints no heading of its own.
    for (const heading of ["总体评级", "各阶段与合作方", "红色警示", "签批", "来源", "全部条目", "未关闭风险热力图"]) expect(text).toContain(heading);
    expect(text).not.toMatch(/Page \d+ of|Section scores|Sign-off/);
    texts.forEach((t, i) => expect(t).toContain(`第${i + 1}页，共${texts.length}页`));
  }, 60_000);
});
