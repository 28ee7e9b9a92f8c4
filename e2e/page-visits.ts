import type { Browser, Page } from "@playwright/test";
import { as, signedOut } from "./support";

/** Who opens a page: the admin sees every control a page has; sign-in pages are seen signed out. */
export type Viewer = "admin" | "signed-out";
export type PageVisit = { url: string; viewer: Viewer; name: string };

const uuid = "[0-9a-f-]{36}";

async function hrefs(page: Page, pattern: RegExp): Promise<string[]> {
  const all = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  return [...new Set(all.filter((h) => pattern.test(h)))];
}

/**
 * Real ids of the demo organisation for every route parameter: the seeded Lao project (an approved
 * BEFORE, a partner, DURING and AFTER drafts), each of its assessments, every section of its drafts, and a
 * fresh invitation link. Read through the pages as a user would, so they match whatever the seed holds.
 */
export async function resolveDemoIds(browser: Browser) {
  const context = await browser.newContext(as("admin"));
  const page = await context.newPage();
  const name = "Village schools reading programme";
  await page.goto(`/projects?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await page.waitForURL(new RegExp(`/projects/${uuid}$`));
  const project = new URL(page.url()).pathname;
  const reports = await hrefs(page, new RegExp(`^/assessments/${uuid}/report$`));
  const drafts = await hrefs(page, new RegExp(`^/assessments/${uuid}$`));
  if (drafts.length === 0 || reports.length < 2) throw new Error("the demo project should have a draft and a settled assessment");
  const assessments = reports.map((r) => r.replace(/\/report$/, ""));
  // Every section of every draft: the checklist forms, the risk register and the indicators differ.
  const sections: string[] = [];
  for (const draft of drafts) {
    await page.goto(draft);
    sections.push(...(await hrefs(page, new RegExp(`^${draft}/sections/`))));
  }

  await page.goto("/settings/members");
  await page.getByLabel("Email").fill(`every-page-${Date.now()}@example.org`);
  await page.getByLabel("Role", { exact: true }).selectOption("staff");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const invitation = new URL(await page.getByLabel("Invitation link").inputValue()).pathname;
  await context.close();
  return { project, assessments, draft: drafts[0]!, sections, invitation };
}

type DemoIds = Awaited<ReturnType<typeof resolveDemoIds>>;
const admin = (url: string, name = url): PageVisit => ({ url, viewer: "admin", name });

/**
 * The concrete pages behind each route of app/. A route added without a line here fails the tests
 * that use this, so no page escapes them.
 */
export function visitsFor(route: string, ids: DemoIds): PageVisit[] {
  switch (route) {
    case "/sign-in":
    case "/sign-up":
      return [{ url: route, viewer: "signed-out", name: route }];
    case "/invitations/[invitationId]":
      return [{ url: ids.invitation, viewer: "signed-out", name: "invitation" }];
    case "/":
    case "/projects":
    case "/projects/new":
    case "/projects/import":
    case "/portfolio":
    case "/audit":
    case "/settings/members":
    case "/organizations/new":
      return [admin(route)];
    case "/projects/[projectId]":
    case "/projects/[projectId]/edit":
    case "/projects/[projectId]/report":
      return [admin(route.replace("/projects/[projectId]", ids.project), route)];
    case "/assessments/[assessmentId]":
    case "/assessments/[assessmentId]/check":
      return [admin(route.replace("/assessments/[assessmentId]", ids.draft), route)];
    case "/assessments/[assessmentId]/report":
    case "/assessments/[assessmentId]/versions":
      // Every assessment of the project: a draft, an approved one, a partner's.
      return ids.assessments.map((a, i) => admin(route.replace("/assessments/[assessmentId]", a), `${route} #${i + 1}`));
    case "/assessments/[assessmentId]/sections/[sectionId]":
      return ids.sections.map((s) => admin(s, `section ${s.split("/").pop()}`));
    default:
      throw new Error(`No page to visit for ${route}: add it to e2e/page-visits.ts`);
  }
}

export const storageOf = (viewer: Viewer) => (viewer === "admin" ? as("admin") : signedOut);
