import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { user } from "@/db/schema";
import { addUser } from "@/db/testing/access-fixtures";
import { snapshotTables } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import * as session from "@/lib/session";
import { POST } from "./language/route";

// The header's language switcher: a plain form post that sets the cookie, saves the choice to the
// account of whoever is signed in, and goes back to the page, never to another site.
const db = setupTestDatabase();

const choose = (fields: Record<string, string>) =>
  POST(new Request("http://localhost:3000/language", { method: "POST", body: new URLSearchParams(fields) }));

afterEach(() => vi.restoreAllMocks());

describe("POST /language", () => {
  it("sets the cookie for a visitor who is not signed in, and goes back to the page", async () => {
    const response = await choose({ locale: "zh-CN", back: "/sign-in?next=%2Fprojects" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/sign-in?next=%2Fprojects");
    expect(response.headers.get("set-cookie")).toMatch(/^NEXT_LOCALE=zh-CN; Path=\/; Max-Age=\d+; SameSite=Lax/);
  });

  it("saves the choice to the signed-in person's account", async () => {
    const id = await addUser(db(), "user-language", "李语");
    vi.spyOn(session, "getSignedInUser").mockResolvedValue({ user: { id } } as Awaited<ReturnType<typeof session.getSignedInUser>>);
    await choose({ locale: "zh-CN", back: "/projects" });
    const [row] = await db().select({ locale: user.locale }).from(user).where(eq(user.id, id));
    expect(row?.locale).toBe("zh-CN");
    await choose({ locale: "en", back: "/projects" });
    const [again] = await db().select({ locale: user.locale }).from(user).where(eq(user.id, id));
    expect(again?.locale).toBe("en");
  });

  it("refuses a language the app does not have, changing nothing", async () => {
    const before = await snapshotTables(db());
    const response = await choose({ locale: "klingon", back: "/projects" });
    expect(response.status).toBe(303);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("never sends anyone to another site", async () => {
    for (const back of ["//evil.example/x", "https://evil.example/", "/\\\\evil.example", "projects"]) {
      const response = await choose({ locale: "en", back });
      expect(response.headers.get("location"), back).toBe("/");
    }
  });
});
