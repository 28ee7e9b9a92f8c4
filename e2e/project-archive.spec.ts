import { createHash } from "node:crypto";
import fs from "node:fs";
import { unzipSync } from "fflate";
import type { Page } from "@playwright/test";
import { expect, test } from "./csp";
import { DEMO_PASSWORD, signedOut } from "./support";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The project report's ratings and the stages table, as a reader sees them. */
async function reportNumbers(page: Page) {
  await page.getByRole("link", { name: "Project report" }).first().click();
  await expect(page.getByTestId("rating").first()).toBeVisible();
  return { ratings: await page.getByTestId("rating").allInnerTexts(), stages: await page.locator('[data-block="stages"] tbody').innerText() };
}

async function downloadedBytes(page: Page, click: () => Promise<void>) {
  const download = page.waitForEvent("download");
  await click();
  return fs.readFileSync(await (await download).path());
}

test("a project archive moves a project with its files to a fresh organisation: same checksums, same report numbers", async ({ page, browser }) => {
  await page.goto(`/projects?q=${encodeURIComponent("Flood recovery livelihoods")}`);
  await page.getByRole("link", { name: "Flood recovery livelihoods" }).click();
  const projectUrl = page.url();
  const zip = await downloadedBytes(page, () => page.getByRole("link", { name: "project archive" }).click());
  const entries = unzipSync(zip);
  const exported = JSON.parse(new TextDecoder().decode(entries["project.json"])) as { formatVersion: number; assessments: Array<{ files: Array<{ name: string; sha256: string }> }> };
  expect(exported.formatVersion).toBe(2);
  const named = exported.assessments.flatMap((a) => a.files);
  expect(named.map((f) => f.name)).toEqual(["legal-review-memo.pdf"]);
  const inZip = entries[`files/${named[0]!.sha256}/legal-review-memo.pdf`]!;
  expect(sha256(inZip)).toBe(named[0]!.sha256);
  const original = await reportNumbers(page);

  // Someone new, in an organisation of their own.
  const mover = await (await browser.newContext(signedOut)).newPage();
  await mover.goto("/sign-up");
  await mover.getByLabel("Your name").fill("Mo Mover");
  await mover.getByLabel("Email").fill("mover@example.org");
  await mover.getByLabel("Password").fill(DEMO_PASSWORD);
  await mover.getByRole("button", { name: "Create account" }).click();
  await mover.getByLabel("Organisation name").fill("New Server NGO");
  await mover.getByRole("button", { name: "Create organisation" }).click();
  await expect(mover.getByRole("heading", { level: 1, name: "New Server NGO" })).toBeVisible();

  await mover.goto("/projects/import");
  await mover.getByLabel("Export file or project archive").setInputFiles({ name: "flood-archive.zip", mimeType: "application/zip", buffer: zip });
  await mover.getByRole("button", { name: "Import as a new project" }).click();
  await expect(mover.getByRole("heading", { level: 1, name: "Flood recovery livelihoods" })).toBeVisible();
  expect(mover.url()).not.toBe(projectUrl);
  expect(await reportNumbers(mover)).toEqual(original);

  await mover.goBack();
  const before = mover.locator("section", { has: mover.getByRole("heading", { name: "Before: participation evaluation" }) });
  await before.getByRole("link", { name: "Report" }).click();
  const row = mover.getByRole("row", { name: /^B\.LAW\.1 / });
  const bytes = await downloadedBytes(mover, () => row.getByRole("link", { name: "legal-review-memo.pdf" }).click());
  expect(sha256(bytes)).toBe(named[0]!.sha256);
});
