import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./csp";
import { pdfPageTexts } from "../lib/pdf/testing/pdf-text";
import { answerAllSections, createProject, startStage, submitFromCheckPage } from "./support";

/** The report page's "Download PDF: 中文 · English" links, each named in its own language. */
const pdfLink = (page: Page, language: "English" | "中文") => page.getByRole("group", { name: "Download PDF" }).getByRole("link", { name: language });

/** Clicks a download link and reads the PDF's text back, page by page. */
async function downloadPdf(page: Page, language: "English" | "中文" = "English"): Promise<{ name: string; pages: string[] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), pdfLink(page, language).click()]);
  const file = await download.path();
  const pages = await pdfPageTexts(new Uint8Array(fs.readFileSync(file)));
  return { name: download.suggestedFilename(), pages };
}

test("a project named in Chinese downloads as a PDF with its rating, red flag and page numbers", async ({ page }) => {
  const name = "湄公河乡村学校阅读项目";
  await createProject(page, { name, mode: "borrowing" });
  await startStage(page, "Before: participation evaluation");
  // B.LAW.1 is critical: "unknown" makes it a red flag and the rating High.
  await answerAllSections(page, { "B.LAW.1": "Unknown" });
  await submitFromCheckPage(page);
  await expect(page.getByTestId("rating").first()).toHaveText("High");

  const assessment = await downloadPdf(page);
  expect(assessment.name).toMatch(new RegExp(`^${name}-Before-participation-evaluation-v1-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  expect(assessment.pages[0]).toContain(name);
  expect(assessment.pages[0]).toMatch(/Rating\s*High/);
  const text = assessment.pages.join("\n");
  expect(text).toContain("B.LAW.1");
  expect(text).toContain("Red flag");
  assessment.pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${assessment.pages.length}`));

  // The same report in Chinese, from the English page: its cover, rating, words and file name.
  const chinese = await downloadPdf(page, "中文");
  expect(chinese.name).toMatch(new RegExp(`^${name}-项目前：参与评估-第1版-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  expect(chinese.pages[0]).toContain("评估报告");
  expect(chinese.pages[0]).toMatch(/评级\s*高/);
  expect(chinese.pages.join("\n")).toContain("红色警示");
  chinese.pages.forEach((p, i) => expect(p).toContain(`第${i + 1}页，共${chinese.pages.length}页`));

  await page.getByRole("link", { name }).first().click();
  await page.getByRole("link", { name: "Project report" }).click();
  const project = await downloadPdf(page);
  expect(project.pages[0]).toContain(name);
  expect(project.pages[0]).toMatch(/Overall rating\s*High/);
  expect(project.pages.join("\n")).toContain("Sources");
  project.pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${project.pages.length}`));
});

test("when the server cannot prepare the PDF, the user reads why and can try again", async ({ page }) => {
  await page.goto(`/projects?q=${encodeURIComponent("Village schools reading programme")}`);
  await page.getByRole("link", { name: "Village schools reading programme" }).click();
  await page.getByRole("link", { name: "Project report" }).click();
  // Stands in for a busy server: the real route answers 503 with this text when its queue is full.
  await page.route(/\/pdf(\?|$)/, (route) =>
    route.fulfill({ status: 503, contentType: "text/plain", body: "Many reports are being prepared right now. Please try again in a minute." }),
  );
  const link = pdfLink(page, "English");
  await link.click();
  await expect(page.getByRole("status").filter({ hasText: "Many reports are being prepared" })).toBeVisible();
  await expect(link).not.toHaveAttribute("aria-disabled", "true");
});
