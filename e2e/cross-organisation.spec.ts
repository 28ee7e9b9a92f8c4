import type { Browser } from "@playwright/test";
import { expect, test } from "./csp";
import { as } from "./support";
import { downloadRoutes, pageRoutes } from "./routes";

/**
 * As staff of the demo organisation, every page route, filled with the ids of the other demo
 * organisation's real project and assessment, answers 404 and shows none of its data.
 * Invitation links are the one exception: they are meant to be opened by people outside.
 */
/** The other organisation's signed-in page, and the ids of its real project and an assessment. */
async function harbourIds(browser: Browser) {
  const harbour = await (await browser.newContext(as("harbour"))).newPage();
  await harbour.goto(`/projects?q=${encodeURIComponent("Cyclone shelters in Sittwe")}`);
  await harbour.getByRole("link", { name: "Cyclone shelters in Sittwe" }).click();
  await harbour.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  const projectId = harbour.url().split("/projects/")[1]!;
  const reportHref = await harbour.getByRole("link", { name: "Report", exact: true }).first().getAttribute("href");
  const assessmentId = reportHref!.split("/")[2]!;
  // A file of theirs, attached as they would (the draft's first item), for the evidence download.
  const origin = new URL(harbour.url()).origin;
  const attached = await harbour.request.post(`/assessments/${assessmentId}/evidence`, {
    headers: { origin },
    multipart: { criterionId: "B.CTX.1", file: { name: "permit.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%%EOF\n") } },
  });
  expect(attached.status()).toBe(201);
  const fileId = ((await attached.json()) as { file: { id: string } }).file.id;
  const ids: Record<string, string> = { projectId, assessmentId, sectionId: "country-context", fileId };
  return { harbour, ids };
}

const publicByDesign = new Set(["/invitations/[invitationId]"]);

test("every route with another organisation's ids is a 404", async ({ browser }) => {
  const { ids } = await harbourIds(browser);

  const staff = await (await browser.newContext(as("staff"))).newPage();
  const routes = pageRoutes().filter((r) => r.includes("[") && !publicByDesign.has(r));
  expect(routes.length).toBeGreaterThan(6);
  for (const route of routes) {
    const url = route.replace(/\[([^\]]+)\]/g, (_, name: string) => ids[name] ?? "missing");
    const response = await staff.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(staff.locator("main")).not.toContainText("Cyclone shelters");
  }
});

test("every download with another organisation's ids is a 404, and the file for its owner", async ({ browser }) => {
  const { harbour, ids } = await harbourIds(browser);

  const staff = await (await browser.newContext(as("staff"))).newPage();
  // Downloads of the whole organisation take no id; app/route-handlers.test.ts checks what they hold.
  const routes = downloadRoutes().filter((r) => r.includes("["));
  expect(routes).toContain("/projects/[projectId]/pdf");
  const query = (route: string) => (route.endsWith("/export") ? "?format=json" : "");
  for (const route of routes) {
    const url = route.replace(/\[([^\]]+)\]/g, (_, name: string) => ids[name] ?? "missing") + query(route);
    const refused = await staff.request.get(url);
    expect(refused.status(), url).toBe(404);
    expect(await refused.text()).not.toContain("Cyclone shelters");
    const owner = await harbour.request.get(url);
    expect(owner.status(), `${url} as its owner`).toBe(200);
  }
});
