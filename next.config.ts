import fs from "node:fs";
import path from "node:path";
import { withSerwist } from "@serwist/turbopack";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_EVIDENCE_REQUEST_BYTES } from "./lib/evidence/evidence-limits";
import { MAX_ARCHIVE_BYTES } from "./lib/exports/archive-limits";
import { MAX_IMPORT_REQUEST_BYTES } from "./lib/exports/import-limit";
import { staticSecurityHeaders } from "./lib/http/security-headers";

// The PDF worker, react-pdf and the fonts, as scripts/build-pdf-worker.mjs traced them (it runs
// before every build and dev start); the folders themselves when it has not run yet.
const pdfWorkerTrace = path.join(/*turbopackIgnore: true*/ process.cwd(), ".pdf-worker", "trace.json");
const pdfWorkerFiles = fs.existsSync(pdfWorkerTrace)
  ? (JSON.parse(fs.readFileSync(pdfWorkerTrace, "utf8")) as string[]).map((file) => `./${file}`)
  : ["./.pdf-worker/**/*", "./lib/pdf/fonts/**/*"];

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone (its own node_modules, traced): what a container or
  // each of several instances runs. scripts/start-standalone.mjs adds the static files and starts it.
  output: "standalone",
  // PGlite loads its WASM and data files from its own package folder at run time;
  // bundling it breaks those paths ("The path argument must be ... Received an instance of URL").
  // Piscina starts PDF worker threads from a file (.pdf-worker, built by scripts/build-pdf-worker.mjs).
  serverExternalPackages: ["@electric-sql/pglite", "piscina"],
  // Migrations, checklist files, the PDF worker and its fonts are read at run time and must ship with the server.
  outputFileTracingIncludes: {
    "/**": ["./db/migrations/**/*", "./lib/checklists/data/**/*"],
    "/assessments/*/pdf": pdfWorkerFiles,
    "/projects/*/pdf": pdfWorkerFiles,
  },
  poweredByHeader: false,
  // Every response, route handlers and /api included; the CSP and HSTS come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...staticSecurityHeaders] }];
  },
  experimental: {
    // forbidden() answers 403 when a role may not open a page (app/forbidden.tsx).
    authInterrupts: true,
    // The import sends a file of up to 900 KB as an escaped string, which can double it: the default
    // 1 MB refused such a file with a 500 before the action ran (lib/exports/import-limit.ts derives it).
    serverActions: { bodySizeLimit: MAX_IMPORT_REQUEST_BYTES },
    // proxy.ts sees every request, so Next buffers bodies up to this size (10 MB unless set): an
    // evidence upload (20 MB a file) or a project archive would arrive cut short.
    proxyClientMaxBodySize: Math.max(MAX_EVIDENCE_REQUEST_BYTES, MAX_ARCHIVE_BYTES),
  },
};

// next-intl reads the request's language from lib/i18n/request.ts (no locale in the URL). The
// messages are compiled at build time, so the browser gets them ready to format, without the ICU
// parser (lib/i18n/messages; tests and the PDF worker read the same files as they are).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

// Keeps esbuild, which bundles the service worker (app/api/serwist), out of the server bundle.
export default withSerwist(withNextIntl(nextConfig));
