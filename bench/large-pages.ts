import { spawn } from "node:child_process";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { DEMO_PASSWORD } from "@/db/seed-users";
import { serverUrl } from "@/db/testing/temporary-database";
import postgres from "postgres";
import { percentile } from "./percentile";

// The pages of the large organisation (npm run bench:seed) over HTTP against the production build.
const port = 3791;
const base = `http://127.0.0.1:${port}`;
const LARGE_DATABASE = "risk_bench_large";

async function exists(url: URL) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return (await admin`select 1 from pg_database where datname = ${url.pathname.slice(1)}`).length > 0;
  } catch {
    return false;
  } finally {
    await admin.end();
  }
}

export async function benchLargePages(rounds = 10) {
  const url = new URL(serverUrl);
  url.pathname = `/${LARGE_DATABASE}`;
  if (!fs.existsSync(".next/standalone/server.js") || !(await exists(url))) {
    console.log("  skipped: needs the production build and `npm run bench:seed`");
    return;
  }
  const server = spawn(process.execPath, ["scripts/start-standalone.mjs", String(port), "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: url.toString(), AUTH_RATE_LIMIT: "off", BETTER_AUTH_SECRET: "bench-only-secret-0123456789abcdef0123", BETTER_AUTH_URL: base, TRUSTED_ORIGINS: base, NODE_ENV: "production" },
    stdio: "ignore",
  });
  try {
    for (let i = 0; i < 100 && !(await fetch(`${base}/sign-in`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify({ email: "manager@demo.org", password: DEMO_PASSWORD }) });
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const list = await (await fetch(`${base}/projects?q=${encodeURIComponent("Project 1000")}`, { headers: { cookie } })).text();
    const project = list.match(/href="(\/projects\/[0-9a-f-]{36})"/)![1]!;
    const projectPage = await (await fetch(base + project, { headers: { cookie } })).text();
    const report = projectPage.match(/href="(\/assessments\/[0-9a-f-]{36}\/report)"/)![1]!;
    const pages: Array<[string, string]> = [["projects list", "/projects"], ["home", "/"], ["portfolio", "/portfolio"], ["a project", project], ["a report", report], ["project report", `${project}/report`], ["audit log", "/audit"]];
    for (const [name, path] of pages) {
      const times: number[] = [];
      let status = 0;
      for (let i = 0; i < rounds + 1; i++) {
        const t0 = performance.now();
        const response = await fetch(base + path, { headers: { cookie } });
        await response.arrayBuffer();
        status = response.status;
        if (i >= 1) times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      console.log(`  ${name.padEnd(15)} p50 ${percentile(times, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(times, 95).toFixed(0).padStart(5)} ms   (${status}, ${rounds} requests)`);
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}
