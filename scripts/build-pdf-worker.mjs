// Bundles the PDF worker (lib/pdf/pdf-worker.ts and the react-pdf documents) into one ES module
// that worker threads can load without a TypeScript loader, in dev, in tests and in production.
import path from "node:path";
import { fileURLToPath } from "node:url";
import fs from "node:fs";
import { nodeFileTrace } from "@vercel/nft";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const pdfWorkerFile = path.join(root, ".pdf-worker", "pdf-worker.mjs");
/** Every file the worker reads at run time (react-pdf and its packages, the fonts), for next.config.ts. */
export const pdfWorkerTraceFile = path.join(root, ".pdf-worker", "trace.json");

export async function buildPdfWorker() {
  await build({
    entryPoints: [path.join(root, "lib", "pdf", "pdf-worker.ts")],
    outfile: pdfWorkerFile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    // Resolved from node_modules at run time: react-pdf must share the one React it was built against.
    // Everything else (country names, checklist data) is bundled, JSON included.
    external: ["@react-pdf/renderer", "react", "react/*", "react-dom", "react-dom/*"],
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
  // Next.js traces what the server imports, not what a worker thread loads from a file: the
  // standalone server would ship without react-pdf. Vercel's tracer (the one Next.js uses) lists it.
  const { fileList } = await nodeFileTrace([pdfWorkerFile], { base: root });
  fs.writeFileSync(pdfWorkerTraceFile, JSON.stringify([...fileList].sort(), null, 1));
  return pdfWorkerFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildPdfWorker();
  console.log(`PDF worker built: ${path.relative(root, pdfWorkerFile)}`);
}
