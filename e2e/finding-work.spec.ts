import type { Browser } from "@playwright/test";
import { expect, test } from "./csp";
import { as, createProject } from "./support";

const pageAs = async (browser: Browser, role: Parameters<typeof as>[0]) => (await browser.newContext(as(role))).newPage();

// One more than a page of the projects list (25), so the search's result has two pages.
const COUNT = 26;
const nameOf = (i: number) => `Solar kiosks ${String(i).padStart(2, "0")}`;

test("staff search the projects list and page through it; a manager filters the audit log", async ({ page, browser }) => {
  test.setTimeout(240_000);
  for (let i = 1; i <= COUNT; i++) await createProject(page, { name: nameOf(i), mode: "enterprise", country: "KE" });

  // A plain GET form: the search lands in the URL, so a reload or a shared link shows the same list.
  await page.goto("/projects");
  await page.getByLabel("Search").fill("solar KIOSKS");
  await page.getByLabel("Sort by").selectOption("name");
  await page.getByRole("button", { name: "Show projects" }).click();
  await expect(page).toHaveURL(/[?&]q=solar\+KIOSKS/);
  await expect(page.getByRole("status").filter({ hasText: "projects" })).toHaveText(`${COUNT} projects`);
  const pages = page.getByRole("navigation", { name: "Pages of the projects list" });
  await expect(pages).toContainText("Page 1 of 2");
  const rows = page.getByTestId("project-list").locator("tbody tr");
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toContainText(nameOf(1));

  // The next page by keyboard, and it survives a reload.
  await pages.getByRole("link", { name: "Page 2" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]page=2/);
  await page.reload();
  await expect(pages).toContainText("Page 2 of 2");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(nameOf(COUNT));

  // The host country by its Chinese name finds them too; a bad sort in the URL is the default, not an error.
  await page.goto(`/projects?q=${encodeURIComponent("肯尼亚")}&sort=nonsense`);
  await expect(page.getByRole("status").filter({ hasText: "projects" })).toHaveText(`${COUNT} projects`);

  // The manager narrows the log to one project's creation: its fields in words, no JSON.
  const manager = await pageAs(browser, "manager");
  await manager.goto("/audit");
  await manager.getByLabel("What").selectOption({ label: "Created the project" });
  await manager.getByLabel("Project").selectOption({ label: nameOf(3) });
  await manager.getByRole("button", { name: "Show entries" }).click();
  await expect(manager).toHaveURL(/[?&]action=project\.create/);
  await expect(manager.getByRole("status").filter({ hasText: "entry" })).toHaveText("1 entry");
  const log = manager.getByTestId("audit-log");
  await expect(log).toContainText(`Name: “${nameOf(3)}”`);
  await expect(log).toContainText("Host country: Kenya");
  await expect(log).not.toContainText("{");
  const csv = await manager.getByRole("link", { name: "Download these entries (CSV)" }).getAttribute("href");
  expect(csv).toMatch(/^\/audit\/export\?.*action=project\.create/);
  const response = await manager.request.get(csv!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(nameOf(3));
});
