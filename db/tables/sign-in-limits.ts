import { bigint, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/*
 * Sign-in limits, kept in the database so that several app instances on one database count the
 * same attempts (and a restart does not forget them).
 */

/** Better Auth's per-address limiter (rateLimit.storage "database"), as its CLI generates it. */
export const rateLimit = pgTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

/**
 * Failed sign-ins per account, whatever address they come from (lib/auth/account-throttle.ts).
 * Keyed by a hash of the address typed, so the table neither needs the account to exist nor
 * keeps a list of the e-mail addresses people tried.
 */
export const signInFailures = pgTable("sign_in_failure", {
  accountKey: text("account_key").primaryKey(),
  failures: integer("failures").notNull(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  // Set when the failures reach the limit: no sign-in for this account until then.
  pausedUntil: timestamp("paused_until", { withTimezone: true }),
});
