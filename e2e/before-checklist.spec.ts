import { expect, test } from "./csp";
import { answerAllSections, answerSection, continueToNext, createProject, startStage, submitFromCheckPage, waitForSave } from "./support";

test("an officer fills the BEFORE checklist, reloads half-way without losing answers, and reads a High rating with its red flag", async ({ page }) => {
  await createProject(page, { name: "Reading clubs in Vientiane", mode: "borrowing" });
  await startStage(page, "Before: participation evaluation");

  // Section 1 answered and continued; section 2 answered, then the page is reloaded mid-way.
  await answerSection(page, {});
  await continueToNext(page);
  await answerSection(page, { "B.STRAT.1": "Partly met" });
  await page.locator('[data-criterion="B.STRAT.2"]').getByLabel("Notes").fill("Mapped with the district education office");
  await waitForSave(page);
  await page.reload();
  await expect(page.locator('[data-criterion="B.STRAT.1"]').getByLabel("Partly met", { exact: true })).toBeChecked();
  await expect(page.locator('[data-criterion="B.NEED.1"]').getByLabel("Met", { exact: true })).toBeChecked();
  await expect(page.locator('[data-criterion="B.STRAT.2"]').getByLabel("Notes")).toHaveValue("Mapped with the district education office");
  await expect(page.getByRole("navigation", { name: "Sections" })).toContainText("3/3");

  // The legal route (critical) is not met.
  await continueToNext(page);
  await answerAllSections(page, { "B.LAW.1": "Not met" });
  await expect(page.getByRole("row", { name: /B\.LAW\.1/ })).toContainText("Not met");
  await submitFromCheckPage(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before: participation evaluation");
  await expect(page.getByTestId("rating").first()).toHaveText("High");
  await expect(page.getByTestId("red-flags")).toContainText("B.LAW.1");
  await expect(page.getByTestId("method")).toContainText("rating is at least High");
  // A submitted assessment cannot be edited: its form sends the user to the report.
  await page.goto(page.url().replace(/\/report$/, "/sections/legal-route"));
  await expect(page).toHaveURL(/\/report$/);
});

test("submitting with unfinished sections lists each one as a link to it, and the assessment stays a draft", async ({ page }) => {
  await createProject(page, { name: "Teacher training in Savannakhet", mode: "enterprise" });
  await startStage(page, "Before: participation evaluation");
  await answerSection(page, {});
  await waitForSave(page);
  await page.goto(page.url().replace(/sections\/.*/, "check"));

  await page.getByRole("button", { name: "Submit assessment" }).click();
  await expect(page.getByRole("dialog")).toContainText("Some sections look unfinished");
  await page.getByRole("dialog").getByRole("button", { name: "Yes, submit" }).click();
  const unfinished = page.getByRole("alert").filter({ hasText: "These sections are not finished" });
  await expect(unfinished.getByRole("link")).not.toHaveCount(0);
  // The first section was answered in full: only the others are listed.
  await expect(unfinished).not.toContainText("Country context and safety");
  await expect(unfinished.getByRole("link", { name: "Need and strategic fit" })).toBeVisible();
  await unfinished.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/sections\/[a-z-]+$/);
  await expect(page.locator("[data-criterion]").first()).toBeVisible();
});
