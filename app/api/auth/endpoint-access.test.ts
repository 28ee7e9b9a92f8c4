import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, invitation, member, organizations, projectEvaluators, session, user } from "@/db/schema";
import { DEMO_PASSWORD, OTHER_DEMO_ORGANIZATION, demoUsers, otherDemoUser } from "@/db/seed-users";
import { callAuth, libraryEndpoints, signInCookie } from "@/db/testing/auth-client";
import { OTHER_ORGANIZATION_ID, setupTestDatabase } from "@/db/testing/test-database";
import { getAuth, resetAuth } from "@/lib/auth/auth";
import { authEndpointsInUse } from "@/lib/auth/auth-endpoints-in-use";
import { roles, type Role } from "@/lib/auth/roles";

/**
 * Better Auth's own endpoints, read from the library: the ones the app does not use answer 404 to
 * every role and to a signed-out caller, and change nothing; the ones it uses keep every role to
 * its own organisation and to the app's role table, and write the audit log.
 */
const db = setupTestDatabase({ withSample: true });
const DEMO_ORG = "demo-org";
const cookies = {} as Record<Role | "other" | "signedOut", string>;
let endpoints: Awaited<ReturnType<typeof libraryEndpoints>>;

beforeAll(async () => {
  resetAuth();
  endpoints = await libraryEndpoints();
  for (const role of roles) cookies[role] = await signInCookie(demoUsers.find((u) => u.role === role)!.email, DEMO_PASSWORD);
  cookies.other = await signInCookie(otherDemoUser.email, DEMO_PASSWORD);
  cookies.signedOut = "";
}, 60_000);

async function footprint() {
  const [members] = await db().select({ n: count() }).from(member);
  const [invitations] = await db().select({ n: count() }).from(invitation);
  const [orgs] = await db().select({ n: count() }).from(organizations);
  const [audit] = await db().select({ n: count() }).from(auditLog);
  const [users] = await db().select({ n: count() }).from(user);
  return { members: members!.n, invitations: invitations!.n, orgs: orgs!.n, audit: audit!.n, users: users!.n };
}

const unused = () => endpoints.filter((e) => !authEndpointsInUse[e.path]);
const callers = [...roles, "other", "signedOut"] as const;

describe("the endpoints the app does not use", () => {
  it("include the member directory, role changes and invitations the review found open", () => {
    const paths = unused().map((e) => e.path);
    for (const path of ["/organization/list-members", "/organization/get-full-organization", "/organization/update-member-role", "/organization/invite-member"]) {
      expect(paths).toContain(path);
    }
  });

  it("every endpoint the app uses is one the library has, by the same method", () => {
    for (const [path, methods] of Object.entries(authEndpointsInUse)) {
      const found = endpoints.find((e) => e.path === path);
      expect(found, path).toBeDefined();
      for (const method of methods) expect(found!.methods, path).toContain(method);
    }
  });

  it.each(callers)("answer 404 to %s by every method, and change nothing", async (caller) => {
    const before = await footprint();
    const statuses: string[] = [];
    for (const endpoint of unused()) {
      const path = endpoint.path.replace(/:(\w+)/g, "x");
      for (const method of endpoint.methods) {
        const body = { organizationId: OTHER_DEMO_ORGANIZATION.id, memberIdOrEmail: "staff@demo.org", email: "new@example.org", role: "owner" };
        const response = await callAuth(method, method === "GET" ? `${path}?organizationId=${DEMO_ORG}` : path, { cookie: cookies[caller], body });
        if (response.status !== 404) statuses.push(`${method} ${endpoint.path}: ${response.status}`);
      }
    }
    expect(statuses).toEqual([]);
    expect(await footprint()).toEqual(before);
  }, 60_000);

  it("the endpoints the app uses still answer: sign-in is not 404", async () => {
    const response = await callAuth("POST", "/sign-in/email", { body: { email: "nobody@example.org", password: "wrong-password-123" } });
    expect(response.status).toBe(401);
  });
});

describe("set-active", () => {
  it.each(roles)("lets a %s make their own organisation active, and not another's", async (role) => {
    const own = await callAuth("POST", "/organization/set-active", { cookie: cookies[role], body: { organizationId: DEMO_ORG } });
    expect(own.status).toBe(200);
    // Not Harbour Relief: the demo manager is a member there too.
    const theirs = await callAuth("POST", "/organization/set-active", { cookie: cookies[role], body: { organizationId: OTHER_ORGANIZATION_ID } });
    expect(theirs.status).toBe(403);
    const userId = (await db().select().from(user).where(eq(user.email, demoUsers.find((u) => u.role === role)!.email)))[0]!.id;
    const sessions = await db().select().from(session).where(eq(session.userId, userId));
    expect(sessions.map((s) => s.activeOrganizationId)).not.toContain(OTHER_ORGANIZATION_ID);
  });
});

