// Starts the built app for the browser tests on a fresh embedded database.
import { spawn } from "node:child_process";
import fs from "node:fs";

const port = process.argv[2] ?? "3210";
const dataDir = ".data/e2e";
fs.rmSync(dataDir, { recursive: true, force: true });
if (!fs.existsSync(".next/standalone/server.js")) {
  console.error("No production build found: run `npm run build` first (npm test does it for you).");
  process.exit(1);
}
const origin = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  PGLITE_DIR: dataDir,
  NEXT_TELEMETRY_DISABLED: "1",
  // The browser tests sign in many times a minute; the limiter stays on everywhere else.
  AUTH_RATE_LIMIT: "off",
  BETTER_AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789",
  BETTER_AUTH_URL: origin,
  TRUSTED_ORIGINS: origin,
};
delete env.DATABASE_URL;
const child = spawn(process.execPath, ["scripts/start-standalone.mjs", port, "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
