import { expect, test } from "./csp";
import { pageRoutes } from "./routes";

const dynamicRoutes = pageRoutes().filter((r) => r.includes("["));
const badIds = ["not-a-uuid", "00000000-0000-4000-8000-000000000000", "1'; drop table project; --", "%00"];

test("the route list is read from the code", () => {
  expect(dynamicRoutes).toContain("/projects/[projectId]/report");
  expect(dynamicRoutes).toContain("/assessments/[assessmentId]/sections/[sectionId]");
});

for (const route of dynamicRoutes) {
  test(`${route} answers 404 with a clear page for ids that name nothing`, async ({ page }) => {
    for (const id of badIds) {
      const url = route.replace(/\[[^\]]+\]/g, encodeURIComponent(id));
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
      await expect(page.locator("body")).not.toContainText(/at .*\.js|stack|postgres|sql/i);
    }
  });
}

test("an existing assessment with an unknown section is a 404", async ({ page }) => {
  await page.goto(`/projects?q=${encodeURIComponent("Village schools reading programme")}`);
  await page.getByRole("link", { name: "Village schools reading programme" }).click();
  await page.getByRole("link", { name: "Continue" }).first().click();
  await page.waitForURL(/\/sections\//);
  const response = await page.goto(page.url().replace(/sections\/.*/, "sections/no-such-section"));
  expect(response?.status()).toBe(404);
});
