import type { Response } from "@playwright/test";
import { expect, test } from "./csp";
import { downloadRoutes, pageRoutes } from "./routes";
import { signedOut } from "./support";

/**
 * Every page, route handler and API answer carries the security headers (lib/http/security-headers.ts);
 * pages also carry a Content-Security-Policy whose nonce is on each script Next sent. Ids that name
 * nothing stand in for route parameters: a 404 page must be as protected as any other.
 */
const missing = "00000000-0000-4000-8000-000000000000";
const fill = (route: string) => route.replace(/\[[^\]]+\]/g, missing);

function expectSecurityHeaders(headers: Record<string, string>, url: string) {
  expect(headers["x-content-type-options"], url).toBe("nosniff");
  expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], url).toBe("DENY");
  expect(headers["permissions-policy"], url).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  // The browser tests run over http: HSTS there would be ignored, and is not sent.
  expect(headers["strict-transport-security"], url).toBeUndefined();
}

async function expectPagePolicy(response: Response | null, url: string) {
  const headers = await response!.allHeaders();
  expectSecurityHeaders(headers, url);
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, url).toContain("frame-ancestors 'none'");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, url).toBeGreaterThan(0);
  // A script without the nonce would be refused, and the page would never come alive.
  expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`)), url).toEqual([]);
  return nonce;
}

test("every page answers with the security headers and a nonce on each of its scripts", async ({ page }) => {
  const routes = pageRoutes();
  expect(routes).toContain("/projects");
  for (const route of routes) {
    const url = fill(route);
    const response = await page.goto(url);
    await expectPagePolicy(response, url);
  }
});

test("the nonce is new on every load", async ({ page }) => {
  const first = await expectPagePolicy(await page.goto("/projects"), "/projects");
  const second = await expectPagePolicy(await page.reload(), "/projects");
  expect(second).not.toBe(first);
});

test("downloads, the save route, the language switch and the API carry the security headers", async ({ request }) => {
  const downloads = downloadRoutes();
  expect(downloads).toContain("/assessments/[assessmentId]/pdf");
  for (const route of downloads) {
    const url = fill(route);
    const response = await request.get(url);
    expect(response.status(), url).toBeGreaterThanOrEqual(400);
    expectSecurityHeaders(response.headers(), url);
  }
  const others = [
    await request.post(fill("/assessments/[assessmentId]/sections/[sectionId]/changes"), { data: {} }),
    await request.post("/language", { form: { locale: "en", back: "/projects" }, maxRedirects: 0 }),
    await request.get("/api/auth/get-session"),
    await request.get("/api/serwist/sw.js"),
  ];
  for (const response of others) expectSecurityHeaders(response.headers(), response.url());
});

test.describe("signed out", () => {
  test.use(signedOut);

  test("the sign-in redirect still happens, with the headers, and the sign-in page keeps its policy", async ({ page, request }) => {
    const redirect = await request.get("/projects/new", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers()["location"]).toMatch(/\/sign-in\?next=%2Fprojects%2Fnew$/);
    expectSecurityHeaders(redirect.headers(), "/projects/new");

    const response = await page.goto("/projects/new");
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await expectPagePolicy(response, page.url());
    // The form works: scripts ran under the policy (the fixture fails the test on any refusal).
    await page.getByLabel("Email").fill("nobody@example.org");
    await expect(page.getByLabel("Email")).toHaveValue("nobody@example.org");
  });
});
