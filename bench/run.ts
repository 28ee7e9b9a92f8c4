/**
 * `npm run bench`: prints figures, never pass/fail.
 *  1. Scoring throughput: 1,000 assessments of every checklist through the report model.
 *  2. Draft-save round trip (the server action's path: load, re-validate, save in one transaction),
 *     p50/p95 on the embedded database (a PGlite data folder) and on the PostgreSQL server,
 *     then again while four PDFs render at once.
 *  3. PDF render time of a ten-page project report on the worker pool, p50/p95 warm.
 *  4. The autosave over HTTP against the production build, at 25 saves/s and flat out, beside an
 *     authenticated session read on the same server (needs `npm run build`).
 *  5. The main pages of a large organisation (`npm run bench:seed` first), p50/p95 over HTTP.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { saveSectionChanges } from "@/app/assessments/save-section";
import { partsOfValues } from "@/lib/forms/section-changes";
import { startAssessmentForOrg } from "@/db/queries/assessments";
import { openDatabase, useDatabase, type OpenDatabase } from "@/db/client";
import { ensureDemoOrganization, seedProject } from "@/db/seed";
import { DEMO_ORGANIZATION_ID } from "@/db/demo-organization";
import { openTestDatabase } from "@/db/testing/temporary-database";
import { checklistKinds } from "@/lib/checklists/definition-schema";
import { benchHttpSaves } from "./http-save";
import { benchLargePages } from "./large-pages";
import { benchPdfRender, closePdfPool, renderPdfsContinuously } from "./pdf";
import { percentile } from "./percentile";
import { benchProject, scoringWorkload, sectionDraft } from "./workload";


function benchScoring() {
  console.log("\nScoring throughput (1,000 assessments per checklist, report model included)");
  for (const kind of checklistKinds) {
    const { run } = scoringWorkload(kind, 1000);
    run(); // warm-up
    const rounds = 5;
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      run();
      times.push(performance.now() - started);
    }
    const best = Math.min(...times);
    console.log(
      `  ${kind.padEnd(8)} ${best.toFixed(1).padStart(7)} ms per 1,000  →  ${Math.round(1000 / (best / 1000)).toLocaleString("en")} assessments/s (best of ${rounds})`,
    );
  }
}

async function benchDraftSave(label: string, opened: OpenDatabase, { iterations = 300, pdfLanes = 0 } = {}) {
  useDatabase(opened);
  await ensureDemoOrganization(opened.db, { withSample: false });
  const { id: _, partners: __, ...columns } = benchProject;
  const projectId = await seedProject(opened.db, DEMO_ORGANIZATION_ID, { ...columns, partners: [], assessments: [] });
  const session = { organizationId: DEMO_ORGANIZATION_ID, organizationName: "Bench", userId: "bench", userName: "bench", role: "staff" as const };
  const assessmentId = await startAssessmentForOrg(session, { projectId, kind: "before", partnerId: null });
  const times: number[] = [];
  const stopPdfs = pdfLanes > 0 ? renderPdfsContinuously(pdfLanes) : null;
  // Each save is based on the revisions the previous saves answered with, as the form does.
  const revisions = new Map<string, number>();
  for (let i = 0; i < iterations + 20; i++) {
    const { sectionId, values } = sectionDraft(i);
    const changes = partsOfValues(values as Parameters<typeof partsOfValues>[0]).map((p) => ({ ...p, base: revisions.get(p.key) ?? 0 }));
    const t0 = performance.now();
    const saved = await saveSectionChanges(session, { assessmentId, sectionId, changes });
    if (!saved.ok) throw new Error("the bench's draft values were refused");
    for (const r of saved.results) revisions.set(r.key, r.revision);
    const elapsed = performance.now() - t0;
    if (i >= 20) times.push(elapsed); // the first saves warm caches and the JIT
  }
  const pdfs = stopPdfs ? await stopPdfs() : 0;
  times.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(34)} p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(2).padStart(6)} ms   (${iterations} saves${stopPdfs ? `, ${pdfs} PDFs rendered meanwhile` : ""})`,
  );
  useDatabase(undefined);
  await opened.close();
}

async function main() {
  console.log(`Node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown CPU"}`);
  benchScoring();
  console.log("\nDraft-save round trip (the save action's body: load, re-validate, one transaction; no HTTP)");
  await draftSaves("", 0);
  console.log("\nPDF render (worker threads, as the download route runs it)");
  await benchPdfRender();
  console.log("\nDraft-save round trip while 4 PDFs render at once");
  await draftSaves(" + 4 PDFs", 4);
  await closePdfPool();
  console.log("\nAutosave over HTTP (the server action against the production build) beside a session read");
  await benchHttpSaves();
  console.log("\nA large organisation on PostgreSQL (npm run bench:seed), pages over HTTP");
  await benchLargePages();
}

async function draftSaves(suffix: string, pdfLanes: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "risk-bench-"));
  await benchDraftSave(`embedded PGlite${suffix}`, await openDatabase({ dataDir: dir }), { pdfLanes });
  fs.rmSync(dir, { recursive: true, force: true });
  try {
    process.env.TEST_DATABASE = "postgres";
    await benchDraftSave(`PostgreSQL server${suffix}`, await openTestDatabase(), { pdfLanes });
  } catch (error) {
    console.log(`  PostgreSQL server: skipped (${(error as Error).message})`);
  } finally {
    delete process.env.TEST_DATABASE;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
