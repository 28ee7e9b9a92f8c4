import { DEMO_ORGANIZATION_ID } from "@/db/demo-organization";

/** Who is acting, resolved on the server. Every query takes its organisation from here. */
export type SessionContext = { organizationId: string; userName: string };

/**
 * Until accounts arrive the app runs as one demo organisation and one demo user.
 * Queries already take this context, so accounts only have to change this function.
 */
export async function getSessionContext(): Promise<SessionContext> {
  return { organizationId: DEMO_ORGANIZATION_ID, userName: "Demo project officer" };
}
