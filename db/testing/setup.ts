import { afterAll, afterEach, vi } from "vitest";
import { describeUnscoped, takeUnscopedStatements } from "./tenant-sentinel";

// Server actions call revalidatePath, which needs a Next.js request; outside one it is a no-op here.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// No cookies outside a request: the session is whatever the test says (db/testing/test-session.ts),
// its scope built as lib/session.ts builds it (an evaluator's given projects read from the database).
vi.mock("@/lib/session", async () => {
  const { testSession } = await import("./test-session");
  const { scopeFor } = await import("../queries/scope");
  return { getSessionContext: async () => scopeFor(testSession.current), getSignedInUser: async () => null };
});

// The tenant-filter sentinel (db/testing/tenant-sentinel.ts): a statement of the app that read or
// changed a tenant table without naming the organisation fails the test it ran in (statements of
// beforeAll hooks fail the file's first test, those of afterAll hooks the file).
const failOnUnscoped = () => {
  const found = takeUnscopedStatements();
  if (found.length) throw new Error(describeUnscoped(found));
};
afterEach(failOnUnscoped);
afterAll(failOnUnscoped);
