import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { pdfPageTexts } from "../lib/pdf/testing/pdf-text";
import { answerAllSections, createProject, startStage, submitFromCheckPage } from "./support";

/** Clicks the download button and reads the PDF's text back, page by page. */
async function downloadPdf(page: Page): Promise<{ name: string; pages: string[] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download PDF" }).click()]);
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

  await page.getByRole("link", { name }).first().click();
  await page.getByRole("link", { name: "Project report" }).click();
  const project = await downloadPdf(page);
  expect(project.pages[0]).toContain(name);
  expect(project.pages[0]).toMatch(/Overall rating\s*High/);
  expect(project.pages.join("\n")).toContain("Sources");
  project.pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${project.pages.length}`));
});

test("when the server cannot prepare the PDF, the user reads why and can try again", async ({ page }) => {
  await page.goto("/projects");
  await page.getByRole("link", { name: "Village schools reading programme" }).click();
  await page.getByRole("link", { name: "Project report" }).click();
  // Stands in for a busy server: the real route answers 503 with this text when its queue is full.
  await page.route("**/pdf", (route) =>
    route.fulfill({ status: 503, contentType: "text/plain", body: "Many reports are being prepared right now. Please try again in a minute." }),
  );
  const button = page.getByRole("button", { name: "Download PDF" });
  await button.click();
  await expect(page.getByRole("status").filter({ hasText: "Many reports are being prepared" })).toBeVisible();
  await expect(button).toBeEnabled();
});
