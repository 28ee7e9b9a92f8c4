import { vi } from "vitest";

// Server actions call revalidatePath, which needs a Next.js request; outside one it is a no-op here.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// No cookies outside a request: the session is whatever the test says (db/testing/test-session.ts),
// its scope built as lib/session.ts builds it (an evaluator's given projects read from the database).
vi.mock("@/lib/session", async () => {
  const { testSession } = await import("./test-session");
  const { scopeFor } = await import("../queries/scope");
  return { getSessionContext: async () => scopeFor(testSession.current), getSignedInUser: async () => null };
});
