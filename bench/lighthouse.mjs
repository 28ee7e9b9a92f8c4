// `npm run bench:lighthouse`: Lighthouse mobile performance (lighthouse@12.2.3, its default
// mobile emulation and simulated throttling) of the pages a project officer waits on: sign-in,
// projects, a section form, a report and the portfolio. Figures, never pass/fail. Needs `npm run build`.
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";

const run = promisify(execFile);
const port = Number(process.env.BENCH_PORT ?? 3488);
const origin = `http://127.0.0.1:${port}`;
const dataDir = ".data/lighthouse";
const chromePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const rounds = Number(process.env.LIGHTHOUSE_ROUNDS ?? 5);

if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
fs.rmSync(dataDir, { recursive: true, force: true });
const env = { ...process.env, PGLITE_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1", AUTH_RATE_LIMIT: "off", BETTER_AUTH_SECRET: "lighthouse-only-secret-0123456789abcdef", BETTER_AUTH_URL: origin, TRUSTED_ORIGINS: origin };
delete env.DATABASE_URL;
const server = spawn(process.execPath, ["scripts/start-standalone.mjs", String(port), "127.0.0.1"], { env, stdio: "ignore", detached: true });
const stop = () => { try { process.kill(-server.pid, "SIGTERM"); } catch {} };
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(`${origin}/sign-in`)).ok) return; } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

async function signInCookie() {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: "staff@demo.org", password: "demo-password-2026" }),
  });
  if (!response.ok) throw new Error(`sign-in: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/** The demo pages' addresses, read from the projects list as a user would find them. */
async function pagesToMeasure(cookie) {
  const html = async (path) => (await fetch(origin + path, { headers: { cookie } })).text();
  const projects = await html(`/projects?q=${encodeURIComponent("Village schools")}`);
  const project = projects.match(/href="(\/projects\/[0-9a-f-]{36})"/)[1];
  const projectPage = await html(project);
  const report = projectPage.match(/href="(\/assessments\/[0-9a-f-]{36}\/report)"/)[1];
  const draft = projectPage.match(/href="(\/assessments\/[0-9a-f-]{36})"/)[1];
  const section = (await fetch(origin + draft, { headers: { cookie }, redirect: "manual" })).headers.get("location");
  return [["sign-in", "/sign-in", false], ["projects", "/projects", true], ["section form", section, true], ["report", report, true], ["portfolio", "/portfolio", true]];
}

async function lighthouse(url, cookie) {
  const args = ["--yes", "lighthouse@12.2.3", url, "--only-categories=performance", "--output=json", "--output-path=stdout", "--quiet", "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const { stdout } = await run("npx", args, { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 });
  const { categories, audits, environment } = JSON.parse(stdout);
  return {
    score: Math.round(categories.performance.score * 100),
    tbt: audits["total-blocking-time"].numericValue,
    lcp: audits["largest-contentful-paint"].numericValue,
    // Lighthouse's measure of this machine's speed: its simulated slow phone is relative to it.
    benchmarkIndex: environment.benchmarkIndex,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await waitForServer();
const cookie = await signInCookie();
console.log(`\nLighthouse 12.2.3 mobile performance, median of ${rounds} runs (score · total blocking time · largest contentful paint)`);
for (const [name, path, signedIn] of await pagesToMeasure(cookie)) {
  const results = [];
  // Warm: the first request of a route loads its server code, which is not what a user waits on.
  for (let i = 0; i < 2; i++) await fetch(origin + path, { headers: signedIn ? { cookie } : {} });
  for (let i = 0; i < rounds; i++) results.push(await lighthouse(origin + path, signedIn ? cookie : null));
  const score = median(results.map((r) => r.score));
  console.log(`  ${name.padEnd(13)} ${String(score).padStart(3)} · TBT ${Math.round(median(results.map((r) => r.tbt)))} ms · LCP ${(median(results.map((r) => r.lcp)) / 1000).toFixed(2)} s   (runs: ${results.map((r) => r.score).join(", ")}; benchmark index ${Math.round(median(results.map((r) => r.benchmarkIndex)))})`);
}
stop();
process.exit(0);
