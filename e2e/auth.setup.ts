import { expect, test as setup } from "@playwright/test";
import { signIn } from "./support";

/** Signs each demo user in once and keeps their cookies for the tests that act as them. */
const users = [
  ["staff", "staff@demo.org"],
  ["manager", "manager@demo.org"],
  ["admin", "admin@demo.org"],
  ["evaluator", "evaluator@demo.org"],
  ["harbour", "harbour@demo.org"],
] as const;

for (const [role, email] of users) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, email);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.context().storageState({ path: `e2e/.auth/${role}.json` });
  });
}
