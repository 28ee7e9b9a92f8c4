import { forbidden } from "next/navigation";
import type { SessionContext } from "@/lib/domain/session-context";
import { getSessionContext } from "@/lib/session";
import { can, type Permission } from "./roles";

/** For pages: the session, or 403 when its role lacks the permission the page needs. */
export async function requirePermission(permission: Permission): Promise<SessionContext> {
  const session = await getSessionContext();
  if (!can(session.role, permission)) forbidden();
  return session;
}
