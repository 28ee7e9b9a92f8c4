// Screenshots of the main pages in both languages, desktop and phone, for a visual check:
//   node scripts/screenshots.mjs [baseUrl]   → screenshots/<lang>-<width>-<page>.png and the PDFs
// Navigation goes by URLs and hrefs, not by link text, so it works in either language.
import fs from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const out = "screenshots";
fs.mkdirSync(out, { recursive: true });
const executablePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });

async function signedIn(locale, width, email) {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 }, isMobile: width < 500 });
  const response = await context.request.post(`${base}/api/auth/sign-in/email`, {
    data: { email, password: "demo-password-2026" },
    headers: { origin: base },
  });
  if (!response.ok()) throw new Error(`sign-in ${email}: ${response.status()}`);
  return context;
}

const only = process.env.ONLY;
for (const locale of ["zh-CN", "en-GB"]) {
  const lang = locale.slice(0, 2);
  for (const width of [1280, 390]) {
    const tag = `${lang}-${width}`;
    const shot = async (page, name) => {
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.screenshot({ path: `${out}/${tag}-${name}.png`, fullPage: true });
      console.log("shot", tag, name, page.url(), sideways > 0 ? `SIDEWAYS ${sideways}px` : "");
    };
    if (!only || only === "pages") {
    const visitor = await browser.newContext({ locale, viewport: { width, height: 900 }, isMobile: width < 500 });
    const signInPage = await visitor.newPage();
    await signInPage.goto(`${base}/sign-in`);
    await shot(signInPage, "sign-in");
    await visitor.close();

    const context = await signedIn(locale, width, "manager@demo.org");
    const page = await context.newPage();
    for (const [name, url] of [["home", "/"], ["projects", "/projects"], ["portfolio", "/portfolio"], ["audit", "/audit"], ["new-project", "/projects/new"], ["import", "/projects/import"]]) {
      await page.goto(base + url);
      await shot(page, name);
    }
    await page.goto(`${base}/projects`);
    const projectHref = await page.locator("table a[href^='/projects/']").first().getAttribute("href");
    await page.goto(base + projectHref);
    await shot(page, "project");
    const report = await page.locator('a[href^="/assessments/"][href$="/report"]').first().getAttribute("href");
    if (report) {
      await page.goto(base + report);
      await shot(page, "report");
      if (width === 1280) {
        for (const pdfLang of ["zh-CN", "en"]) {
          const response = await page.request.get(`${base}${report.replace(/\/report$/, "/pdf")}?lang=${pdfLang}`);
          fs.writeFileSync(`${out}/${tag}-report-${pdfLang}.pdf`, await response.body());
        }
      }
    }
    await page.goto(`${base}${projectHref}/report`);
    await shot(page, "project-report");
    await context.close();
    }

    // The form as staff: a draft section, a validation error, check your answers.
    const staff = await signedIn(locale, width, "staff@demo.org");
    const form = await staff.newPage();
    await form.goto(`${base}/projects`);
    const hrefs = await form.locator("table a[href^='/projects/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    let section = null;
    for (const href of hrefs) {
      await form.goto(base + href);
      // "Continue" opens a draft at its next section.
      const draft = await form.locator('a[href^="/assessments/"]:not([href$="/report"]):not([href*="/export"]):not([href*="/pdf"]):not([href*="/versions"])').first().getAttribute("href", { timeout: 2000 }).catch(() => null);
      if (!draft) continue;
      await form.goto(base + draft);
      if (/\/sections\//.test(form.url())) {
        section = new URL(form.url()).pathname;
        break;
      }
    }
    if (section) {
      await shot(form, "section");
      await form.locator("form button[type=submit]").last().click();
      await form.waitForTimeout(800);
      await shot(form, "section-error");
      await form.goto(base + section.replace(/sections\/.*/, "check"));
      await shot(form, "check");
    }
    await staff.close();
  }
}
await browser.close();
