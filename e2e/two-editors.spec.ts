import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./csp";
import { as, createProject, startStage, waitForSave } from "./support";

// Two people on one section, each in their own browser: nothing either of them saved is lost or
// silently overwritten.
const pageAs = async (browser: Browser, role: Parameters<typeof as>[0]) => (await browser.newContext(as(role))).newPage();
const card = (page: Page, id: string) => page.locator(`[data-criterion="${id}"]`);

async function sharedSection(browser: Browser, name: string) {
  const staff = await pageAs(browser, "staff");
  await createProject(staff, { name, mode: "enterprise" });
  await startStage(staff, "Before: participation evaluation");
  const url = staff.url();
  const manager = await pageAs(browser, "manager");
  await manager.goto(url);
  return { staff, manager, url };
}

test("two editors answering different items of one section both keep their answers", async ({ browser }) => {
  const { staff, manager, url } = await sharedSection(browser, "Two editors, different items");
  await card(staff, "B.CTX.1").getByLabel("Met", { exact: true }).check();
  await waitForSave(staff);
  await card(manager, "B.CTX.2").getByLabel("Not met", { exact: true }).check();
  await waitForSave(manager);
  await expect(manager.getByTestId("conflict")).toHaveCount(0);

  const fresh = await pageAs(browser, "admin");
  await fresh.goto(url);
  await expect(card(fresh, "B.CTX.1").getByLabel("Met", { exact: true })).toBeChecked();
  await expect(card(fresh, "B.CTX.2").getByLabel("Not met", { exact: true })).toBeChecked();
});

test("the same item: the second editor sees who changed it to what, chooses, and the choice is stored", async ({ browser }) => {
  const { staff, manager, url } = await sharedSection(browser, "Two editors, same item");
  await card(manager, "B.CTX.2").getByLabel("Not met", { exact: true }).check();
  await waitForSave(manager);
  // The staff member's page still shows the item unanswered; their answer is not written over the manager's.
  await card(staff, "B.CTX.2").getByLabel("Met", { exact: true }).check();
  const conflict = staff.getByTestId("conflict");
  await expect(conflict).toContainText("Malik Manager changed this to Not met");
  await expect(staff.getByTestId("save-status")).toContainText("Conflict on 1 answer");
  await staff.screenshot({ path: "screenshots/conflict.png", fullPage: true });

  const reader = await pageAs(browser, "admin");
  await reader.goto(url);
  await expect(card(reader, "B.CTX.2").getByLabel("Not met", { exact: true })).toBeChecked();

  await conflict.getByRole("button", { name: "Use mine" }).click();
  await waitForSave(staff);
  await reader.reload();
  await expect(card(reader, "B.CTX.2").getByLabel("Met", { exact: true })).toBeChecked();

  // The other way: the manager (now stale) changes it again and keeps the staff member's answer.
  await card(manager, "B.CTX.2").getByLabel("Unknown", { exact: true }).check();
  await manager.getByTestId("conflict").getByRole("button", { name: "Keep theirs" }).click();
  await expect(card(manager, "B.CTX.2").getByLabel("Met", { exact: true })).toBeChecked();
  await reader.reload();
  await expect(card(reader, "B.CTX.2").getByLabel("Met", { exact: true })).toBeChecked();
});

test("a stale tab saving another item never reverts a colleague's newer answer", async ({ browser }) => {
  const { staff, manager, url } = await sharedSection(browser, "Stale tab");
  await card(staff, "B.CTX.1").getByLabel("Partly met", { exact: true }).check();
  await waitForSave(staff);
  await manager.reload();
  await card(manager, "B.CTX.1").getByLabel("Not met", { exact: true }).check();
  await waitForSave(manager);
  // The staff tab still shows "Partly met"; answering another item sends only that item.
  await card(staff, "B.CTX.3").getByLabel("Met", { exact: true }).check();
  await waitForSave(staff);
  const reader = await pageAs(browser, "admin");
  await reader.goto(url);
  await expect(card(reader, "B.CTX.1").getByLabel("Not met", { exact: true })).toBeChecked();
  await expect(card(reader, "B.CTX.3").getByLabel("Met", { exact: true })).toBeChecked();
});

test("an answer given just before the page closes is there after reopening, and for a colleague", async ({ browser }) => {
  const { staff, url } = await sharedSection(browser, "Closed at once");
  await card(staff, "B.CTX.1").getByLabel("Notes").fill("Typed, then the tab was closed at once");
  const context = staff.context();
  await staff.close({ runBeforeUnload: true });

  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(card(reopened, "B.CTX.1").getByLabel("Notes")).toHaveValue("Typed, then the tab was closed at once");
  await waitForSave(reopened);
  const colleague = await pageAs(browser, "manager");
  await colleague.goto(url);
  await expect(card(colleague, "B.CTX.1").getByLabel("Notes")).toHaveValue("Typed, then the tab was closed at once");
});

test("two people editing one project: no silent overwrite; the second chooses", async ({ browser }) => {
  const staff = await pageAs(browser, "staff");
  await createProject(staff, { name: "Edited by two", mode: "enterprise" });
  const editUrl = `${staff.url()}/edit`;
  const manager = await pageAs(browser, "manager");
  await staff.goto(editUrl);
  await manager.goto(editUrl);
  await manager.getByLabel("Summary (optional)").fill("The manager's summary");
  await manager.getByRole("button", { name: "Save changes" }).click();
  await manager.waitForURL((url) => !url.pathname.endsWith("/edit"));

  await staff.getByLabel("Budget").fill("64000");
  await staff.getByRole("button", { name: "Save changes" }).click();
  await expect(staff.getByTestId("conflict")).toContainText("Malik Manager saved this project");
  const reader = await pageAs(browser, "admin");
  await reader.goto(editUrl);
  await expect(reader.getByLabel("Summary (optional)")).toHaveValue("The manager's summary");
  await expect(reader.getByLabel("Budget")).toHaveValue("50000.00");

  await staff.getByTestId("conflict").getByRole("button", { name: "Use mine" }).click();
  await staff.waitForURL((url) => !url.pathname.endsWith("/edit"));
  await reader.reload();
  await expect(reader.getByLabel("Budget")).toHaveValue("64000.00");
});

test("a section someone else has open says so", async ({ browser }) => {
  const { manager } = await sharedSection(browser, "Who else is here");
  // The staff member opened the section first; the manager is told at once.
  await expect(manager.getByTestId("presence")).toContainText("Sofia Staff is also editing this section");
  await manager.setViewportSize({ width: 390, height: 844 });
  await card(manager, "B.CTX.2").getByLabel("Not met", { exact: true }).check();
  await manager.screenshot({ path: "screenshots/presence-phone.png", fullPage: false });
});
