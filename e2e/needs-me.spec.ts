import type { Browser } from "@playwright/test";
import { expect, test } from "./csp";
import { answerAllSections, answerSection, as, createProject, startStage, submitFromCheckPage, waitForSave } from "./support";

const pageAs = async (browser: Browser, role: Parameters<typeof as>[0]) => (await browser.newContext(as(role))).newPage();
const name = "Needs-me walk: river schools";

test("home shows what needs me; the queue row says what, where, who and how long; a comment sits beside its item", async ({ page, browser }) => {
  // Staff start a BEFORE assessment and answer one section: home lists it as their draft, rated provisionally.
  await createProject(page, { name, mode: "borrowing", country: "KH" });
  await startStage(page, "Before: participation evaluation");
  await answerSection(page, {});
  await waitForSave(page);
  await page.goto("/");
  const drafts = page.getByTestId("group-drafts");
  const draftRow = drafts.getByRole("row", { name: new RegExp(name) });
  await expect(draftRow.getByRole("link", { name })).toHaveAttribute("href", /\/projects\//);
  await expect(draftRow.getByTestId("rating")).toHaveAttribute("data-provisional", "true");
  await expect(draftRow.getByTestId("rating")).toContainText("provisional");
  await expect(draftRow.getByTestId("provisional-progress")).toHaveText(/In progress, \d+ of \d+ answered/);
  await expect(page.getByRole("link", { name: "All projects" })).toBeVisible();
  await page.screenshot({ path: "screenshots/needs-me-staff.png", fullPage: true });

  // Submitted, it waits for a manager: one row naming project, checklist, version, rating, submitter, days.
  await draftRow.getByRole("link", { name: "Before: participation evaluation" }).click();
  await page.waitForURL(/\/sections\/|\/check$/);
  await page.goto(page.url().replace(/\/sections\/.*|\/check$/, "/sections/country-context"));
  await answerAllSections(page, {});
  await submitFromCheckPage(page);
  await page.goto("/");
  await expect(page.getByTestId("group-drafts")).not.toContainText(name);

  const manager = await pageAs(browser, "manager");
  await manager.goto("/");
  const row = manager.getByTestId("review-queue").getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("link", { name })).toHaveAttribute("href", /\/projects\//);
  await expect(row).toContainText("Before: participation evaluation");
  await expect(row).toContainText("v1");
  await expect(row).toContainText("Sofia Staff");
  await expect(row.getByTestId("days-waiting")).toHaveText("today");
  await expect(row.getByTestId("rating")).not.toHaveAttribute("data-provisional", "true");
  await manager.screenshot({ path: "screenshots/needs-me-manager.png", fullPage: true });

  // The manager returns it with a comment on B.CTX.2: beside that criterion on the report, and in the form.
  const link = row.getByRole("link", { name: /^Before/ });
  const v1Report = (await link.getAttribute("href"))!;
  await link.click();
  await manager.getByRole("button", { name: "Return with comments" }).click();
  await manager.getByLabel("Comment for the team").fill("Check the safety advice again.");
  await manager.getByRole("button", { name: "Add a comment on an item" }).click();
  await manager.getByLabel("Item", { exact: true }).selectOption("B.CTX.2");
  await manager.getByLabel("Comment on the item").fill("Cite this month's embassy advisory.");
  await manager.getByRole("button", { name: "Return with comments" }).click();
  await expect(manager.getByTestId("status")).toContainText("Draft · version 2");
  await manager.goto(v1Report);
  await expect(manager.locator('[id="item-B.CTX.2"]').getByTestId("item-comments")).toContainText("Cite this month's embassy advisory.");
  await expect(manager.locator('[id="item-B.CTX.1"]').getByTestId("item-comments")).toHaveCount(0);

  await page.goto("/");
  const returned = page.getByTestId("group-returned");
  await expect(returned).toContainText(name);
  await expect(returned).toContainText("Version 1 returned by Malik Manager");
  await expect(returned).toContainText("Check the safety advice again.");
  await returned.locator("li", { hasText: name }).getByRole("link", { name: "Continue" }).click();
  await page.waitForURL(/\/sections\/|\/check$/);
  await page.goto(page.url().replace(/\/sections\/.*|\/check$/, "/sections/country-context"));
  await expect(page.locator('[data-criterion="B.CTX.2"]').getByTestId("item-comments")).toContainText("Cite this month's embassy advisory.");
  await expect(page.locator('[data-criterion="B.CTX.1"]').getByTestId("item-comments")).toHaveCount(0);
  // The banner on top stays a summary that links to the item.
  await expect(page.getByTestId("return-notes").getByRole("link", { name: "B.CTX.2" })).toHaveAttribute("href", "#item-B.CTX.2");
  await page.screenshot({ path: "screenshots/comment-beside-item.png", fullPage: true });
});
