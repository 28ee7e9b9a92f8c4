import { expect, type Page } from "@playwright/test";

export type Answer = "Met" | "Partly met" | "Not met" | "Unknown" | "Not applicable";

export async function createProject(page: Page, p: { name: string; mode: string; country?: string; sector?: string }) {
  await page.goto("/projects/new");
  await page.getByLabel("Project name").fill(p.name);
  await page.getByLabel("Host country").selectOption(p.country ?? "LA");
  await page.getByLabel("Sector").selectOption(p.sector ?? "Education");
  await page.getByLabel("Participation mode").selectOption(p.mode);
  await page.getByLabel("Budget").fill("50000");
  await page.getByLabel("Start date").fill("2027-01-01");
  await page.getByLabel("End date").fill("2027-12-31");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { level: 1, name: p.name })).toBeVisible();
}

export async function startStage(page: Page, stage: string) {
  const card = page.locator("section", { has: page.getByRole("heading", { name: stage }) });
  await card.getByRole("button", { name: "Start" }).click();
  await page.waitForURL(/\/sections\//);
}

/** Answers every item shown on the current section page; items not listed get `rest`. */
export async function answerSection(page: Page, answers: Record<string, Answer>, rest: Answer = "Met", notes: Record<string, string> = {}) {
  const cards = page.locator("[data-criterion]");
  const ids = await cards.evaluateAll((els) => els.map((el) => el.getAttribute("data-criterion")!));
  for (const id of ids) {
    const card = page.locator(`[data-criterion="${id}"]`);
    await card.getByLabel(answers[id] ?? rest, { exact: true }).check();
    if (notes[id]) await card.getByLabel("Notes").fill(notes[id]);
  }
  return ids;
}

export async function waitForSave(page: Page) {
  await expect(page.getByTestId("save-status")).toContainText("All changes saved");
}

export async function continueToNext(page: Page) {
  const before = page.url();
  await page.getByRole("button", { name: /Save and (continue|check your answers)/ }).click();
  await page.waitForURL((url) => url.toString() !== before);
}

/** Walks every remaining section of a checklist, answering as told, up to the check page. */
export async function answerAllSections(page: Page, answers: Record<string, Answer>, notes: Record<string, string> = {}) {
  while (/\/sections\//.test(page.url())) {
    await answerSection(page, answers, "Met", notes);
    await continueToNext(page);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
}

export async function submitFromCheckPage(page: Page) {
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, submit" }).click();
  await page.waitForURL(/\/report$/);
}

export const DEMO_PASSWORD = "demo-password-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

export const as = (role: "staff" | "manager" | "admin" | "evaluator" | "harbour") => ({ storageState: `e2e/.auth/${role}.json` });

/** A browser context with nobody signed in (the tests' default is the staff member). */
export const signedOut = { storageState: { cookies: [], origins: [] } };
