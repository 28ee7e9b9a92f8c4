import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInFailures } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed-users";
import { callAuth } from "@/db/testing/auth-client";
import { setupTestDatabase } from "@/db/testing/test-database";
import { resetAuth } from "@/lib/auth/auth";

/**
 * The two sign-in limits, both kept in the database: per address (Better Auth's limiter) and per
 * account whatever the address (ours). Every call here comes from a new address unless it says.
 */
const db = setupTestDatabase({ withSample: true });
beforeAll(() => resetAuth());

const signIn = (email: string, password: string, address?: string) => callAuth("POST", "/sign-in/email", { body: { email, password }, address });

describe("per address", { timeout: 60_000 }, () => {
  it("still counts after the auth instance is rebuilt: the count is in the database, not in memory", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await signIn("staff@demo.org", "not-the-password", "203.0.113.50")).status);
    resetAuth(); // as if another instance, or a restart, took the next requests
    for (let i = 0; i < 3; i++) statuses.push((await signIn("staff@demo.org", "not-the-password", "203.0.113.50")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

// Each sign-in hashes a password on purpose (slow by design): generous ceilings, not timings.
describe("per account, from many addresses", { timeout: 120_000 }, () => {
  async function tenFailures(email: string) {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await signIn(email, `wrong-password-${i}`)).status);
    return statuses;
  }

  it("pauses the account after 10 failures in 15 minutes, even for the right password, with a clear code and when to retry", async () => {
    expect(await tenFailures("manager@demo.org")).toEqual(Array(10).fill(401));
    const paused = await signIn("manager@demo.org", DEMO_PASSWORD);
    expect(paused.status).toBe(429);
    expect(await paused.json()).toMatchObject({ code: "ACCOUNT_SIGN_IN_PAUSED" });
    const retryAfter = Number(paused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Other accounts sign in as usual.
    expect((await signIn("admin@demo.org", DEMO_PASSWORD)).status).toBe(200);
  });

  it("answers an address with no account exactly as one with an account: no hint that it exists", async () => {
    expect(await tenFailures("nobody-here@demo.org")).toEqual(Array(10).fill(401));
    const paused = await signIn("nobody-here@demo.org", DEMO_PASSWORD);
    expect(paused.status).toBe(429);
    expect(await paused.json()).toMatchObject({ code: "ACCOUNT_SIGN_IN_PAUSED" });
  });

  it("counts the address however it is typed", async () => {
    for (let i = 0; i < 10; i++) await signIn(i % 2 ? "Evaluator@Demo.org" : "evaluator@demo.org", "wrong-password");
    expect((await signIn("EVALUATOR@demo.org", DEMO_PASSWORD)).status).toBe(429);
  });

  it("lets the account in again once the pause is over, and a success starts the count again", async () => {
    await tenFailures("lina@demo.org");
    expect((await signIn("lina@demo.org", DEMO_PASSWORD)).status).toBe(429);
    // Fifteen minutes later (the database's clock decides, so move the rows back in time).
    await db().update(signInFailures).set({ pausedUntil: sql`now() - interval '1 second'`, windowStartedAt: sql`now() - interval '16 minutes'` });
    expect((await signIn("lina@demo.org", DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 9; i++) await signIn("lina@demo.org", "wrong-password");
    expect((await signIn("lina@demo.org", DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 9; i++) await signIn("lina@demo.org", "wrong-password");
    expect((await signIn("lina@demo.org", DEMO_PASSWORD)).status).toBe(200);
  });

  it("starts a new window when the last failure is more than 15 minutes old", async () => {
    for (let i = 0; i < 9; i++) await signIn("harbour@demo.org", "wrong-password");
    await db().update(signInFailures).set({ windowStartedAt: sql`now() - interval '16 minutes'` });
    for (let i = 0; i < 2; i++) await signIn("harbour@demo.org", "wrong-password");
    expect((await signIn("harbour@demo.org", DEMO_PASSWORD)).status).toBe(200);
  });
});
