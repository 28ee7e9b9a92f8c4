import { expect, test as base, type BrowserContext } from "@playwright/test";

/**
 * Fails a test when the browser refused anything under the Content-Security-Policy (proxy.ts):
 * a blocked script means a page that never hydrates, a blocked style a page that looks broken.
 * Chromium reports refusals on the console; the securitypolicyviolation event is logged there too,
 * so a refusal the console leaves unsaid (report-only, a refused eval) is still caught.
 */
export async function watchContentSecurityPolicy(context: BrowserContext, violations: string[] = []): Promise<string[]> {
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

/**
 * Playwright's test, with every context of the test watched for CSP refusals: its own, and those
 * it opens to act as another person (`browser.newContext(as("manager"))`).
 */
export const test = base.extend<{ noCspViolations: void }>({
  noCspViolations: [
    async ({ context, browser }, use) => {
      const violations = await watchContentSecurityPolicy(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        await watchContentSecurityPolicy(opened, violations);
        return opened;
      };
      try {
        await use();
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "the browser refused something under the Content-Security-Policy").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
