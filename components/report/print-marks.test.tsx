import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { sampleProjectReport } from "@/lib/pdf/testing/sample-project";
import { buildAssessmentOutline } from "@/lib/report/outline/assessment-outline";
import { ReportBlocks } from "./report-blocks";
import { PrintWatermark } from "./print-watermark";

/* The HTML report's print marks come from the same outline as the PDF's. */

const before = sampleProjectReport({ partners: 0, withDuring: false, withAfter: false }).parts[0]!.report!;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\u00a0/g, " ").replace(/\s+/g, " ").trim();

describe("the printed HTML report", () => {
  it("gives the sign-off a name, a line to sign and a date line for submitter and reviewer", () => {
    const html = renderToStaticMarkup(<ReportBlocks blocks={buildAssessmentOutline(before, "en").blocks} />);
    const lines = html.slice(html.indexOf('<div class="signature-lines'));
    expect(text(lines)).toMatch(/^Submitter 李娜 \(project officer\) Name Signature Date Reviewer Amina Diallo Name Signature Date/);
  });

  it("prints the draft's watermark word, and nothing for an approved version", () => {
    const draft = buildAssessmentOutline({ ...before, status: "draft" }, "zh-CN");
    expect(text(renderToStaticMarkup(<PrintWatermark word={draft.watermark} />))).toBe("草稿");
    expect(renderToStaticMarkup(<PrintWatermark word={buildAssessmentOutline(before, "en").watermark} />)).toBe("");
  });
});
