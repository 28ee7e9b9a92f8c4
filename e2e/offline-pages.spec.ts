import type { Page } from "@playwright/test";
import { expect, test } from "./csp";
import { answerSection, createProject, signedOut, signIn, startStage, waitForSave } from "./support";

const offlineBanner = "You are offline. Your answers are kept on this device and sent when the connection returns.";

/**
 * Waits until the service worker is active, then reloads, as a returning user would: a page
 * loaded before that is kept only if the worker claims it in time, which is a race.
 */
async function openThroughServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Opens the first section of a new BEFORE assessment with its first item answered and saved. */
async function sectionWithSavedAnswers(page: Page, name: string, note: string) {
  await createProject(page, { name, mode: "borrowing" });
  await startStage(page, "Before: participation evaluation");
  await answerSection(page, { "B.CTX.1": "Not met" }, "Met", { "B.CTX.1": note });
  await waitForSave(page);
  return page.url();
}

const answer = (page: Page, id: string, label: string) => page.locator(`[data-criterion="${id}"]`).getByLabel(label, { exact: true });

test("a section opened before reloads offline with its saved answers; submitting waits for the connection", async ({ page, context }) => {
  const sectionUrl = await sectionWithSavedAnswers(page, "Wells in Savannakhet", "Road to the district cut in the rainy season");
  const checkUrl = sectionUrl.replace(/sections\/.*/, "check");
  await page.goto(checkUrl);
  await openThroughServiceWorker(page);
  await page.goto(sectionUrl);
  await expect(page.getByText(offlineBanner)).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before: participation evaluation");
  await expect(answer(page, "B.CTX.1", "Not met")).toBeChecked();
  await expect(answer(page, "B.CTX.1", "Notes")).toHaveValue("Road to the district cut in the rainy season");
  await expect(page.getByText(offlineBanner)).toBeVisible();

  await page.goto(checkUrl);
  const submit = page.getByRole("button", { name: "Submit assessment" });
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveAccessibleDescription("Submitting needs a connection.");
  await expect(page.getByText("Submitting needs a connection.")).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText(offlineBanner)).toHaveCount(0);
  await expect(submit).toBeEnabled();
  await expect(page.getByText("Submitting needs a connection.")).toHaveCount(0);
});

test.describe("on a shared device", () => {
  // Signing out ends the session on the server: this test signs in on its own.
  test.use(signedOut);

  test("signing out forgets the pages kept offline", async ({ page, context }) => {
    await signIn(page, "staff@demo.org");
    const note = "Guesthouse owner is the district chief's brother";
    const sectionUrl = await sectionWithSavedAnswers(page, "Clinics in Pakse", note);
    await openThroughServiceWorker(page);

    // Kept while signed in, so that what follows is about signing out and not about the cache.
    await context.setOffline(true);
    await page.reload();
    await expect(answer(page, "B.CTX.1", "Notes")).toHaveValue(note);
    await context.setOffline(false);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await context.setOffline(true);
    await page.goto(sectionUrl).catch(() => null);
    await expect(page.getByText("Clinics in Pakse")).toHaveCount(0);
    await expect(page.locator('[data-criterion="B.CTX.1"]')).toHaveCount(0);
  });
});

test("offline: three answers kept on the device survive an offline reload and reach a colleague once back online", async ({ page, context, browser }) => {
  const sectionUrl = await sectionWithSavedAnswers(page, "Clinics in Attapeu", "Checked with the district office");
  await openThroughServiceWorker(page);

  await context.setOffline(true);
  await answer(page, "B.CTX.1", "Partly met").check();
  await answer(page, "B.CTX.2", "Unknown").check();
  await answer(page, "B.CTX.3", "Not met").check();
  await expect(page.getByTestId("save-status")).toContainText("Saved on this device — will send when online (3 answers)");

  await page.reload();
  await expect(answer(page, "B.CTX.1", "Partly met")).toBeChecked();
  await expect(answer(page, "B.CTX.2", "Unknown")).toBeChecked();
  await expect(answer(page, "B.CTX.3", "Not met")).toBeChecked();
  await expect(answer(page, "B.CTX.1", "Notes")).toHaveValue("Checked with the district office");

  await context.setOffline(false);
  await waitForSave(page);
  const colleague = await (await browser.newContext({ storageState: "e2e/.auth/manager.json" })).newPage();
  await colleague.goto(sectionUrl);
  await expect(answer(colleague, "B.CTX.1", "Partly met")).toBeChecked();
  await expect(answer(colleague, "B.CTX.2", "Unknown")).toBeChecked();
  await expect(answer(colleague, "B.CTX.3", "Not met")).toBeChecked();
});

test("an answer saved after the page was kept offline is still shown after an offline reload", async ({ page, context }) => {
  await sectionWithSavedAnswers(page, "Schools in Phongsaly", "First note");
  await openThroughServiceWorker(page);
  // Saved online after the page was kept: the kept page is older than this answer.
  await answer(page, "B.CTX.2", "Not met").check();
  await waitForSave(page);
  await context.setOffline(true);
  await page.reload();
  await expect(answer(page, "B.CTX.2", "Not met")).toBeChecked();
});
