// The whole test suite, as the README's quick start runs it: `npm test`.
// layer boundaries → unit → database tests on embedded PGlite → the same on the PostgreSQL server → build → browser tests.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

const pgUrl = new URL(process.env.POSTGRES_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test");
const requirePostgres = process.env.REQUIRE_POSTGRES === "1";

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port), timeout: 1500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

run("Layer boundaries (dependency-cruiser)", "npm", ["run", "--silent", "check:layers"]);
run("Unit tests", "npx", ["vitest", "run", "--project", "unit"]);
run("Database tests on embedded PGlite", "npx", ["vitest", "run", "--project", "db"], { TEST_DATABASE: "pglite" });

if (await reachable(pgUrl.hostname, pgUrl.port || 5432)) {
  run(`Database tests on PostgreSQL at ${pgUrl.host}`, "npx", ["vitest", "run", "--project", "db"], { TEST_DATABASE: "postgres" });
} else if (requirePostgres) {
  console.error(`✖ No PostgreSQL server at ${pgUrl.host}, and REQUIRE_POSTGRES=1.`);
  process.exit(1);
} else {
  console.log(`\n⚠ Skipping the PostgreSQL run: no server at ${pgUrl.host} (set POSTGRES_TEST_URL to use another).`);
}

run("Production build", "npm", ["run", "build"]);

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  // No system Chromium: use Playwright's own browser (needs internet the first time).
  run("Install Playwright's Chromium", "npx", ["playwright", "install", "chromium"]);
}
run("Browser tests", "npx", ["playwright", "test"]);
console.log("\nAll tests passed.");
