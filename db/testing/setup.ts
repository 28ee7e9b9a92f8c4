import { vi } from "vitest";

// Server actions call revalidatePath, which needs a Next.js request; outside one it is a no-op here.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// No cookies outside a request: the session is whatever the test says (db/testing/test-session.ts).
vi.mock("@/lib/session", async () => {
  const { testSession } = await import("./test-session");
  return { getSessionContext: async () => testSession.current, getSignedInUser: async () => null };
});
