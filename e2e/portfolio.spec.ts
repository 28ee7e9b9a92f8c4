import type { Page } from "@playwright/test";
import { expect, test } from "./csp";
import { answerAllSections, as, createProject, startStage, submitFromCheckPage } from "./support";

const table = (page: Page) => page.getByTestId("portfolio-table");
const projectLink = (page: Page, name: string) => table(page).getByRole("link", { name });

async function applyFilters(page: Page, filters: Record<string, string>) {
  for (const [label, option] of Object.entries(filters)) await page.getByLabel(label, { exact: true }).selectOption({ label: option });
  // Submitted from the keyboard: the form is a plain GET form.
  await page.getByRole("button", { name: "Apply filters" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/portfolio\?/);
}

// FIXME(issue 12): the walk predates "drafts are not counted"; after the other browser tests it finds a
// different mix of submitted and draft projects. Rewrite it against its own projects only.
test.fixme("the portfolio filters by country and rating, groups by country and says each trend in words", async ({ page }) => {
  // A project of our own in a country no other test uses: all met, submitted → Low.
  await createProject(page, { name: "Herders' school in Darkhan", mode: "borrowing", country: "MN" });
  await startStage(page, "Before: participation evaluation");
  await answerAllSections(page, {});
  await submitFromCheckPage(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Portfolio" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();
  const total = Number((await page.getByTestId("result-count").textContent())!.match(/of (\d+) projects/)![1]);
  expect(total).toBeGreaterThanOrEqual(4);

  await applyFilters(page, { Country: "Mongolia" });
  await expect(page).toHaveURL(/country=MN/);
  await expect(page.getByTestId("result-count")).toHaveText(`Showing 1 of ${total} projects (filtered)`);
  const row = table(page).getByRole("row", { name: /Herders' school in Darkhan/ });
  await expect(row.getByTestId("rating")).toHaveText(["Low", "Low"]);
  await expect(row).toContainText("No partner");

  // The seeded Lao project counts its approved BEFORE and partner (Low); its DURING is a draft and
  // is not counted, so it is not High (as its draft alone would read) but Low, under Laos' Low.
  await applyFilters(page, { Country: "Lao People's Democratic Republic", "Overall rating": "High" });
  await expect(page.getByTestId("no-match")).toContainText("No projects match these filters.");
  await applyFilters(page, { Country: "Lao People's Democratic Republic", "Overall rating": "Low" });
  await expect(projectLink(page, "Village schools reading programme")).toBeVisible();
  await expect(projectLink(page, "Herders' school in Darkhan")).toHaveCount(0);
  await applyFilters(page, { Country: "All countries", "Overall rating": "High" });
  await expect(projectLink(page, "Flood recovery livelihoods")).toBeVisible();
  await expect(projectLink(page, "Herders' school in Darkhan")).toHaveCount(0);
  await expect(projectLink(page, "Village schools reading programme")).toHaveCount(0);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/portfolio$/);
  await expect(page.getByTestId("result-count")).toHaveText(`Showing ${total} of ${total} projects`);
  await expect(page.getByLabel("Overall rating", { exact: true })).toHaveValue("");

  // The country card counts Bangladesh's one project as High and opens the filtered view.
  const bangladesh = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Bangladesh" }) });
  await expect(bangladesh).toContainText("1 project");
  await bangladesh.getByRole("link", { name: "Bangladesh" }).click();
  await expect(page).toHaveURL(/\/portfolio\?country=BD$/);
  await expect(page.getByLabel("Country", { exact: true })).toHaveValue("BD");
  await expect(projectLink(page, "Flood recovery livelihoods")).toBeVisible();
  await expect(table(page).getByRole("link")).toHaveCount(1);

  // Flood recovery: BEFORE High, AFTER Low — improving, said in words; and each version's rating.
  const trend = page.getByTestId("trend-table").getByRole("row", { name: /Flood recovery livelihoods/ });
  await expect(trend.getByTestId("stage-trend")).toHaveText("Improving");
  // A trend needs two submitted versions: one is not a trend yet.
  await expect(trend).toContainText("Before: v1 High (50.1) — No trend yet");
  await page.goto("/portfolio?country=LA");
  // Its DURING is a draft: named beside the ratings, never counted in them or in the trend.
  const lao = page.getByTestId("trend-table").getByRole("row", { name: /Village schools reading programme/ });
  await expect(lao.getByTestId("stage-trend")).toHaveText("One stage rated so far");
  await expect(lao).toContainText("During Draft in progress");
  await expect(table(page).getByRole("row", { name: /Village schools reading programme/ }).getByTestId("drafts-beside")).toHaveText("+ 1 draft in progress");
});

test("unknown or malformed filters are ignored and show everything", async ({ page }) => {
  await page.goto("/portfolio");
  const all = await page.getByTestId("result-count").textContent();
  for (const query of ["country=XX&rating=Extreme", "mode=borrowing&mode=enterprise", "sector=%00", "country=1'%3B%20drop%20table%20project%3B%20--"]) {
    const response = await page.goto(`/portfolio?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByTestId("result-count")).toHaveText(all!);
    await expect(page.locator("body")).not.toContainText(/stack|postgres|sql/i);
  }
});

test.describe("an outside evaluator", () => {
  test.use(as("evaluator"));
  test("sees only the project given to them", async ({ page }) => {
    await page.goto("/portfolio");
    await expect(page.getByTestId("result-count")).toHaveText("Showing 1 of 1 project");
    await expect(projectLink(page, "Village schools reading programme")).toBeVisible();
    await expect(page.locator("main")).not.toContainText("Flood recovery");
  });
});

test.describe("another organisation", () => {
  test.use(as("harbour"));
  test("sees only its own projects", async ({ page }) => {
    await page.goto("/portfolio?country=LA");
    await expect(page.getByTestId("no-match")).toBeVisible();
    await page.goto("/portfolio");
    await expect(projectLink(page, "Cyclone shelters in Sittwe")).toBeVisible();
    await expect(page.locator("main")).not.toContainText("Village schools");
  });
});
