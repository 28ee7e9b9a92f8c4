import { expect, test } from "./csp";
import { createProject } from "./support";

test("a project is edited to add a partner, whose due diligence becomes mandatory and can be started", async ({ page }) => {
  await createProject(page, { name: "Girls' scholarships in Luang Namtha", mode: "territorial" });
  // Territorial partnership without any partner: flagged at once.
  await expect(page.getByText("no partner is recorded for this project")).toBeVisible();

  await page.getByRole("link", { name: "Edit project" }).click();
  await page.getByLabel("Project name").fill("Girls' scholarships in Luang Namtha province");
  await page.getByRole("button", { name: "Add a partner" }).click();
  await page.getByLabel("Partner 1 name").fill("Namtha Women's Union");
  await page.getByRole("button", { name: "Save changes" }).click();
  // The partner's country is required: the error sits next to the field and in the summary.
  await expect(page.getByRole("alert").filter({ hasText: "problem" })).toContainText("Choose the partner's country");
  await page.getByLabel("Country", { exact: true }).selectOption("LA");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Girls' scholarships in Luang Namtha province");
  await expect(page.getByText("it has not been started for Namtha Women's Union")).toBeVisible();
  const partnerCard = page.locator("section", { has: page.getByRole("heading", { name: "Partner due diligence: Namtha Women's Union" }) });
  await partnerCard.getByRole("button", { name: "Start" }).click();
  await page.waitForURL(/\/sections\/legal-standing/);
  await expect(page.locator('[data-criterion="P.LEGAL.1"]')).toContainText("Critical");
});
