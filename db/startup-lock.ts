import type { DatabaseTarget } from "./client";

// Any fixed number will do, as long as nothing else in the database takes the same advisory lock.
const STARTUP_LOCK_KEY = 720_113_2026;

/**
 * Runs an instance's start-up (migrations, the demo organisation) while holding a PostgreSQL
 * advisory lock, so that several instances started together on one database take turns instead
 * of applying the same migration twice. The lock lives on a connection of its own and goes with it.
 * An embedded PGlite folder already has one process only (its folder lock).
 */
export async function withStartupLock<T>(target: DatabaseTarget, startUp: () => Promise<T>): Promise<T> {
  if (!("url" in target)) return startUp();
  const { default: postgres } = await import("postgres");
  const lock = postgres(target.url, { max: 1, onnotice: () => {} });
  try {
    await lock`select pg_advisory_lock(${STARTUP_LOCK_KEY})`;
    return await startUp();
  } finally {
    await lock.end();
  }
}
