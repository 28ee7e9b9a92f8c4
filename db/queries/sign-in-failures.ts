import { eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { signInFailures } from "../schema";

/**
 * Failed sign-ins per account, counted in the database so that every app instance sees the same
 * count. The clock is the database's, for the same reason. lib/auth/account-throttle.ts decides
 * what a count means; these only count.
 */
export type FailureRule = { limit: number; windowMinutes: number; pauseMinutes: number };

/** When the account's sign-in is paused until, or null when it is not. */
export async function signInPausedUntil(accountKey: string): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db
    .select({ until: signInFailures.pausedUntil })
    .from(signInFailures)
    .where(sql`${signInFailures.accountKey} = ${accountKey} and ${signInFailures.pausedUntil} > now()`);
  return row?.until ?? null;
}

/**
 * Counts one failure in one statement (two instances at once both count), starting a new window
 * when the last one is over, and pauses the account when the count reaches the limit.
 */
export async function recordFailedSignIn(accountKey: string, rule: FailureRule): Promise<void> {
  const db = await getDb();
  const t = signInFailures;
  const windowOver = sql`${t.windowStartedAt} <= now() - make_interval(mins => ${rule.windowMinutes})`;
  const counted = sql`case when ${windowOver} then 1 else ${t.failures} + 1 end`;
  await db
    .insert(t)
    .values({ accountKey, failures: 1, windowStartedAt: sql`now()`, pausedUntil: rule.limit <= 1 ? sql`now() + make_interval(mins => ${rule.pauseMinutes})` : null })
    .onConflictDoUpdate({
      target: t.accountKey,
      set: {
        failures: counted,
        windowStartedAt: sql`case when ${windowOver} then now() else ${t.windowStartedAt} end`,
        pausedUntil: sql`case when ${counted} >= ${rule.limit} then now() + make_interval(mins => ${rule.pauseMinutes}) else ${t.pausedUntil} end`,
      },
    });
}

/** A successful sign-in starts the count again. */
export async function clearFailedSignIns(accountKey: string): Promise<void> {
  const db = await getDb();
  await db.delete(signInFailures).where(eq(signInFailures.accountKey, accountKey));
}
