import { expect, test as base, type BrowserContext } from "@playwright/test";

/**
 * Fails a test when the browser refused anything under the Content-Security-Policy (proxy.ts):
 * a blocked script means a page that never hydrates, a blocked style a page that looks broken.
 * Chromium reports refusals on the console; the securitypolicyviolation event is logged there too,
 * so a refusal the console leaves unsaid (report-only, a refused eval) is still caught.
 */
export async function watchContentSecurityPolicy(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${e.documentURI}`);
    });
  });
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
  });
  return violations;
}

/** Playwright's test, with every test's own context watched for CSP refusals. */
export const test = base.extend<{ noCspViolations: void }>({
  noCspViolations: [
    async ({ context }, use) => {
      const violations = await watchContentSecurityPolicy(context);
      await use();
      expect(violations, "the browser refused something under the Content-Security-Policy").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
