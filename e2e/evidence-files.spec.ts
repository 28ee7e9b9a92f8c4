import fs from "node:fs";
import { expect, test } from "./csp";
import { SAMPLE_PDF, WINDOWS_PROGRAM } from "../lib/evidence/testing/sample-files";
import { as } from "./support";

const pdf = Buffer.from(SAMPLE_PDF);
const windowsProgram = Buffer.from(WINDOWS_PROGRAM);


test("a registration certificate attached to P.LEGAL.1 survives a reload and downloads byte for byte; a program called .pdf is refused; another organisation gets 404", async ({ page, browser }) => {
  // A new project with a partner, whose due diligence asks about its registration (P.LEGAL.1).
  await page.goto("/projects/new");
  await page.getByLabel("Project name").fill("Evidence walk");
  await page.getByLabel("Host country").selectOption("LA");
  await page.getByLabel("Sector").selectOption("Education");
  await page.getByLabel("Participation mode").selectOption("territorial");
  await page.getByLabel("Budget").fill("10000");
  await page.getByLabel("Start date").fill("2027-01-01");
  await page.getByLabel("End date").fill("2027-12-31");
  await page.getByRole("button", { name: "Add a partner" }).click();
  await page.getByLabel("Partner 1 name").fill("Vientiane Literacy Group");
  await page.getByLabel("Country", { exact: true }).selectOption("LA");
  await page.getByRole("button", { name: "Create project" }).click();
  const partnerCard = page.locator("section", { has: page.getByRole("heading", { name: "Partner due diligence: Vientiane Literacy Group" }) });
  await partnerCard.getByRole("button", { name: "Start" }).click();
  await page.waitForURL(/\/sections\/legal-standing/);

  const item = page.locator('[data-criterion="P.LEGAL.1"]');
  await item.getByLabel("Attach files").setInputFiles({ name: "registration certificate.pdf", mimeType: "application/pdf", buffer: pdf });
  await expect(item.getByRole("link", { name: "registration certificate.pdf" })).toBeVisible();

  await item.getByLabel("Attach files").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: windowsProgram });
  await expect(item.getByRole("alert")).toContainText("scan.pdf was not attached: This file is not a PDF, picture, Word, Excel, OpenDocument or plain-text file");

  await page.reload();
  const link = item.getByRole("link", { name: "registration certificate.pdf" });
  await expect(link).toBeVisible();
  await expect(item.getByRole("link", { name: "scan.pdf" })).toHaveCount(0);
  await expect(item).toContainText(/KB · .* · Sofia Staff/);
  const download = page.waitForEvent("download");
  await link.click();
  const file = await (await download).path();
  expect(fs.readFileSync(file).equals(pdf)).toBe(true);

  const href = (await link.getAttribute("href"))!;
  const stranger = await (await browser.newContext(as("harbour"))).newPage();
  expect((await stranger.request.get(href)).status()).toBe(404);
});

test("a file is removed from a draft only after saying yes", async ({ page }) => {
  await page.goto(`/projects?q=${encodeURIComponent("Village schools reading programme")}`);
  await page.getByRole("link", { name: "Village schools reading programme" }).click();
  await page.getByRole("link", { name: "Continue" }).first().click();
  await page.waitForURL(/\/sections\//);
  const item = page.locator("[data-criterion]").first();
  await item.getByLabel("Attach files").setInputFiles({ name: "monitoring visit.pdf", mimeType: "application/pdf", buffer: pdf });
  const link = item.getByRole("link", { name: "monitoring visit.pdf" });
  await expect(link).toBeVisible();

  page.once("dialog", (dialog) => void dialog.dismiss());
  await item.getByRole("button", { name: "Remove monitoring visit.pdf" }).click();
  await expect(link).toBeVisible();

  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Remove “monitoring visit.pdf” from this item?");
    void dialog.accept();
  });
  await item.getByRole("button", { name: "Remove monitoring visit.pdf" }).click();
  await expect(link).toHaveCount(0);
  await page.reload();
  await expect(item.getByRole("link", { name: "monitoring visit.pdf" })).toHaveCount(0);
});

test("a submitted version's file is kept as it was: listed and downloadable, with nothing to remove it", async ({ page }) => {
  await page.goto(`/projects?q=${encodeURIComponent("Flood recovery livelihoods")}`);
  await page.getByRole("link", { name: "Flood recovery livelihoods" }).click();
  const before = page.locator("section", { has: page.getByRole("heading", { name: "Before: participation evaluation" }) });
  await expect(before).toContainText("Submitted");
  await before.getByRole("link", { name: "Report" }).click();
  const row = page.getByRole("row", { name: /^B\.LAW\.1 / });
  await expect(row).toContainText("Files: legal-review-memo.pdf (1 KB");
  const download = page.waitForEvent("download");
  await row.getByRole("link", { name: "legal-review-memo.pdf" }).click();
  expect(fs.readFileSync(await (await download).path()).subarray(0, 5).toString()).toBe("%PDF-");
  await expect(page.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  // The form is closed once submitted: its address leads back to the report.
  await page.goto(page.url().replace(/report$/, "sections/legal-route"));
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByLabel("Attach files")).toHaveCount(0);
});
