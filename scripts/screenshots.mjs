// Takes screenshots of the main pages for a visual check: node scripts/screenshots.mjs [baseUrl]
import fs from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const out = "screenshots";
fs.mkdirSync(out, { recursive: true });
const executablePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const shot = async (name, url, action) => {
  await page.goto(base + url);
  if (action) await action();
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  console.log("shot", name, page.url());
};
const signIn = async (p, email) => {
  await p.goto(base + "/sign-in");
  await p.getByLabel("Email").fill(email);
  await p.getByLabel("Password").fill("demo-password-2026");
  await p.getByRole("button", { name: "Sign in" }).click();
  await p.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
};
await page.goto(base + "/sign-in");
await page.screenshot({ path: `${out}/sign-in.png`, fullPage: true });
await signIn(page, "manager@demo.org");
await shot("home", "/");
await shot("projects", "/projects");
const first = await page.locator("table a").first().getAttribute("href");
await shot("project", first);
const reportLink = page.getByRole("link", { name: "Report", exact: true }).first();
await page.goto(base + first);
await reportLink.click();
await page.waitForURL(/report/);
await page.screenshot({ path: `${out}/assessment-report.png`, fullPage: true });
await page.emulateMedia({ media: "print" });
await page.screenshot({ path: `${out}/assessment-report-print.png`, fullPage: true });
await page.pdf({ path: `${out}/assessment-report.pdf`, format: "A4" }).catch((e) => console.log("pdf", e.message));
await page.emulateMedia({ media: "screen" });
await shot("project-report", `${first}/report`);
await shot("portfolio", "/portfolio");
await shot("import", "/projects/import");
// The server-rendered PDFs, for pdftoppm.
for (const [name, url] of [["project-report-download.pdf", `${first}/pdf`]]) {
  const response = await page.request.get(base + url);
  fs.writeFileSync(`${out}/${name}`, await response.body());
}
await shot("new-project", "/projects/new", async () => {
  await page.getByRole("button", { name: "Create project" }).click();
});
await browser.close().catch(() => {});

// The form: a draft BEFORE checklist, a validation error, and the check-your-answers page.
const page2 = await (await chromium.launch({ executablePath, args: ["--no-sandbox"] })).newPage({ viewport: { width: 1280, height: 900 } });
await signIn(page2, "staff@demo.org");
await page2.goto(base + "/projects");
await page2.getByRole("link", { name: "Clean water for rural health posts" }).click();
await page2.getByRole("link", { name: "Continue" }).first().click();
await page2.waitForURL(/sections/);
await page2.screenshot({ path: `${out}/section.png`, fullPage: true });
await page2.getByRole("link", { name: /Need and strategic fit/ }).click();
await page2.waitForURL(/need-and-strategy/);
await page2.getByRole("button", { name: /Save and continue/ }).click();
await page2.waitForTimeout(500);
await page2.screenshot({ path: `${out}/section-error.png`, fullPage: true });
await page2.goto(page2.url().replace(/sections\/.*/, "check"));
await page2.screenshot({ path: `${out}/check.png`, fullPage: true });
process.exit(0);
