/**
 * Opens the database when the server starts, so migrations apply (and a locked or broken
 * database is reported) before the first visitor arrives rather than on their request.
 * Then starts a PDF thread and loads its fonts, which takes seconds the first time.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("./db/client");
  try {
    await getDb();
  } catch (error) {
    console.error("Could not open the database:", error instanceof Error ? error.message : error);
  }
  const { warmPdfPool } = await import("./lib/pdf/pdf-pool");
  warmPdfPool().catch((error) => console.error("Could not start the PDF renderer:", error instanceof Error ? error.message : error));
}
