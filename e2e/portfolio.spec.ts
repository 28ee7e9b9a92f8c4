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

// The walk uses projects of its own in Mongolia, which no other test uses, so what other tests
// submit or leave as drafts elsewhere cannot change what it sees.
test("the portfolio counts submitted ratings only, filters by country and rating, and groups by country", async ({ page }) => {
  // One project submitted with every criterion met (Low); one with only a draft just started,
  // whose provisional band would read High if drafts were counted.
  await createProject(page, { name: "Herders' school in Darkhan", mode: "borrowing", country: "MN" });
  await startStage(page, "Before: participation evaluation");
  await answerAllSections(page, {});
  await submitFromCheckPage(page);
  await createProject(page, { name: "Steppe clinic outreach", mode: "borrowing", country: "MN" });
  await startStage(page, "Before: participation evaluation");

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Portfolio" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();
  const total = Number((await page.getByTestId("result-count").textContent())!.match(/of (\d+) projects/)![1]);
  expect(total).toBeGreaterThanOrEqual(5);

  await applyFilters(page, { Country: "Mongolia" });
  await expect(page).toHaveURL(/country=MN/);
  await expect(page.getByTestId("result-count")).toHaveText(`Showing 2 of ${total} projects (filtered)`);
  const submitted = table(page).getByRole("row", { name: /Herders' school in Darkhan/ });
  await expect(submitted.getByTestId("rating")).toHaveText(["Low", "Low"]);
  await expect(submitted).toContainText("No partner");
  const draftOnly = table(page).getByRole("row", { name: /Steppe clinic outreach/ });
  await expect(draftOnly).toContainText("Draft in progress");
  await expect(draftOnly.getByTestId("drafts-beside")).toHaveText("+ 1 draft in progress");
  await expect(draftOnly).not.toContainText("High");

  // The draft is not High: filtering Mongolia by High finds nothing, by Low the submitted one only.
  await applyFilters(page, { Country: "Mongolia", "Overall rating": "High" });
  await expect(page.getByTestId("no-match")).toContainText("No projects match these filters.");
  await applyFilters(page, { Country: "Mongolia", "Overall rating": "Low" });
  await expect(projectLink(page, "Herders' school in Darkhan")).toBeVisible();
  await expect(projectLink(page, "Steppe clinic outreach")).toHaveCount(0);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/portfolio$/);
  await expect(page.getByTestId("result-count")).toHaveText(`Showing ${total} of ${total} projects`);
  await expect(page.getByLabel("Overall rating", { exact: true })).toHaveValue("");

  // The country card counts both Mongolian projects and opens the filtered view.
  const mongolia = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Mongolia" }) });
  await expect(mongolia).toContainText("2 projects");
  await mongolia.getByRole("link", { name: "Mongolia" }).click();
  await expect(page).toHaveURL(/\/portfolio\?country=MN$/);
  await expect(page.getByLabel("Country", { exact: true })).toHaveValue("MN");
  await expect(table(page).getByRole("link")).toHaveCount(2);

  // Trends: one submitted version is not a trend yet; a draft is named, never counted.
  const trends = page.getByTestId("trend-table");
  const herders = trends.getByRole("row", { name: /Herders' school in Darkhan/ });
  await expect(herders.getByTestId("stage-trend")).toHaveText("One stage rated so far");
  await expect(herders).toContainText("Before: v1 Low");
  await expect(herders).toContainText("No trend yet");
  const steppe = trends.getByRole("row", { name: /Steppe clinic outreach/ });
  await expect(steppe).toContainText("Before Draft in progress");
  await expect(steppe).not.toContainText("High");
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
