import fs from "node:fs";
import { expect, test } from "./csp";
import { as } from "./support";

test.use(as("manager"));

/**
 * A manager downloads a project's tables and an assessment's JSON, imports the JSON as a new
 * project, and finds it rated as the original: the round trip an organisation moving servers makes.
 */
test("download the exports and import an assessment as a new project", async ({ page }) => {
  await page.goto(`/projects?q=${encodeURIComponent("Clean water for rural health posts")}`);
  await page.getByRole("link", { name: "Clean water for rural health posts" }).click();
  const originalUrl = page.url();
  // The band itself (data-rating): a draft's badge also says "provisional", the export's scores do not.
  const rating = (await page.locator(".card", { hasText: "Overall rating" }).getByTestId("rating").first().getAttribute("data-rating"))!;
  const downloads = page.getByRole("navigation", { name: "Download" });

  const [xlsx] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "answers, risks, indicators" }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^Clean-water-for-rural-health-posts-answers-risks-indicators-\d{4}-\d\d-\d\d\.xlsx$/);
  expect(fs.statSync((await xlsx.path())!).size).toBeGreaterThan(1000);

  const [csv] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "answers", exact: true }).click()]);
  expect(csv.suggestedFilename()).toMatch(/-answers-\d{4}-\d\d-\d\d\.csv$/);
  expect(fs.readFileSync((await csv.path())!, "utf8")).toMatch(/^\uFEFFProject,Assessment,Version,Status,Section,Criterion/);

  const [json] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "Before", exact: true }).click()]);
  expect(json.suggestedFilename()).toMatch(/-before-v1-\d{4}-\d\d-\d\d\.json$/);
  const file = JSON.parse(fs.readFileSync((await json.path())!, "utf8"));
  expect(file).toMatchObject({ format: "ngo-risk-assessment/export", formatVersion: 2, contents: "assessment" });
  expect(file.project.scores.rating).toBe(rating);

  await page.goto("/projects");
  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a project" })).toBeVisible();

  // A file that is not an export is refused with a message, and nothing is created.
  await page.getByLabel("Export file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": 1}') });
  await page.getByRole("button", { name: "Import as a new project" }).click();
  await expect(page.locator("#import-file-error")).toContainText("This file is not an export of this app");

  await page.getByLabel("Export file").setInputFiles((await json.path())!);
  await page.getByRole("button", { name: "Import as a new project" }).click();
  await page.waitForURL((url) => /\/projects\/[0-9a-f-]{36}$/.test(url.pathname) && url.toString() !== originalUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Clean water for rural health posts" })).toBeVisible();
  await expect(page.locator(".card", { hasText: "Overall rating" }).getByTestId("rating").first()).toHaveAttribute("data-rating", rating);
});

/**
 * A file just under the stated 900 KB limit whose every byte the request must escape again: its
 * notes full of quotes, its indentation all line breaks. Sent to the server it doubles in size; it
 * must still be imported, not answered with a 500 for a request over the body limit.
 */
test("imports a file just under the limit that is full of quotes and line breaks", async ({ page }) => {
  await page.goto("/projects");
  // The first test may have imported a second project of this name.
  await page.getByRole("link", { name: "Clean water for rural health posts" }).first().click();
  const href = await page.getByRole("navigation", { name: "Download" }).getByRole("link", { name: "whole project" }).getAttribute("href");
  const file = await (await page.request.get(href!)).json();

  const limit = 900_000;
  const size = () => Buffer.byteLength(JSON.stringify(file, null, "\n"));
  // Notes, evidence and review comments take up to 4000 characters; a quote is two bytes in the
  // file (\"), and the indentation is all line breaks. Comments are added until the file is full.
  const room = () => Math.floor((limit - 400 - size()) / 2);
  for (const answer of file.assessments.flatMap((a: { answers: object[] }) => a.answers)) {
    for (const field of ["notes", "evidence"]) answer[field] = '"'.repeat(Math.max(0, Math.min(4000, room())));
  }
  while (room() > 0) {
    const body = '"'.repeat(Math.min(4000, room()));
    file.assessments[0].reviewNotes.push({ kind: "comment", criterionId: null, rating: null, body, authorName: "Malik Manager", authorRole: "manager", createdAt: file.exportedAt });
  }
  const text = JSON.stringify(file, null, "\n");
  const bytes = Buffer.byteLength(text);
  expect(bytes).toBeLessThanOrEqual(limit);
  expect(bytes).toBeGreaterThan(limit - 1000);
  // Nearly every byte is a quote, a backslash or a line break, each sent as two.
  expect(JSON.stringify(text).length).toBeGreaterThan(1.6 * limit);

  await page.goto("/projects/import");
  await page.getByLabel("Export file").setInputFiles({ name: "quotes.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Import as a new project" }).click();
  const imported = page.getByRole("heading", { level: 1, name: "Clean water for rural health posts" });
  const refused = page.locator("#import-file-error");
  await expect(imported.or(refused)).toBeVisible({ timeout: 45_000 });
  await expect(refused).toHaveCount(0);
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
});
