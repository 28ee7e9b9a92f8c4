import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { listMembershipsOfUser, setActiveOrganizationOfSession, type Membership } from "@/db/queries/members";
import { scopeFor } from "@/db/queries/scope";
import { getAuth } from "@/lib/auth/auth";
import type { SessionContext } from "@/lib/domain/session-context";

export type { SessionContext };

/** The signed-in user, or null. */
export async function getSignedInUser() {
  // A session is per request: this keeps every page that reads it out of the build's prerendering
  // (which would otherwise open the database at build time).
  await connection();
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: await headers() });
  return found ? { user: found.user, session: found.session } : null;
}

/**
 * The acting user in their active organisation, or why there is none. The active organisation is
 * checked against the memberships on every call, so a removed member loses access at once; they
 * fall back to another organisation of theirs, or have none.
 */
// Cached per request: the header and the page both ask, and each answer costs a session lookup,
// a memberships query and, for an evaluator, the given projects. The context is the request's
// scope (scopeFor, db/queries/scope.ts): pages and actions pass it to every query.
export const resolveSession = cache(async function resolveSession(): Promise<
  | { kind: "signed-out" }
  | { kind: "no-organisation"; savedLocale: string | null }
  | { kind: "ok"; context: SessionContext; memberships: Membership[]; savedLocale: string | null }
> {
  const signedIn = await getSignedInUser();
  if (!signedIn) return { kind: "signed-out" };
  const { user, session } = signedIn;
  const savedLocale = user.locale ?? null;
  const memberships = await listMembershipsOfUser(user.id);
  const active = memberships.find((m) => m.organizationId === session.activeOrganizationId) ?? memberships[0];
  if (!active) return { kind: "no-organisation", savedLocale };
  if (active.organizationId !== session.activeOrganizationId) {
    await setActiveOrganizationOfSession(session.id, active.organizationId);
  }
  return {
    kind: "ok",
    memberships,
    savedLocale,
    context: await scopeFor({
      organizationId: active.organizationId,
      organizationName: active.organizationName,
      userId: user.id,
      userName: user.name,
      role: active.role,
    }),
  };
});

/** For pages and actions: the session context, or a redirect to sign in / create an organisation. */
export async function getSessionContext(): Promise<SessionContext> {
  const resolved = await resolveSession();
  if (resolved.kind === "signed-out") redirect("/sign-in");
  if (resolved.kind === "no-organisation") redirect("/organizations/new");
  return resolved.context;
}
