import { expect, test } from "./csp";
import { continueToNext, createProject, startStage, waitForSave } from "./support";

test("DURING risks are rated, checked and shown on the heat map with priority risks first", async ({ page }) => {
  await createProject(page, { name: "Mobile libraries in Phongsaly", mode: "subsidised" });
  await startStage(page, "During: risk monitoring");

  const risk = page.locator('[data-criterion="D.PART.1"]');
  await risk.getByLabel("Likelihood").selectOption("5");
  await risk.getByLabel("Impact").selectOption("4");
  await expect(risk.getByText("20 of 25")).toBeVisible();
  await risk.getByLabel("Mitigation").fill("Second partner on standby");
  await page.locator('[data-criterion="D.BEN.1"]').getByLabel("Likelihood").selectOption("2");

  // "Save and continue" moves on with an unfinished section (it stays "to do"); focus goes to the
  // next section's heading.
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Section 2 of/ })).toBeFocused();
  // Opened from the check page, the section names what submitting needs, by the question's words.
  await page.goto(page.url().replace(/sections\/.*/, "check"));
  await page.locator(".notice.error").getByRole("link").first().click();
  const summary = page.getByRole("alert").filter({ hasText: "problems to fix" });
  await expect(summary).toContainText("(D.PART.1): Name who owns this mitigation");
  await expect(summary).toContainText("(D.BEN.1): Choose an impact from 1 to 5");
  await expect(risk.getByText("Name who owns this mitigation")).toBeVisible();
  await risk.getByLabel("Owner").fill("Country director");
  await waitForSave(page);

  // The draft is kept even though the section is unfinished, and the report reads it.
  await page.reload();
  await expect(risk.getByLabel("Owner")).toHaveValue("Country director");
  await page.goto(page.url().replace(/sections\/.*/, "report"));
  // Still a draft: its rating says it is provisional (it changes as answers come in).
  await expect(page.getByTestId("rating").first()).toHaveText("High · provisional");
  await expect(page.getByRole("cell", { name: "Likelihood 5, impact 4: 1 open risk(s)" })).toHaveText("1");
  const firstRisk = page.locator('[data-block="top-risks"] tbody tr').first();
  await expect(firstRisk).toContainText("D.PART.1");
  await expect(firstRisk).toContainText("5 × 4 = 20");
  await expect(firstRisk).toContainText("Priority");
});

test("AFTER indicators are added, validated and reported with their progress", async ({ page }) => {
  await createProject(page, { name: "School meals evaluation", mode: "enterprise" });
  await startStage(page, "After: monitoring and evaluation");
  await page.getByRole("link", { name: /Result indicators/ }).click();
  await page.getByRole("button", { name: "Add an indicator" }).click();
  await page.getByLabel("Indicator 1").fill("Pupils fed daily");
  await page.getByLabel("Target").fill("-5");
  await page.getByRole("button", { name: /Save and check your answers/ }).click();
  await expect(page.getByText("Target cannot be negative").first()).toBeVisible();
  await page.getByLabel("Target").fill("400");
  await page.getByLabel("Actual so far").fill("300");
  await page.getByLabel("Unit (e.g. schools)").fill("pupils");
  await waitForSave(page);
  await continueToNext(page);
  await expect(page.getByRole("row", { name: /Pupils fed daily/ })).toContainText("Target 400 pupils · actual 300");
  await page.goto(page.url().replace(/check$/, "report"));
  await expect(page.getByRole("row", { name: /Pupils fed daily/ })).toContainText("75 %");
});
