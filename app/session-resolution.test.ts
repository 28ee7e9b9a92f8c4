import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { and, eq } from "drizzle-orm";
import { saveUserLocale } from "@/db/queries/user-preferences";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { member, organizations, session, user } from "@/db/schema";
import { setupTestDatabase } from "@/db/testing/test-database";
import { getAuth, resetAuth } from "@/lib/auth/auth";

// lib/session is mocked for the other database tests (db/testing/setup.ts); here the real one runs
// against the database, with Better Auth's real sessions. Only the request's headers are given.
vi.unmock("@/lib/session");
const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie }),
  cookies: async () => ({ get: () => undefined, set: () => {}, getAll: () => [] }),
}));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), connection: async () => {} }));

const db = setupTestDatabase();
const origin = "http://localhost:3000";
let userId = "";

async function signUp(email: string) {
  const auth = await getAuth();
  const response = await auth.handler(
    new Request(`${origin}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, [CLIENT_ADDRESS_HEADER]: "198.51.100.9" },
      body: JSON.stringify({ email, password: "a-long-test-password-2026", name: "Rosa Resolve" }),
    }),
  );
  expect(response.status).toBe(200);
  return { cookie: response.headers.get("set-cookie")!.split(";")[0]!, id: ((await response.json()) as { user: { id: string } }).user.id };
}

async function join(organizationId: string, name: string, role: string, createdAt: Date) {
  await db().insert(organizations).values({ id: organizationId, name, slug: organizationId }).onConflictDoNothing();
  await db().insert(member).values({ id: `${organizationId}-${userId}`, organizationId, userId, role, createdAt });
}

const activeOrganization = async () => (await db().select().from(session).where(eq(session.userId, userId)))[0]!.activeOrganizationId;

/** The real resolveSession, fresh per call: React's cache would otherwise keep one answer per module. */
async function resolve() {
  vi.resetModules();
  const { resolveSession } = await import("@/lib/session");
  return resolveSession();
}

beforeAll(async () => {
  resetAuth();
  const signedUp = await signUp("rosa@example.org");
  request.cookie = signedUp.cookie;
  userId = signedUp.id;
});

describe("resolveSession, against the database", () => {
  it("is signed out without a session cookie, and without an organisation before joining one", async () => {
    const cookie = request.cookie;
    request.cookie = "";
    expect(await resolve()).toEqual({ kind: "signed-out" });
    request.cookie = cookie;
    expect(await resolve()).toEqual({ kind: "no-organisation", savedLocale: null });
  });

  it("falls back to the oldest membership when the session names none, and remembers it on the session", async () => {
    await join("org-first", "First NGO", "staff", new Date("2026-01-01"));
    await join("org-second", "Second NGO", "manager", new Date("2026-02-01"));
    expect(await activeOrganization()).toBeNull();
    const resolved = await resolve();
    expect(resolved).toMatchObject({
      kind: "ok",
      context: { organizationId: "org-first", organizationName: "First NGO", userId, userName: "Rosa Resolve", role: "staff" },
    });
    expect(resolved.kind === "ok" && resolved.memberships.map((m) => m.organizationId)).toEqual(["org-first", "org-second"]);
    expect(await activeOrganization()).toBe("org-first");
  });

  it("re-checks the membership on every call: the active organisation's role as it is now", async () => {
    await db().update(session).set({ activeOrganizationId: "org-second" }).where(eq(session.userId, userId));
    expect(await resolve()).toMatchObject({ kind: "ok", context: { organizationId: "org-second", role: "manager" } });
    await db().update(member).set({ role: "evaluator" }).where(and(eq(member.userId, userId), eq(member.organizationId, "org-second")));
    expect(await resolve()).toMatchObject({ kind: "ok", context: { organizationId: "org-second", role: "evaluator" } });
  });

  it("moves a member removed from the active organisation to another of theirs at once, then to none", async () => {
    await db().delete(member).where(and(eq(member.userId, userId), eq(member.organizationId, "org-second")));
    expect(await resolve()).toMatchObject({ kind: "ok", context: { organizationId: "org-first", role: "staff" } });
    expect(await activeOrganization()).toBe("org-first");
    await db().delete(member).where(eq(member.userId, userId));
    expect(await resolve()).toEqual({ kind: "no-organisation", savedLocale: null });
  });

  it("carries the language the person saved, for every page of theirs", async () => {
    await saveUserLocale(userId, "zh-CN");
    expect(await resolve()).toMatchObject({ savedLocale: "zh-CN" });
    await saveUserLocale(userId, "en");
    expect(await resolve()).toMatchObject({ savedLocale: "en" });
  });

  it("ignores a session whose user was deleted", async () => {
    await db().delete(user).where(eq(user.id, userId));
    expect(await resolve()).toEqual({ kind: "signed-out" });
  });
});
