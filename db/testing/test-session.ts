import type { Actor } from "@/lib/domain/session-context";
import { demo } from "./fixtures";

/**
 * Who acts in database tests; a test may swap it. The mocked lib/session builds the scope of this
 * actor with the real builder (scopeFor) on every call, as a request would.
 */
export const testSession: { current: Actor } = { current: demo };

export function actAs(actor: Actor) {
  testSession.current = actor;
}
