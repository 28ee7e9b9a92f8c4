import { expect, test } from "./csp";
import { as, DEMO_PASSWORD, signedOut, signIn } from "./support";

test.describe("staff", () => {
  test.use(as("staff"));
  test("cannot open the audit log or the members page (403)", async ({ page }) => {
    for (const path of ["/audit", "/settings/members"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    }
  });
});

test.describe("evaluator", () => {
  test.use(as("evaluator"));
  test("sees only the project given to them, and adds a third-party assessment", async ({ page }) => {
    await page.goto("/projects");
    await expect(page.getByRole("link", { name: "Village schools reading programme" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Flood recovery livelihoods" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New project" })).toHaveCount(0);
    await page.getByRole("link", { name: "Village schools reading programme" }).click();
    await expect(page.getByRole("button", { name: "Start" })).toHaveCount(0);
    await page.getByRole("link", { name: "Report", exact: true }).first().click();
    await page.getByLabel("Your rating").selectOption("Moderate");
    await page.getByLabel("Your findings").fill("Visited 6 schools; reading corners in use, teacher turnover is the main risk.");
    await page.getByRole("button", { name: "Add third-party assessment" }).click();
    await expect(page.getByTestId("review-notes")).toContainText("Third-party assessment · Eva Evaluator (evaluator)");
  });
});

test("an evaluator opening a project not given to them gets a 404 and sees none of it", async ({ browser }) => {
  const staff = await (await browser.newContext(as("staff"))).newPage();
  await staff.goto(`/projects?q=${encodeURIComponent("Flood recovery livelihoods")}`);
  await staff.getByRole("link", { name: "Flood recovery livelihoods" }).click();
  await staff.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  const projectUrl = new URL(staff.url()).pathname;
  const reportHref = await staff.getByRole("link", { name: "Report", exact: true }).first().getAttribute("href");

  const evaluator = await (await browser.newContext(as("evaluator"))).newPage();
  for (const url of [projectUrl, `${projectUrl}/report`, reportHref!]) {
    const response = await evaluator.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(evaluator.locator("main")).not.toContainText("Flood recovery");
  }
});

test("an admin invites by link, the invitee joins, and removing them ends their access at once", async ({ browser }) => {
  const admin = await (await browser.newContext(as("admin"))).newPage();
  await admin.goto("/settings/members");
  await admin.getByLabel("Email").fill("new.officer@example.org");
  await admin.getByLabel("Role", { exact: true }).selectOption("staff");
  await admin.getByRole("button", { name: "Create invitation link" }).click();
  const link = await admin.getByLabel("Invitation link").inputValue();

  const invitee = await (await browser.newContext(signedOut)).newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Join Bridges for Learning (demo)" })).toBeVisible();
  await invitee.getByRole("link", { name: "Create an account" }).click();
  await invitee.getByLabel("Your name").fill("Noor Officer");
  await invitee.getByLabel("Email").fill("new.officer@example.org");
  await invitee.getByLabel("Password").fill(DEMO_PASSWORD);
  await invitee.getByRole("button", { name: "Create account" }).click();
  await invitee.getByRole("button", { name: "Join Bridges for Learning (demo)" }).click();
  await expect(invitee.getByRole("heading", { level: 1, name: "Bridges for Learning (demo)" })).toBeVisible();

  await admin.reload();
  admin.once("dialog", (dialog) => dialog.accept());
  await admin.getByRole("button", { name: "Remove Noor Officer" }).click();
  await expect(admin.getByRole("row", { name: /Noor Officer/ })).toHaveCount(0);
  await invitee.goto("/projects");
  await expect(invitee).toHaveURL(/\/(sign-in|organizations\/new)/);
});

test("a new user signs up, creates an organisation and starts with an empty one", async ({ browser }) => {
  const page = await (await browser.newContext(signedOut)).newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Ines Founder");
  await page.getByLabel("Email").fill("ines@example.org");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();
  await page.getByLabel("Password").fill("password1234");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is one of the most common ones.", { exact: false })).toBeVisible();
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByLabel("Organisation name").fill("Mekong Learning Trust");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mekong Learning Trust" })).toBeVisible();
  await expect(page.getByText("No projects yet.")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, "ines@example.org");
  await expect(page.getByText("Ines Founder · Admin")).toBeVisible();
});
