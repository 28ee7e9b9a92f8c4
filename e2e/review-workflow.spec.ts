import type { Browser } from "@playwright/test";
import { expect, test } from "./csp";
import { as } from "./support";

const pageAs = async (browser: Browser, role: Parameters<typeof as>[0]) => (await browser.newContext(as(role))).newPage();

test("a manager returns a submitted assessment with comments, staff fix it in a new version, the manager approves", async ({ browser }) => {
  // The manager's home lists the seeded submission waiting for review.
  const manager = await pageAs(browser, "manager");
  await manager.goto("/");
  const queue = manager.getByTestId("review-queue");
  await expect(queue).toContainText("Flood recovery livelihoods");
  await manager.screenshot({ path: "screenshots/review-queue.png", fullPage: true });
  // Each row links the project and the assessment; the assessment's link opens its report.
  await queue.getByRole("row", { name: /Flood recovery livelihoods/ }).getByRole("link", { name: /^Before/ }).click();
  await expect(manager.getByTestId("status")).toContainText("Submitted, awaiting review · version 1");

  // Returning needs a reason; then it goes back with a general and an item comment.
  await manager.getByRole("button", { name: "Return with comments" }).click();
  await expect(manager.getByRole("alert").filter({ hasText: "reason" })).toContainText("Write the reason for returning");
  await manager.getByLabel("Comment for the team").fill("The safety check is missing.");
  await manager.getByRole("button", { name: "Add a comment on an item" }).click();
  await manager.getByLabel("Item", { exact: true }).selectOption("B.CTX.2");
  await manager.getByLabel("Comment on the item").fill("Attach the embassy advisory of this month.");
  await manager.getByRole("button", { name: "Return with comments" }).click();
  await expect(manager.getByTestId("status")).toContainText("Draft · version 2");

  // Staff see the comments while they edit version 2, which carries the answers over.
  const staff = await pageAs(browser, "staff");
  await staff.goto(`/projects?q=${encodeURIComponent("Flood recovery livelihoods")}`);
  await staff.getByRole("link", { name: "Flood recovery livelihoods" }).click();
  await staff.locator("section", { has: staff.getByRole("heading", { name: "Before: participation evaluation" }) }).getByRole("link", { name: "Continue" }).click();
  await staff.waitForURL(/\/assessments\/[^/]+\/(sections|check)/);
  await staff.goto(staff.url().replace(/sections\/.*|check$/, "sections/country-context"));
  const notes = staff.getByTestId("return-notes");
  await expect(notes).toContainText("The safety check is missing.");
  await expect(notes).toContainText("B.CTX.2 Attach the embassy advisory of this month.");
  await staff.screenshot({ path: "screenshots/returned-with-comments.png", fullPage: true });
  await staff.locator('[data-criterion="B.CTX.2"]').getByLabel("Met", { exact: true }).check();
  await expect(staff.getByTestId("save-status")).toContainText("All changes saved");
  await staff.goto(staff.url().replace(/sections\/.*/, "check"));
  await staff.getByRole("button", { name: "Submit assessment" }).click();
  await staff.getByRole("dialog").getByRole("button", { name: "Yes, submit" }).click();
  await expect(staff.getByTestId("status")).toContainText("Submitted, awaiting review · version 2");
  // Staff may not review: no review panel for them.
  await expect(staff.getByRole("button", { name: "Approve" })).toHaveCount(0);

  // The manager approves version 2; the history shows what changed and why.
  await manager.goto(staff.url());
  await manager.getByRole("button", { name: "Approve" }).click();
  await expect(manager.getByTestId("status")).toContainText("Approved · version 2");
  await manager.getByRole("link", { name: "Version history" }).click();
  await expect(manager.getByRole("row", { name: /Version 1/ })).toContainText("Returned");
  await expect(manager.getByRole("row", { name: /Version 2/ })).toContainText("Approved");
  const changes = manager.getByTestId("version-changes");
  await expect(changes.getByRole("row", { name: /B\.CTX\.2/ })).toContainText("Unknown");
  await expect(changes.getByRole("row", { name: /B\.CTX\.2/ })).toContainText("Met");
  await manager.screenshot({ path: "screenshots/version-history.png", fullPage: true });

  // Both steps are in the audit log, with who did them.
  await manager.goto("/audit");
  await expect(manager.getByTestId("audit-log")).toContainText("assessment.approve");
  await expect(manager.getByTestId("audit-log")).toContainText("assessment.return");
});
