import { asc, eq } from "drizzle-orm";
import { isRole, type Role } from "@/lib/auth/roles";
import { getDb } from "../client";
import { member, organizations, session } from "../schema";

export type Membership = { organizationId: string; organizationName: string; role: Role };

/** The organisations a user belongs to, oldest membership first. Unknown roles are ignored. */
export async function listMembershipsOfUser(userId: string): Promise<Membership[]> {
  const db = await getDb();
  const rows = await db
    .select({ organizationId: member.organizationId, organizationName: organizations.name, role: member.role })
    .from(member)
    .innerJoin(organizations, eq(organizations.id, member.organizationId))
    .where(eq(member.userId, userId))
    .orderBy(asc(member.createdAt));
  return rows.flatMap((r) => (isRole(r.role) ? [{ ...r, role: r.role }] : []));
}

/** Remembers the organisation a session works in (Better Auth's active organisation). */
export async function setActiveOrganizationOfSession(sessionId: string, organizationId: string) {
  const db = await getDb();
  await db.update(session).set({ activeOrganizationId: organizationId }).where(eq(session.id, sessionId));
}
