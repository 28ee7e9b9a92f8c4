import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./csp";
import { resolveDemoIds, storageOf, visitsFor, type PageVisit, type Viewer } from "./page-visits";
import { pageRoutes } from "./routes";

/**
 * Every page route of app/ (read from the folder), in both languages: on a 390 px phone nothing
 * scrolls sideways, and axe finds no WCAG 2.2 A/AA violation. The ids are the demo organisation's.
 */
const routes = pageRoutes();
const locales = ["en-GB", "zh-CN"] as const;
let ids: Awaited<ReturnType<typeof resolveDemoIds>>;

test.beforeAll(async ({ browser }) => {
  ids = await resolveDemoIds(browser);
});

const contexts = new Map<string, BrowserContext>();
async function pageFor(browser: Browser, viewer: Viewer, locale: string, phone: boolean): Promise<Page> {
  const key = `${viewer}-${locale}-${phone}`;
  let context = contexts.get(key);
  if (!context) {
    const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 900 };
    context = await browser.newContext({ ...storageOf(viewer), locale, viewport, isMobile: phone, hasTouch: phone });
    contexts.set(key, context);
  }
  return context.pages()[0] ?? context.newPage();
}
test.afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  contexts.clear();
});

async function open(page: Page, visit: PageVisit) {
  const response = await page.goto(visit.url);
  expect(response?.status(), visit.name).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
}

/** What scrolls sideways: the page itself, or any box inside it that hides a wider content. */
function sidewaysOf(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth}px wide`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow === "auto" || overflow === "scroll") && el.scrollWidth > el.clientWidth + 1) {
        found.push(`${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""} ${el.scrollWidth}px in ${el.clientWidth}px`);
      }
    }
    return found;
  });
}

for (const route of routes) {
  test.describe(route, () => {
    test("fits a 390 px phone in both languages", async ({ browser }) => {
      test.setTimeout(120_000);
      for (const locale of locales) {
        for (const visit of visitsFor(route, ids)) {
          const page = await pageFor(browser, visit.viewer, locale, true);
          await open(page, visit);
          expect.soft(await sidewaysOf(page), `${visit.name} (${locale}) scrolls sideways`).toEqual([]);
        }
      }
    });

    test("has no accessibility violation in either language", async ({ browser }) => {
      test.setTimeout(180_000);
      // Both languages on a desktop; the phone's stacked layout once (its colours and words are the same).
      for (const [locale, phone] of [["en-GB", false], ["zh-CN", false], ["en-GB", true]] as const) {
        for (const visit of visitsFor(route, ids)) {
          const page = await pageFor(browser, visit.viewer, locale, phone);
          await open(page, visit);
          const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
          const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
          expect.soft(found, `${visit.name} (${locale}, ${phone ? "phone" : "desktop"})`).toEqual([]);
        }
      }
    });
  });
}
