import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase, useDatabase, type OpenDatabase } from "@/db/client";
import { DEMO_ORGANIZATION_ID } from "@/db/demo-organization";
import { startAssessmentForOrg } from "@/db/queries/assessments";
import { ensureDemoOrganization, seedProject } from "@/db/seed";
import { DEMO_PASSWORD } from "@/db/seed-users";
import postgres from "postgres";
import { serverUrl } from "@/db/testing/temporary-database";
import { applicableChecklist } from "@/lib/checklists/applicable";
import { latestChecklist } from "@/lib/checklists/registry";
import { pageJavaScriptKb } from "./page-javascript";
import { percentile } from "./percentile";
import { treeCpuSeconds } from "./process-cpu";
import { benchProject } from "./workload";

// The autosave as the browser sends it: the server action over HTTP against the production build,
// next to an authenticated session read on the same server, at a steady 25 saves/s and flat out.
const port = 3790;
const base = `http://127.0.0.1:${port}`;
const items = applicableChecklist(latestChecklist("before"), benchProject.participationMode).sections[0]!.items;

function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`${name} is not in the build: run npm run build first`);
  return found[0];
}

async function seed(opened: OpenDatabase) {
  useDatabase(opened);
  // With the sample: the demo users sign in over HTTP.
  await ensureDemoOrganization(opened.db, { withSample: true });
  const { id: _, partners: __, ...columns } = benchProject;
  const projectId = await seedProject(opened.db, DEMO_ORGANIZATION_ID, { ...columns, partners: [], assessments: [] });
  const session = { organizationId: DEMO_ORGANIZATION_ID, organizationName: "Bench", userId: "bench", userName: "bench", role: "staff" as const };
  const assessmentId = await startAssessmentForOrg(session, { projectId, kind: "before", partnerId: null });
  useDatabase(undefined);
  return assessmentId;
}

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  if (await fetch(`${base}/sign-in`).then(() => true, () => false)) throw new Error(`port ${port} is already in use`);
  // node itself, not through npx: killing npx would leave the server running on the port.
  const child = spawn(process.execPath, ["scripts/start-standalone.mjs", String(port), "127.0.0.1"], {
    env: { ...process.env, ...env, AUTH_RATE_LIMIT: "off", BETTER_AUTH_SECRET: "bench-only-secret-0123456789abcdef0123", BETTER_AUTH_URL: base, TRUSTED_ORIGINS: base, NODE_ENV: "production" },
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${base}/sign-in`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error("the server did not start");
}

async function signIn(): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: "staff@demo.org", password: DEMO_PASSWORD }),
  });
  const cookie = response.headers.get("set-cookie");
  if (!cookie) throw new Error(`sign-in answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return cookie.split(";")[0]!;
}

/** Times requests sent at a fixed rate (open loop: a slow answer does not slow the sender). */
async function steady(rate: number, seconds: number, call: () => Promise<boolean>) {
  const times: number[] = [];
  let errors = 0;
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = started + (i * 1000) / rate;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
    const t0 = performance.now();
    pending.push(call().then((ok) => void (ok ? times.push(performance.now() - t0) : errors++), () => void errors++));
  }
  await Promise.all(pending);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), errors };
}

/** Requests per second with `lanes` callers back to back, and the server's CPU time per request. */
async function saturation(serverPid: number, lanes: number, seconds: number, call: () => Promise<boolean>) {
  const cpuBefore = treeCpuSeconds(serverPid);
  let done = 0;
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (performance.now() < until) (await call().catch(() => false)) ? done++ : errors++;
    }),
  );
  const cpuAfter = treeCpuSeconds(serverPid);
  const cpuMs = cpuBefore === null || cpuAfter === null || done === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / done;
  return { perSecond: done / seconds, errors, cpuMs };
}

