/**
 * Opens the database when the server starts, so migrations apply (and a locked or broken
 * database is reported) before the first visitor arrives rather than on their request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("./db/client");
  try {
    await getDb();
  } catch (error) {
    console.error("Could not open the database:", error instanceof Error ? error.message : error);
  }
}
