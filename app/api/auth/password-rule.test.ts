import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { user } from "@/db/schema";
import { setupTestDatabase } from "@/db/testing/test-database";
import { authErrorRef } from "@/lib/auth/auth-error";
import { getAuth, resetAuth } from "@/lib/auth/auth";
import { translateRef } from "@/lib/i18n/message-ref";
import { translatorFor } from "@/lib/i18n/translator";

const db = setupTestDatabase();
beforeAll(() => resetAuth());

const origin = "http://localhost:3000";
let address = 0;
/** Each sign-up from its own address: the rate limit (5 a minute) is not what this tests. */
async function signUp(email: string, password: string) {
  const auth = await getAuth();
  const response = await auth.handler(
    new Request(`${origin}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, [CLIENT_ADDRESS_HEADER]: `198.51.100.${++address}` },
      body: JSON.stringify({ email, password, name: "Ines Founder" }),
    }),
  );
  return { status: response.status, body: (await response.json()) as { code?: string; message?: string } };
}
const accounts = async (email: string) => (await db().select().from(user).where(eq(user.email, email))).length;

describe("Better Auth refuses weak passwords, whatever the browser checked", () => {
  it("refuses a common password with a code the form reads in the reader's language, and creates no account", async () => {
    const refused = await signUp("weak@example.org", "password1234");
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe("PASSWORD_WEAK_COMMON");
    expect(translateRef(translatorFor("zh-CN"), authErrorRef({ status: refused.status, ...refused.body }, "auth.errors.signUpFailed"))).toBe(
      "这个密码属于最常见的密码。请换一个不容易猜到的，例如几个互不相关的词",
    );
    expect((await signUp("weak@example.org", "aaaaaaaaaaaa")).body.code).toBe("PASSWORD_WEAK_REPEATS");
    expect((await signUp("weak@example.org", "qwertyuiop12")).body.code).toBe("PASSWORD_WEAK_COMMON");
    expect(await accounts("weak@example.org")).toBe(0);
  });

  it("refuses fewer than 12 characters", async () => {
    const refused = await signUp("short@example.org", "kettle-orb1");
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe("PASSWORD_TOO_SHORT");
    expect(await accounts("short@example.org")).toBe(0);
  });

  it("accepts a long password of unrelated words", async () => {
    const accepted = await signUp("strong@example.org", "kettle-orbit-lantern");
    expect(accepted.status).toBe(200);
    expect(await accounts("strong@example.org")).toBe(1);
  });
});
