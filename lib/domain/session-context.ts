import type { Role } from "@/lib/auth/roles";

/**
 * Who is acting, resolved on the server from the session cookie (lib/session.ts). Every query takes
 * its organisation from here, never from the request.
 */
export type SessionContext = {
  organizationId: string;
  organizationName: string;
  userId: string;
  userName: string;
  role: Role;
};
