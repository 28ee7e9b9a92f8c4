import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time;
  // bundling it breaks those paths ("The path argument must be ... Received an instance of URL").
  serverExternalPackages: ["@electric-sql/pglite"],
  // Migrations and checklist files are read at run time and must ship with the server.
  outputFileTracingIncludes: {
    "/**": ["./db/migrations/**/*", "./lib/checklists/data/**/*"],
  },
  poweredByHeader: false,
  // forbidden() answers 403 when a role may not open a page (app/forbidden.tsx).
  experimental: { authInterrupts: true },
};

export default nextConfig;
