/**
 * Opens the database when the server starts, so migrations apply (and a locked or broken
 * database is reported) before the first visitor arrives rather than on their request.
 * Marks each request with its client address for the sign-in limiter.
 * Then starts a PDF thread and loads its fonts, which takes seconds the first time.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // First, before any request is let through: who the client is (lib/http/client-address-rule.ts).
  const { installClientAddressRule } = await import("./lib/http/client-address-rule");
  installClientAddressRule();
  const { getDb } = await import("./db/client");
  try {
    await getDb();
  } catch (error) {
    console.error("Could not open the database:", error instanceof Error ? error.message : error);
  }
  const { warmPdfPool } = await import("./lib/pdf/pdf-pool");
  warmPdfPool().catch((error) => console.error("Could not start the PDF renderer:", error instanceof Error ? error.message : error));
}
