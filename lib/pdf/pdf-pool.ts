import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Piscina from "piscina";
import { UserFacingError } from "@/lib/errors";
import type { PdfRequest } from "./pdf-request";

// Laying out a long report keeps a thread busy for hundreds of milliseconds. On the request's
// own thread that would stall every other user, so PDFs render on worker threads.
const workerFile = path.join(/*turbopackIgnore: true*/ process.cwd(), ".pdf-worker", "pdf-worker.mjs");

// Leave one core to the server itself; at most two PDF threads, each holds the fonts (~60 MB).
const maxThreads = Math.max(1, Math.min(2, os.availableParallelism() - 1));

const maxQueue = 20;

const globalPool = globalThis as unknown as { pdfPool?: Piscina<PdfRequest, Uint8Array> };

export class PdfBusyError extends UserFacingError {
  constructor() {
    super("errors.pdfBusy");
  }
}

function pdfPool(): Piscina<PdfRequest, Uint8Array> {
  if (globalPool.pdfPool) return globalPool.pdfPool;
  if (!fs.existsSync(workerFile)) {
    throw new Error(`The PDF worker is not built (${workerFile}). Run "npm run pdf-worker".`);
  }
  globalPool.pdfPool = new Piscina<PdfRequest, Uint8Array>({
    filename: pathToFileURL(workerFile).href,
    maxThreads,
    minThreads: 1,
    // minThreads keeps one warm thread for good (the first render in a thread loads the 10 MB
    // fonts); a second thread, started under load, stops after five idle minutes.
    idleTimeout: 5 * 60_000,
    maxQueue,
    // React's development build roughly doubles layout time and adds nothing to a PDF.
    env: { ...process.env, NODE_ENV: "production" },
  });
  return globalPool.pdfPool;
}

/** Renders the PDF on a worker thread; refuses with a clear message when too many are queued. */
export async function renderPdfOffThread(request: PdfRequest): Promise<Uint8Array> {
  const pool = pdfPool();
  if (pool.queueSize >= maxQueue) throw new PdfBusyError();
  // A worker that cannot start would leave the request waiting forever: give up after a minute.
  return pool.run(request, { signal: AbortSignal.timeout(60_000) });
}

/** Starts the first thread and loads its fonts; called when the server starts. */
export async function warmPdfPool(): Promise<void> {
  await pdfPool().run({ kind: "warm-up" });
}

/** For scripts and tests that must exit: stops the threads. */
export async function closePdfPool(): Promise<void> {
  await globalPool.pdfPool?.destroy();
  globalPool.pdfPool = undefined;
}
