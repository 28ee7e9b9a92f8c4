import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { session, user } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed-users";
import { setupTestDatabase } from "@/db/testing/test-database";
import { getAuth, resetAuth } from "@/lib/auth/auth";

const db = setupTestDatabase({ withSample: true });
beforeAll(() => resetAuth());

const origin = "http://localhost:3000";
async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const auth = await getAuth();
  return auth.handler(
    new Request(`${origin}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe("email and password sign-in through Better Auth", () => {
  it("signs a demo user in with the README's password, and sign-out ends the session on the server", async () => {
    const signIn = await post("/sign-in/email", { email: "manager@demo.org", password: DEMO_PASSWORD }, { [CLIENT_ADDRESS_HEADER]: "198.51.100.1" });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const [manager] = await db().select().from(user).where(eq(user.email, "manager@demo.org"));
    expect(await db().select().from(session).where(eq(session.userId, manager!.id))).toHaveLength(1);

    const signOut = await post("/sign-out", {}, { cookie, [CLIENT_ADDRESS_HEADER]: "198.51.100.1" });
    expect(signOut.status).toBe(200);
    expect(await db().select().from(session).where(eq(session.userId, manager!.id))).toHaveLength(0);
  });

  it("slows down repeated failed sign-ins from one address: the sixth attempt within a minute gets 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await post("/sign-in/email", { email: "staff@demo.org", password: "not-the-password" }, { [CLIENT_ADDRESS_HEADER]: "203.0.113.7" });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses[5]).toBe(429);
    // Another address is not affected.
    const other = await post("/sign-in/email", { email: "staff@demo.org", password: DEMO_PASSWORD }, { [CLIENT_ADDRESS_HEADER]: "203.0.113.8" });
    expect(other.status).toBe(200);
  });
});
