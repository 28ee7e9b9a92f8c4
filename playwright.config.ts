import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
// Browser downloads fail on our CI machines: use Debian's Chromium when it is there,
// Playwright's own browser elsewhere (a developer machine with internet).
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = fs.existsSync(chromiumPath) ? chromiumPath : undefined;

export default defineConfig({
  testDir: "e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The app follows the browser's language: the walks read English unless a test asks for Chinese.
    locale: "en-GB",
    trace: "retain-on-failure",
    // Most tests act as the demo organisation's staff member; others switch with test.use().
    storageState: "e2e/.auth/staff.json",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [
    { name: "sign-in", testMatch: /auth\.setup\.ts/, use: { storageState: { cookies: [], origins: [] } } },
    { name: "app", dependencies: ["sign-in"], testIgnore: /auth\.setup\.ts/ },
  ],
  webServer: {
    // Its own PGlite folder, fresh each run: PGlite must never share a folder between processes.
    command: `node scripts/e2e-server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/projects`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
