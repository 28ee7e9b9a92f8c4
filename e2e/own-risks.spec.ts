import { expect, test } from "./csp";
import { createProject, startStage, waitForSave } from "./support";

test("a risk of the organisation's own, rated 4 × 4, shows as 16 High in the heat map's cell (4, 4) and first among top risks", async ({ page }) => {
  await createProject(page, { name: "Own risks in Luang Prabang", mode: "subsidised" });
  await startStage(page, "During: risk monitoring");

  // A framework risk rated lower, so "first" means something.
  const partner = page.locator('[data-criterion="D.PART.1"]');
  await partner.getByLabel("Likelihood").selectOption("3");
  await partner.getByLabel("Impact").selectOption("3");

  await page.getByText("Add a risk of your own").click();
  await page.getByRole("button", { name: "Add the risk" }).click();
  await expect(page.getByText("Give the risk a title").first()).toBeVisible();
  await page.getByLabel("Title").fill("Road to the schools floods");
  await page.getByLabel("What could happen, and why (optional)").fill("From June to August the river cuts the road.");
  await page.getByRole("button", { name: "Add the risk" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added “Road to the schools floods”" })).toBeVisible();

  const own = page.locator('[data-criterion="D.OWN.1"]');
  await expect(own).toContainText("Road to the schools floods");
  await expect(own).toContainText("Added by the organisation");
  await own.getByLabel("Likelihood").selectOption("4");
  await own.getByLabel("Impact").selectOption("4");
  await expect(own.getByText("16 of 25")).toBeVisible();
  await own.getByLabel("Mitigation").fill("Stock books at the district office before June");
  await waitForSave(page);
  await page.reload();
  await expect(own.getByLabel("Impact")).toHaveValue("4");

  await page.goto(page.url().replace(/sections\/.*/, "report"));
  const cell = page.getByRole("cell", { name: "Likelihood 4, impact 4: 1 open risk(s)" });
  await expect(cell).toHaveText("1");
  const top = page.locator('[data-block="top-risks"] tbody tr');
  await expect(top.first()).toContainText("Road to the schools floods");
  await expect(top.first()).toContainText("4 × 4 = 16");
  await expect(top.first()).toContainText("High");
  await expect(top.first()).toContainText("added by the organisation");
  await expect(top.nth(1)).toContainText("D.PART.1");
});

test("a risk that does not apply is marked so with a reason instead of a rating, and an own risk is removed only after saying yes", async ({ page }) => {
  await createProject(page, { name: "Not applicable in Oudomxay", mode: "subsidised" });
  await startStage(page, "During: risk monitoring");
  const partner = page.locator('[data-criterion="D.PART.1"]');
  await partner.getByLabel("Status").selectOption("not_applicable");
  await waitForSave(page);
  await page.goto(page.url().replace(/sections\/.*/, "check"));
  await page.locator(".notice.error").getByRole("link").first().click();
  await expect(partner.getByText("Say in the notes why this risk does not arise in this project")).toBeVisible();
  await partner.getByLabel("Notes").fill("The project has no implementing partner: our own staff run it.");
  await waitForSave(page);

  await page.getByText("Add a risk of your own").click();
  await page.getByLabel("Title").fill("Printer closes down");
  await page.getByRole("button", { name: "Add the risk" }).click();
  const own = page.locator('[data-criterion="D.OWN.1"]');
  await expect(own).toBeVisible();
  page.once("dialog", (dialog) => void dialog.dismiss());
  await own.getByRole("button", { name: "Remove this risk" }).click();
  await expect(own).toBeVisible();
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Remove “Printer closes down” from this register");
    void dialog.accept();
  });
  await own.getByRole("button", { name: "Remove this risk" }).click();
  await expect(own).toHaveCount(0);

  await page.goto(page.url().replace(/sections\/.*/, "report"));
  const row = page.locator('[data-block="criteria"] tr').filter({ hasText: "D.PART.1" }).last();
  await expect(row).toContainText("Does not apply here");
  await expect(row).toContainText("our own staff run it");
  await expect(page.getByText("Printer closes down")).toHaveCount(0);
});
