import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // components/: tests of renderers that need no browser (server markup), e.g. the report parity test.
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        // Database tests run against a fresh PGlite (default) or a fresh database on the
        // PostgreSQL server (TEST_DATABASE=postgres); see db/testing/test-database.ts.
        resolve: { alias },
        test: {
          name: "db",
          include: ["db/**/*.test.ts", "app/**/*.test.ts"],
          environment: "node",
          setupFiles: ["db/testing/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
