import { performance } from "node:perf_hooks";
import { closePdfPool, renderPdfOffThread, warmPdfPool } from "@/lib/pdf/pdf-pool";
import type { PdfRequest } from "@/lib/pdf/pdf-request";
import { sampleProjectReport } from "@/lib/pdf/testing/sample-project";
import { percentile } from "./percentile";

/** pdfkit writes page objects uncompressed, so counting them needs no PDF reader. */
export function pageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
}

/** The sample project's BEFORE and one partner, a note on every criterion: ten pages (the bench prints the count). */
export const tenPageRequest: PdfRequest = {
  kind: "project",
  organizationName: "Bench",
  locale: "en",
  generatedAt: new Date("2027-03-01T00:00:00Z"),
  report: sampleProjectReport({ partners: 1, withDuring: false, withAfter: false, notesEvery: 1 }),
};

/** PDF render time on the worker pool, as a download request sees it (queueing and copying included). */
export async function benchPdfRender(runs = 40) {
  const started = performance.now();
  await warmPdfPool();
  const warmUp = performance.now() - started;
  const first = performance.now();
  const pdf = await renderPdfOffThread(tenPageRequest);
  const cold = performance.now() - first;
  for (let i = 0; i < 3; i++) await renderPdfOffThread(tenPageRequest);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await renderPdfOffThread(tenPageRequest);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`  project report, ${pageCount(pdf)} pages, ${(pdf.byteLength / 1024).toFixed(0)} KB`);
  console.log(`  thread start and fonts (at server start)  ${warmUp.toFixed(0)} ms`);
  console.log(`  first report after that                   ${cold.toFixed(0)} ms`);
  console.log(
    `  warm                                      p50 ${percentile(times, 50).toFixed(0)} ms   p95 ${percentile(times, 95).toFixed(0)} ms   (${runs} renders, one at a time)`,
  );
  // Four people download at the same moment: when does each one get theirs?
  for (let round = 0; round < 2; round++) {
    const t0 = performance.now();
    const finished = await Promise.all(Array.from({ length: 4 }, () => renderPdfOffThread(tenPageRequest).then(() => performance.now() - t0)));
    if (round === 1) console.log(`  four requested together                   done after ${finished.sort((a, b) => a - b).map((t) => `${(t / 1000).toFixed(1)} s`).join(", ")}`);
  }
}

/** Keeps `lanes` PDFs rendering at once until the returned stop() is awaited; returns how many finished. */
export function renderPdfsContinuously(lanes: number): () => Promise<number> {
  let running = true;
  let done = 0;
  const lane = async () => {
    while (running) {
      await renderPdfOffThread(tenPageRequest);
      done++;
    }
  };
  const all = Promise.all(Array.from({ length: lanes }, lane));
  return async () => {
    running = false;
    await all;
    return done;
  };
}

export { closePdfPool };
