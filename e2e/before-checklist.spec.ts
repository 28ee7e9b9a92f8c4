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

test("the submit dialog names the unfinished sections before anyone confirms, and focuses Close", async ({ page }) => {
  await createProject(page, { name: "Teacher training in Savannakhet", mode: "enterprise" });
  await startStage(page, "Before: participation evaluation");
  await answerSection(page, {});
  await waitForSave(page);
  await page.goto(page.url().replace(/sections\/.*/, "check"));

  await page.getByRole("button", { name: "Submit assessment" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toHaveText("Not finished yet");
  // No way to confirm: the server would refuse, so nothing can be submitted by a second Enter.
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await expect(dialog.getByRole("button", { name: "Yes, submit" })).toHaveCount(0);
  // The first section was answered in full: only the others are listed.
  await expect(dialog).not.toContainText("Country context and safety");
  await dialog.getByRole("link", { name: "Need and strategic fit" }).click();
  await expect(page).toHaveURL(/\/sections\/[a-z-]+\?unfinished=1$/);
  // Opened from there, the section says at once what submitting needs, question by question.
  const summary = page.getByRole("alert").filter({ hasText: "problems to fix" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("(B.NEED.1): Choose an answer");
  // The tab's title says so first, and names the section and the project.
  await expect(page).toHaveTitle(/^Error: Need and strategic fit · .* · Teacher training in Savannakhet/);
});

test("a skip link goes straight past the header and the sections to the questions", async ({ page }) => {
  await createProject(page, { name: "Skip links in Pakse", mode: "enterprise" });
  await startStage(page, "Before: participation evaluation");
  await page.reload();
  // The page's first stop skips the header; the first stop in the page skips to the questions.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the questions" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: /^Section 1 of/ })).toBeFocused();
});

test("the rest of a section is marked not applicable with one shared reason, and saved", async ({ page }) => {
  await createProject(page, { name: "Library books in Luang Prabang", mode: "enterprise" });
  await startStage(page, "Before: participation evaluation");
  const first = page.locator("[data-criterion]").first();
  await first.getByLabel("Met", { exact: true }).check();
  const rest = await page.locator("[data-criterion]").count();
  await page.getByText(/Mark the rest of this section not applicable/).click();
  await page.getByRole("button", { name: `Mark ${rest - 1} items not applicable` }).click();
  await expect(page.getByText("Say why these items do not apply")).toBeVisible();
  await page.getByLabel("Why these do not apply").fill("The project works only in the capital");
  await page.getByRole("button", { name: `Mark ${rest - 1} items not applicable` }).click();
  await waitForSave(page);
  await page.reload();
  await expect(first.getByLabel("Met", { exact: true })).toBeChecked();
  const last = page.locator("[data-criterion]").last();
  await expect(last.getByLabel("Not applicable", { exact: true })).toBeChecked();
  await expect(last.getByLabel("Notes")).toHaveValue("The project works only in the capital");
});
