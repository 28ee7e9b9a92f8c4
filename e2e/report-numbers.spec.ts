import { expect, test } from "./csp";
import { answerAllSections, createProject, startStage, submitFromCheckPage } from "./support";

/*
 * Hand computation for a "borrowing a boat" project (21 BEFORE items, checklist version 1).
 * Everything met except:
 *   B.FUND.1 not met (weight 3), B.FUND.2 partly met (weight 2) → Funding = 100 × (3×1 + 2×0.5 + 2×0) ÷ 7 = 57.1
 *   B.SAFE.1 unknown (weight 3)                                  → Safeguards = 100 × (3×1 + 4×2×0) ÷ 11 = 27.3
 *   B.COMM.1 not applicable                                      → left out; Public statements = 0 ÷ 2 = 0
 * Section weights: context 3, need 2, legal 3, funding 3, people 2, safeguards 2, communication 2, mode 2 (sum 19).
 * Checklist = (3×57.142857 + 2×27.272727) ÷ 19 = 225.974 ÷ 19 = 11.9 → Low (no critical item is not met or unknown).
 */
test("the report's numbers match a hand computation", async ({ page }) => {
  await createProject(page, { name: "Teacher training in Savannakhet", mode: "borrowing" });
  await startStage(page, "Before: participation evaluation");
  await answerAllSections(
    page,
    { "B.FUND.1": "Not met", "B.FUND.2": "Partly met", "B.SAFE.1": "Unknown", "B.COMM.1": "Not applicable" },
    { "B.COMM.1": "The project makes no public statements" },
  );
  await submitFromCheckPage(page);

  await expect(page.getByTestId("score")).toHaveText("11.9");
  await expect(page.getByTestId("rating").first()).toHaveText("Low");
  await expect(page.getByRole("heading", { name: /Funding and money transfers · 57\.1/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Safeguards and quality · 27\.3/ })).toBeVisible();
  await expect(page.getByTestId("gaps")).toContainText("B.SAFE.1");
  await expect(page.getByTestId("gaps")).not.toContainText("B.FUND.1");
  await expect(page.getByTestId("method")).toContainText("100 × (3×1 + 2×0.5 + 2×0) ÷ 7 = 57.1");
  await expect(page.getByTestId("method")).toContainText("= 11.9");
  await expect(page.getByRole("row", { name: /B\.COMM\.1/ })).toContainText("left out");

  // The project report takes the worst of its stages: only BEFORE is rated, so it is Low too.
  await page.getByRole("link", { name: "Teacher training in Savannakhet" }).click();
  await page.getByRole("link", { name: "Project report" }).click();
  await expect(page.getByTestId("rating").first()).toHaveText("Low");
});