async function inviteRow(organizationId: string, email: string, role: string) {
  const id = randomUUID();
  await db().insert(invitation).values({ id, organizationId, email, role, status: "pending", expiresAt: new Date(Date.now() + 86_400_000), inviterId: (await db().select().from(user).limit(1))[0]!.id });
  return id;
}

describe("accept-invitation", () => {
  it.each(callers.filter((c) => c !== "signedOut"))("refuses %s another person's invitation to another organisation", async (caller) => {
    const id = await inviteRow(OTHER_DEMO_ORGANIZATION.id, "someone-else@example.org", "staff");
    const before = await footprint();
    const response = await callAuth("POST", "/organization/accept-invitation", { cookie: cookies[caller], body: { invitationId: id } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await footprint()).toEqual(before);
  });

  it("refuses a role the app does not have, even on one's own invitation", async () => {
    const id = await inviteRow(OTHER_DEMO_ORGANIZATION.id, "staff@demo.org", "owner");
    const before = await footprint();
    const response = await callAuth("POST", "/organization/accept-invitation", { cookie: cookies.staff, body: { invitationId: id } });
    expect(response.status).toBe(400);
    expect(await footprint()).toEqual(before);
  });

  it("accepts one's own invitation with an app role, and the audit log says so", async () => {
    const id = await inviteRow(OTHER_DEMO_ORGANIZATION.id, "staff@demo.org", "staff");
    const response = await callAuth("POST", "/organization/accept-invitation", { cookie: cookies.staff, body: { invitationId: id } });
    expect(response.status).toBe(200);
    const entries = await db().select().from(auditLog).where(and(eq(auditLog.organizationId, OTHER_DEMO_ORGANIZATION.id), eq(auditLog.entityId, id)));
    expect(entries.map((e) => [e.action, e.actorName])).toEqual([["invitation.accept", "Sofia Staff"]]);
  });
});

describe("create", () => {
  it.each(callers.filter((c) => c !== "signedOut"))("lets %s create an organisation of their own, as its admin, in the audit log", async (caller) => {
    const slug = `new-${caller}-${randomUUID().slice(0, 8)}`;
    const response = await callAuth("POST", "/organization/create", { cookie: cookies[caller], body: { name: `New ${caller}`, slug } });
    expect(response.status).toBe(200);
    const [created] = await db().select().from(organizations).where(eq(organizations.slug, slug));
    const members = await db().select().from(member).where(eq(member.organizationId, created!.id));
    expect(members.map((m) => m.role)).toEqual(["admin"]);
    const actions = (await db().select().from(auditLog).where(eq(auditLog.organizationId, created!.id))).map((e) => e.action).sort();
    expect(actions).toEqual(["member.add", "organization.create"]);
  });

  it("refuses a signed-out caller", async () => {
    const before = await footprint();
    const response = await callAuth("POST", "/organization/create", { body: { name: "Nobody's", slug: "nobodys" } });
    expect(response.status).toBe(401);
    expect(await footprint()).toEqual(before);
  });
});

describe("server calls to the library's member endpoints keep the app's rules", () => {
  it("a role change drops an evaluator's project grants and is audited; a role the app lacks is refused", async () => {
    const auth = await getAuth();
    const headers = new Headers({ cookie: cookies.admin });
    const [evaluator] = await db().select().from(member).innerJoin(user, eq(user.id, member.userId)).where(eq(user.email, "evaluator@demo.org"));
    expect(await db().select().from(projectEvaluators).where(eq(projectEvaluators.userId, evaluator!.user.id))).not.toHaveLength(0);
    await auth.api.setActiveOrganization({ headers, body: { organizationId: DEMO_ORG } });

    await expect(auth.api.updateMemberRole({ headers, body: { memberId: evaluator!.member.id, role: "owner" as "admin" } })).rejects.toThrow();
    expect((await db().select().from(member).where(eq(member.id, evaluator!.member.id)))[0]!.role).toBe("evaluator");

    await auth.api.updateMemberRole({ headers, body: { memberId: evaluator!.member.id, role: "staff" } });
    expect(await db().select().from(projectEvaluators).where(eq(projectEvaluators.userId, evaluator!.user.id))).toHaveLength(0);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.entityId, evaluator!.member.id), eq(auditLog.action, "member.role")));
    expect(entry).toMatchObject({ before: { role: "evaluator" }, after: { role: "staff" }, actorName: "Amira Admin" });
  });

  it("an invitation with a role the app lacks is refused", async () => {
    const auth = await getAuth();
    const before = await footprint();
    await expect(
      auth.api.createInvitation({ headers: new Headers({ cookie: cookies.admin }), body: { email: "boss@example.org", role: "owner" as "admin" } }),
    ).rejects.toThrow();
    expect(await footprint()).toEqual(before);
  });
});