async function run(label: string, env: Record<string, string>, assessmentId: string, withPages = false) {
  const server = await startServer(env);
  try {
    const cookie = await signIn();
    const saveId = actionId("saveSectionAction");
    const revisions = new Map<string, number>();
    let n = 0;
    const save = async () => {
      // One item per save, in turn, based on the revision the last save of it answered with.
      const item = items[n++ % items.length]!;
      const change = { key: item.id, base: revisions.get(item.id) ?? 0, value: { criterionId: item.id, value: "met", notes: `note ${n}`, evidence: "" } };
      const response = await fetch(`${base}/assessments/${assessmentId}/sections/${"country-context"}`, {
        method: "POST",
        headers: { cookie, origin: base, "next-action": saveId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
        body: JSON.stringify([{ assessmentId, sectionId: "country-context", changes: [change] }]),
      });
      const text = await response.text();
      const revision = text.match(/"revision":(\d+)/);
      if (revision) revisions.set(item.id, Math.max(revisions.get(item.id) ?? 0, Number(revision[1])));
      return response.ok && text.includes("savedAt");
    };
    // The cheapest authenticated request: the session is read, then a file id that cannot exist
    // is refused (404) without a query. Better Auth's own get-session endpoint is closed (one door).
    const read = async () => (await fetch(`${base}/evidence/bench-no-such-file`, { headers: { cookie }, redirect: "manual" })).status === 404;
    for (let i = 0; i < 30; i++) await save(); // warm the routes and the JIT
    for (let i = 0; i < 30; i++) await read();
    const steadySaves = await steady(25, 8, save);
    const steadyReads = await steady(25, 8, read);
    const savesFlatOut = await saturation(server.pid!, 8, 8, save);
    const readsFlatOut = await saturation(server.pid!, 8, 8, read);
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    console.log(`  ${label}`);
    console.log(`    autosave at 25/s      p50 ${ms(steadySaves.p50)}  p95 ${ms(steadySaves.p95)}  p99 ${ms(steadySaves.p99)}  errors ${steadySaves.errors}`);
    console.log(`    session read at 25/s  p50 ${ms(steadyReads.p50)}  p95 ${ms(steadyReads.p95)}  p99 ${ms(steadyReads.p99)}  errors ${steadyReads.errors}`);
    console.log(`    saturation            ${savesFlatOut.perSecond.toFixed(0)} saves/s (errors ${savesFlatOut.errors})  ·  ${readsFlatOut.perSecond.toFixed(0)} session reads/s (errors ${readsFlatOut.errors})`);
    if (savesFlatOut.cpuMs !== null && readsFlatOut.cpuMs !== null) {
      console.log(`    server CPU            ${savesFlatOut.cpuMs.toFixed(1)} ms per autosave  ·  ${readsFlatOut.cpuMs.toFixed(1)} ms per session read  (${(savesFlatOut.cpuMs / readsFlatOut.cpuMs).toFixed(1)}×)`);
    }
    if (withPages) {
      console.log("    JavaScript at page start (gzip, every <script src> of the HTML)");
      for (const [name, path] of [["projects list", "/projects"], ["section form", `/assessments/${assessmentId}/sections/country-context`], ["report", `/assessments/${assessmentId}/report`]] as const) {
        const { kb, files } = await pageJavaScriptKb(base, path, cookie);
        console.log(`      ${name.padEnd(14)} ${kb.toFixed(0).padStart(4)} kB in ${files} files`);
      }
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

/** The autosave over HTTP on the embedded database and on the PostgreSQL server. */
export async function benchHttpSaves() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("  skipped: no production build (npm run build)");
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "risk-bench-http-"));
  const opened = await openDatabase({ dataDir: dir });
  const pgliteAssessment = await seed(opened);
  await opened.close();
  await run("embedded PGlite", { PGLITE_DIR: dir }, pgliteAssessment, true);
  fs.rmSync(dir, { recursive: true, force: true });
  // A database of its own on the server, dropped afterwards.
  const name = `risk_bench_${Date.now()}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
    const opened = await openDatabase({ url: url.toString() });
    const assessmentId = await seed(opened);
    await opened.close();
    await run("PostgreSQL server", { DATABASE_URL: url.toString() }, assessmentId);
  } catch (error) {
    console.log(`  PostgreSQL server: skipped (${(error as Error).message})`);
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
}
