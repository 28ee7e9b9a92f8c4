import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./csp";
import zh from "../lib/i18n/messages/zh-CN.json";
import { pdfPageTexts } from "../lib/pdf/testing/pdf-text";
import { DEMO_PASSWORD, signedOut } from "./support";

/**
 * The whole walk as a Chinese project officer makes it, with a browser that asks for Chinese
 * (Accept-Language: zh-CN) and no saved choice: every label the test reaches for is the Chinese
 * one from the messages file, so an English word left on the way fails it.
 */
test.use({ ...signedOut, locale: "zh-CN" });

async function answerEverything(page: Page, answers: Record<string, string>) {
  while (/\/sections\//.test(page.url())) {
    const ids = await page.locator("[data-criterion]").evaluateAll((els) => els.map((el) => el.getAttribute("data-criterion")!));
    for (const id of ids) {
      await page.locator(`[data-criterion="${id}"]`).getByLabel(answers[id] ?? zh.answers.met, { exact: true }).check();
    }
    const before = page.url();
    await page.getByRole("button", { name: new RegExp(`${zh.section.saveAndContinue}|${zh.section.saveAndCheck}`) }).click();
    await page.waitForURL((url) => url.toString() !== before);
  }
}

test("a Chinese project officer signs in, fills a BEFORE checklist, submits and reads the report and its PDF in Chinese", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh.auth.signIn.title);
  await page.getByLabel(zh.auth.signIn.email).fill("staff@demo.org");
  await page.getByLabel(zh.auth.signIn.password).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: zh.auth.signIn.submit, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await expect(page.getByRole("navigation", { name: zh.header.mainNav })).toContainText(zh.header.projects);

  const name = "湄公河沿岸社区卫生项目";
  await page.goto("/projects/new");
  await page.getByLabel(zh.projectForm.name).fill(name);
  await page.getByLabel(zh.projectForm.hostCountry).selectOption({ label: "老挝" });
  await page.getByLabel(zh.projectForm.sector).selectOption({ label: zh.sectors.health });
  await page.getByLabel(zh.projectForm.participationMode).selectOption("borrowing");
  await page.getByLabel(zh.projectForm.budget).fill("50000");
  await page.getByLabel(zh.projectForm.startDate).fill("2027-01-01");
  await page.getByLabel(zh.projectForm.endDate).fill("2027-12-31");
  await page.getByRole("button", { name: zh.projectForm.create }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.locator("main")).toContainText("老挝");

  const before = page.locator("section", { has: page.getByRole("heading", { name: zh.checklists.before }) });
  await before.getByRole("button", { name: zh.projects.start }).click();
  await page.waitForURL(/\/sections\//);
  // The checklist speaks Chinese too (version 2), and so does a validation error.
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("第1部分");
  // Opened as the check page's list of unfinished sections opens it: what submitting needs, in Chinese.
  await page.goto(`${page.url()}?unfinished=1`);
  const summary = page.getByRole("alert").filter({ hasText: new RegExp(`${zh.validation.section.chooseAnswer}|${zh.validation.section.chooseOneAnswer}`) });
  await expect(summary).toBeVisible();
  await expect(summary).not.toContainText("Choose");

  await answerEverything(page, { "B.LAW.1": zh.answers.not_met });
  await expect(page.getByRole("heading", { level: 1, name: zh.check.title })).toBeVisible();
  await page.getByRole("button", { name: zh.submit.submit }).click();
  await page.getByRole("dialog").getByRole("button", { name: zh.submit.yes }).click();
  await page.waitForURL(/\/report$/);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh.checklists.before);
  await expect(page.getByTestId("rating").first()).toHaveText(zh.ratings.High);
  await expect(page.getByTestId("red-flags")).toContainText("B.LAW.1");
  await expect(page.getByTestId("red-flags")).toContainText(zh.answers.not_met);

  // The Chinese PDF from the report page: its headings, rating and red flag read back in Chinese.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("group", { name: zh.pdf.downloadLabel.replace(/[：:]$/, "") }).getByRole("link", { name: "中文" }).click(),
  ]);
  const pages = await pdfPageTexts(new Uint8Array(fs.readFileSync(await download.path())));
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${name}-${zh.checklists.before}-第1版-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  expect(pages[0]).toContain(name);
  expect(pages[0]).toMatch(new RegExp(`评级\\s*${zh.ratings.High}`));
  const text = pages.join("\n");
  expect(text).toContain("红色警示");
  expect(text).toContain("B.LAW.1");
  expect(text).not.toMatch(/\bRed flag\b|\bRating\b|\bPage \d+ of\b/);
});

test("the language a person chose follows them whatever the browser says, and the switcher changes it for good", async ({ browser, baseURL }) => {
  const english = await browser.newContext({ locale: "en-GB", baseURL });
  const p = await english.newPage();
  await p.goto("/sign-in");
  await expect(p.locator("html")).toHaveAttribute("lang", "en");
  // 李娜 chose Chinese on her account: the app opens in Chinese for her in an English browser.
  await p.getByLabel("Email").fill("lina@demo.org");
  await p.getByLabel("Password").fill(DEMO_PASSWORD);
  await p.getByRole("button", { name: "Sign in", exact: true }).click();
  await p.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await expect(p.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(p.getByRole("navigation", { name: zh.header.mainNav })).toContainText(zh.header.projects);

  // She switches to English on the projects page: she stays there, and it is English from now on.
  await p.goto("/projects");
  await p.getByRole("form", { name: zh.language.label }).getByRole("button", { name: "English" }).click();
  await expect(p).toHaveURL(/\/projects$/);
  await expect(p.locator("html")).toHaveAttribute("lang", "en");
  await expect(p.getByRole("heading", { level: 1 })).toHaveText("Projects");
  // Saved to her account: a new browser that asks for Chinese still shows her English.
  const other = await browser.newContext({ locale: "zh-CN", baseURL });
  const q = await other.newPage();
  await q.goto("/sign-in");
  await q.getByLabel(zh.auth.signIn.email).fill("lina@demo.org");
  await q.getByLabel(zh.auth.signIn.password).fill(DEMO_PASSWORD);
  await q.getByRole("button", { name: zh.auth.signIn.submit, exact: true }).click();
  await q.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await expect(q.locator("html")).toHaveAttribute("lang", "en");
  // Put her choice back, so the demo user stays as the README describes her.
  await q.getByRole("form", { name: "Language" }).getByRole("button", { name: "中文" }).click();
  await expect(q.locator("html")).toHaveAttribute("lang", "zh-CN");
  await english.close();
  await other.close();
});
