import { withSerwist } from "@serwist/turbopack";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time;
  // bundling it breaks those paths ("The path argument must be ... Received an instance of URL").
  // Piscina starts PDF worker threads from a file (.pdf-worker, built by scripts/build-pdf-worker.mjs).
  serverExternalPackages: ["@electric-sql/pglite", "piscina"],
  // Migrations, checklist files, the PDF worker and its fonts are read at run time and must ship with the server.
  outputFileTracingIncludes: {
    "/**": ["./db/migrations/**/*", "./lib/checklists/data/**/*"],
    "/assessments/*/pdf": ["./.pdf-worker/**/*", "./lib/pdf/fonts/**/*"],
    "/projects/*/pdf": ["./.pdf-worker/**/*", "./lib/pdf/fonts/**/*"],
  },
  poweredByHeader: false,
  // forbidden() answers 403 when a role may not open a page (app/forbidden.tsx).
  experimental: { authInterrupts: true },
};

// Keeps esbuild, which bundles the service worker (app/api/serwist), out of the server bundle.
export default withSerwist(nextConfig);
