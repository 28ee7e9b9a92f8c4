import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/pdf/documents/render-pdf";
import { pdfStyles } from "@/lib/pdf/documents/styles";
import { pdfTextRuns, type PdfTextRun } from "@/lib/pdf/testing/pdf-text";
import { sampleProjectReport } from "@/lib/pdf/testing/sample-project";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import { buildAssessmentOutline } from "@/lib/report/outline/assessment-outline";
import type { ReportBlock } from "@/lib/report/outline/blocks";
import { buildProjectOutline } from "@/lib/report/outline/project-outline";
import type { ProjectReport } from "@/lib/report/project-report";
import { ReportBlocks } from "./report-blocks";

/*
 * The HTML page and the PDF render one outline: rendered from the same report model, both must
 * list the same blocks in the same order. Each is read back as a reader meets it — the HTML's
 * sections with their headings, the PDF's text with its heading sizes — not from the outline.
 */

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#x27);/g, (e) => entities[e]!);

/** The HTML's blocks: each section the renderer marks, named by its heading or (the summary) its label. */
function htmlBlockTitles(blocks: ReadonlyArray<ReportBlock>): string[] {
  const html = renderToStaticMarkup(<ReportBlocks blocks={blocks} />);
  const sections = [...html.matchAll(/<section([^>]*)>\s*(?:<h2[^>]*>([^<]*)<\/h2>)?/g)];
  return sections
    .filter(([, attributes]) => attributes!.includes("data-block="))
    .map(([, attributes, heading]) => decode(heading ?? attributes!.match(/aria-label="([^"]*)"/)?.[1] ?? "(untitled)"));
}

/**
 * The PDF's blocks on a run of pages: its level-2 headings, preceded by "Summary" when the summary's
 * figures come before the first of them (the summary prints no heading of its own).
 */
function pdfBlockTitles(runs: ReadonlyArray<PdfTextRun>, summary: { title: string; labels: string[] }): string[] {
  const headingAt = runs.findIndex((r) => r.size === pdfStyles.h2.fontSize);
  const before = runs.slice(0, headingAt === -1 ? runs.length : headingAt).map((r) => r.text);
  let from = 0;
  const hasSummary = summary.labels.every((label) => (from = before.indexOf(label, from) + 1) > 0);
  const headings = runs.filter((r) => r.size === pdfStyles.h2.fontSize).map((r) => r.text);
  return [...(hasSummary ? [summary.title] : []), ...headings];
}

function summaryOf(blocks: ReadonlyArray<ReportBlock>) {
  const summary = blocks.find((b) => b.kind === "summary");
  return { title: summary?.title ?? "Summary", labels: summary?.metrics.map((m) => m.label) ?? ["(no summary in the outline)"] };
}

/** The PDF split where each report or chapter starts: at its level-1 heading. */
function chaptersOf(runs: ReadonlyArray<PdfTextRun>): Array<{ title: string; runs: PdfTextRun[] }> {
  const chapters: Array<{ title: string; runs: PdfTextRun[] }> = [];
  for (const run of runs) {
    if (run.size === pdfStyles.h1.fontSize) chapters.push({ title: run.text, runs: [] });
    else chapters.at(-1)?.runs.push(run);
  }
  return chapters;
}

const generatedAt = new Date("2027-03-01T00:00:00Z");
const locales = ["en", "zh-CN"] as const;
let project: ProjectReport;
beforeAll(() => {
  project = sampleProjectReport();
});

describe("an assessment report lists the same blocks in the same order on the page and in the PDF", () => {
  const kinds = ["before", "partner:partner-a", "during", "after"] as const;
  it.each(kinds)("%s", async (key) => {
    const report: AssessmentReport = project.parts.find((p) => p.key === key)!.report!;
    const outline = buildAssessmentOutline(report, "en");
    const pdf = await renderPdf({ kind: "assessment", organizationName: "Harbour Relief", generatedAt, locale: "en", report });
    const [chapter, ...more] = chaptersOf(await pdfTextRuns(pdf));

    const html = htmlBlockTitles(outline.blocks);
    expect(html).toEqual(outline.blocks.map((b) => b.title));
    expect(more).toEqual([]);
    expect(chapter!.title).toBe(outline.heading.title);
    expect(pdfBlockTitles(chapter!.runs, summaryOf(outline.blocks))).toEqual(html);
  }, 60_000);
});

describe("a project report lists the same blocks in the same order on the page and in the PDF", () => {
  it.each(locales)("the report itself, then one chapter per started assessment in the PDF (%s)", async (locale) => {
    const report = locale === "en" ? project : sampleProjectReport({ locale });
    const outline = buildProjectOutline(report, locale);
    const pdf = await renderPdf({ kind: "project", organizationName: "Harbour Relief", generatedAt, locale, report });
    const [main, ...chapters] = chaptersOf(await pdfTextRuns(pdf));

    const html = htmlBlockTitles(outline.blocks);
    expect(html).toEqual(outline.blocks.map((b) => b.title));
    expect(main!.title).toBe(outline.heading.title);
    expect(pdfBlockTitles(main!.runs, summaryOf(outline.blocks))).toEqual(html);

    // Each chapter is an assessment's own outline, less its sources: the same blocks its page shows.
    expect(chapters.map((c) => c.title)).toEqual(outline.chapters.map((c) => c.heading.title));
    outline.chapters.forEach((chapter, i) => {
      expect(pdfBlockTitles(chapters[i]!.runs, summaryOf(chapter.blocks)), chapter.key).toEqual(htmlBlockTitles(chapter.blocks));
    });
  }, 60_000);

  it("reads in Chinese on both: Chinese headings, and ratings 高/中/低 on the page", () => {
    const report = sampleProjectReport({ locale: "zh-CN" });
    const outline = buildProjectOutline(report, "zh-CN");
    expect(htmlBlockTitles(outline.blocks)).toEqual(["概要", "各阶段与合作方", "各阶段分数", "红色警示", "未关闭风险热力图", "主要风险与缓解措施", "评级的计算方法", "签批", "来源"]);
    const html = renderToStaticMarkup(<ReportBlocks blocks={outline.blocks} />);
    const badges = [...html.matchAll(/data-testid="rating"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(badges.length).toBeGreaterThan(0);
    // A draft's band carries "· 暂定" (provisional) after it.
    badges.forEach((b) => expect(["低", "中", "较高", "高", "未评级"]).toContain(b.split(" · ")[0]));
    expect(html).not.toMatch(/>(Low|Moderate|Significant|High|Not rated)</);
  });
});
