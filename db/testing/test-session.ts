import type { SessionContext } from "@/lib/domain/session-context";
import { demo } from "./fixtures";

/** The session the mocked lib/session returns in database tests; a test may swap it. */
export const testSession: { current: SessionContext } = { current: demo };

export function actAs(context: SessionContext) {
  testSession.current = context;
}
