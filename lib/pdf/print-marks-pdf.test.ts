import { createElement } from "react";
import { Document, renderToBuffer } from "@react-pdf/renderer";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/pdf/documents/render-pdf";
import { PdfTable } from "@/lib/pdf/documents/pdf-table";
import { ReportPage } from "@/lib/pdf/documents/report-page";
import { watermarkSize } from "@/lib/pdf/documents/styles";
import { registerPdfFonts } from "@/lib/pdf/fonts";
import type { Locale } from "@/lib/i18n/locales";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import type { ProjectReport } from "@/lib/report/project-report";
import { pdfPageTexts, pdfTextRuns, type PdfTextRun } from "./testing/pdf-text";
import { sampleProjectReport } from "./testing/sample-project";

const generatedAt = new Date("2027-03-01T00:00:00Z");
const organizationName = "Harbour Relief";

/** Per page, the text printed at the watermark's size: what a reader sees across the page, nothing else. */
function watermarks(runs: PdfTextRun[], pages: number): string[] {
  return Array.from({ length: pages }, (_, i) => runs.filter((r) => r.page === i + 1 && r.size === watermarkSize).map((r) => r.text).join(" "));
}

async function assessmentPdf(report: AssessmentReport, locale: Locale) {
  const pdf = await renderPdf({ kind: "assessment", organizationName, generatedAt, locale, report });
  const pages = await pdfPageTexts(pdf);
  return { pages, marks: watermarks(await pdfTextRuns(pdf), pages.length) };
}

let en: ProjectReport;
let zh: ProjectReport;
const before = (r: ProjectReport) => r.parts.find((p) => p.key === "before")!.report!;
beforeAll(() => {
  en = sampleProjectReport({ partners: 0, withDuring: false, withAfter: false });
  zh = sampleProjectReport({ partners: 0, withDuring: false, withAfter: false, locale: "zh-CN" });
});

describe("a draft's PDF", () => {
  it("says DRAFT across every page, the cover included", async () => {
    const { pages, marks } = await assessmentPdf({ ...before(en), status: "draft" }, "en");
    expect(pages.length).toBeGreaterThan(2);
    expect(marks).toEqual(pages.map(() => "DRAFT"));
  }, 60_000);

  it("says 草稿 across every page for a Chinese reader", async () => {
    const { pages, marks } = await assessmentPdf({ ...before(zh), status: "draft" }, "zh-CN");
    expect(marks).toEqual(pages.map(() => "草稿"));
  }, 60_000);

  it("a project report with a stage still in draft is marked on every page, its chapters included", async () => {
    const draft = { ...en, parts: en.parts.map((p) => (p.key === "before" ? { ...p, report: { ...p.report!, status: "draft" as const } } : p)) };
    const pdf = await renderPdf({ kind: "project", organizationName, generatedAt, locale: "en", report: draft });
    const pages = await pdfPageTexts(pdf);
    expect(watermarks(await pdfTextRuns(pdf), pages.length)).toEqual(pages.map(() => "DRAFT"));
  }, 60_000);
});

describe("an approved version's PDF", () => {
  it("has no watermark on any page", async () => {
    expect(before(en).status).toBe("approved");
    const { pages, marks } = await assessmentPdf(before(en), "en");
    expect(marks).toEqual(pages.map(() => ""));
    expect(pages.join("\n")).not.toContain("DRAFT");
  }, 60_000);
});

describe("the sign-off of a PDF", () => {
  it("gives submitter and reviewer their names and lines to sign and date, on one page", async () => {
    const { pages } = await assessmentPdf(before(en), "en");
    const signOff = pages.filter((p) => p.includes("Sign-off"));
    expect(signOff).toHaveLength(1);
    expect(signOff[0]!.replace(/\s+/g, " ")).toMatch(/Submitter 李娜 \(project officer\) Name Signature Date Reviewer Amina Diallo Name Signature Date/);
  }, 60_000);
});

describe("a table longer than a page", () => {
  it("repeats its header row on top of every page it runs onto", async () => {
    registerPdfFonts();
    const rows = Array.from({ length: 120 }, (_, n) => ({ key: String(n), cells: [`Row ${n}`, "Met"] }));
    const frame = { organizationName, title: "Table", generatedAt, locale: "en" as const, watermark: null };
    const table = createElement(PdfTable, { columns: [{ title: "Criterion", width: "70%" }, { title: "Answer", width: "30%" }], rows });
    const pdf = await renderToBuffer(createElement(Document, null, createElement(ReportPage, { frame, children: table })));
    const pages = await pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(2);
    // Under the page's own header line (organisation, title), the column names come first on every page.
    pages.forEach((text, i) => expect(text.replace(/\s+/g, " "), `page ${i + 1}`).toMatch(/^Harbour Relief ?Table ?Criterion ?Answer ?Row \d+ Met/));
    expect(pages.at(-1)).toContain("Row 119");
  }, 60_000);
});
