import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { addMembership, addUser, emailOf } from "../testing/access-fixtures";
import { demo, other, projectValues } from "../testing/fixtures";
import { snapshotTables } from "../testing/snapshot";
import { OTHER_ORGANIZATION_ID, setupTestDatabase } from "../testing/test-database";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { invitation, member, organizations, projectEvaluators, session } from "../schema";
import {
  cancelInvitationForOrg,
  changeMemberRoleForOrg,
  createInvitationForOrg,
  listMembersForOrg,
  listPendingInvitationsForOrg,
  removeMemberForOrg,
  setEvaluatorProjectsForOrg,
} from "./membership-admin";
import { createProjectForOrg } from "./projects";

/** Invitations, roles, removal and evaluators' projects, as an admin of the demo organisation. */
const db = setupTestDatabase();
const lastAdmin = new UserFacingError("errors.lastAdmin");
let adminMemberId: string;
let projectA: string;
let projectB: string;
let theirProject: string;

beforeAll(async () => {
  await addUser(db(), demo.userId);
  await addUser(db(), other.userId);
  adminMemberId = await addMembership(db(), DEMO_ORGANIZATION_ID, demo.userId, "admin");
  projectA = await createProjectForOrg(demo, projectValues({ name: "A" }));
  projectB = await createProjectForOrg(demo, projectValues({ name: "B" }));
  theirProject = await createProjectForOrg(other, projectValues({ name: "Theirs" }));
});

/** A new user who is a member of the demo organisation with the given role. */
async function newMember(role: "staff" | "manager" | "admin" | "evaluator", organizationId = DEMO_ORGANIZATION_ID) {
  const userId = await addUser(db(), `user-${randomUUID()}`);
  return { userId, memberId: await addMembership(db(), organizationId, userId, role) };
}
const pending = async (ctx = demo) => (await listPendingInvitationsForOrg(ctx)).map((i) => [i.email, i.role]);
const statusOf = async (id: string) => (await db().select({ status: invitation.status }).from(invitation).where(eq(invitation.id, id)))[0]?.status;

describe("invitations", () => {
  it("are created pending and cancelled; a cancelled or foreign invitation cannot be cancelled", async () => {
    const id = await createInvitationForOrg(demo, { email: "first@example.org", role: "staff" });
    expect(await pending()).toEqual([["first@example.org", "staff"]]);
    await cancelInvitationForOrg(demo, id);
    expect(await statusOf(id)).toBe("canceled");
    expect(await pending()).toEqual([]);
    await expect(cancelInvitationForOrg(demo, id)).rejects.toThrow(new NotFoundError("things.invitation"));

    const theirs = await createInvitationForOrg(other, { email: "theirs@example.org", role: "staff" });
    await expect(cancelInvitationForOrg(demo, theirs)).rejects.toThrow(new NotFoundError("things.invitation"));
    expect(await statusOf(theirs)).toBe("pending");
  });

  it("a second invitation to the same address replaces the first, in this organisation only", async () => {
    const theirs = await createInvitationForOrg(other, { email: "twice@example.org", role: "manager" });
    const first = await createInvitationForOrg(demo, { email: "twice@example.org", role: "staff" });
    const second = await createInvitationForOrg(demo, { email: "twice@example.org", role: "evaluator" });
    expect([await statusOf(first), await statusOf(second), await statusOf(theirs)]).toEqual(["canceled", "pending", "pending"]);
    expect(await pending()).toEqual([["twice@example.org", "evaluator"]]);
    await cancelInvitationForOrg(demo, second);
  });

  it("refuses inviting a member of this organisation, and changes nothing", async () => {
    const { userId } = await newMember("staff");
    const before = await snapshotTables(db());
    await expect(createInvitationForOrg(demo, { email: emailOf(userId), role: "manager" })).rejects.toThrow(
      new UserFacingError("errors.alreadyMember", { email: emailOf(userId) }),
    );
    expect(await snapshotTables(db())).toEqual(before);
    // A member of another organisation can be invited here.
    const elsewhere = await newMember("staff", OTHER_ORGANIZATION_ID);
    await cancelInvitationForOrg(demo, await createInvitationForOrg(demo, { email: emailOf(elsewhere.userId), role: "staff" }));
  });
});

describe("roles", () => {
  it("changes a member's role", async () => {
    const { memberId } = await newMember("staff");
    await changeMemberRoleForOrg(demo, memberId, "manager");
    expect((await listMembersForOrg(demo)).find((m) => m.memberId === memberId)?.role).toBe("manager");
    await expect(changeMemberRoleForOrg(other, memberId, "admin")).rejects.toThrow(new NotFoundError("things.member"));
    expect((await listMembersForOrg(demo)).find((m) => m.memberId === memberId)?.role).toBe("manager");
  });

  it("never leaves the organisation without an admin: the last admin can be neither demoted nor removed", async () => {
    const before = await snapshotTables(db());
    await expect(changeMemberRoleForOrg(demo, adminMemberId, "manager")).rejects.toThrow(lastAdmin);
    await expect(removeMemberForOrg(demo, adminMemberId)).rejects.toThrow(lastAdmin);
    expect(await snapshotTables(db())).toEqual(before);

    // An admin of the other organisation does not count here.
    await newMember("admin", OTHER_ORGANIZATION_ID);
    await expect(changeMemberRoleForOrg(demo, adminMemberId, "staff")).rejects.toThrow(lastAdmin);

    const second = await newMember("admin");
    await changeMemberRoleForOrg(demo, second.memberId, "staff");
    await expect(changeMemberRoleForOrg(demo, adminMemberId, "staff")).rejects.toThrow(lastAdmin);
    await changeMemberRoleForOrg(demo, second.memberId, "admin");
    await removeMemberForOrg(demo, second.memberId);
    expect((await listMembersForOrg(demo)).filter((m) => m.role === "admin").map((m) => m.memberId)).toEqual([adminMemberId]);
  });
});

describe("two admins at the same time", () => {
  // A race shows on PostgreSQL only (PGlite runs one transaction at a time), and not on every try: so several tries.
  it("demoting or removing each other leaves exactly one admin", async () => {
    for (const [i, step] of (["demote", "remove", "demote", "remove", "demote", "remove"] as const).entries()) {
      const organizationId = `race-org-${i}`;
      await db().insert(organizations).values({ id: organizationId, name: `Race ${i}`, slug: organizationId });
      const ctx = { ...demo, organizationId };
      const [a, b] = [await newMember("admin", organizationId), await newMember("admin", organizationId)];
      const act = (memberId: string) => (step === "demote" ? changeMemberRoleForOrg(ctx, memberId, "staff") : removeMemberForOrg(ctx, memberId));
      const results = await Promise.allSettled([act(a.memberId), act(b.memberId)]);
      expect(results.map((r) => r.status).sort(), step).toEqual(["fulfilled", "rejected"]);
      expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toEqual(lastAdmin);
      const admins = await db().select().from(member).where(and(eq(member.organizationId, organizationId), eq(member.role, "admin")));
      expect(admins, step).toHaveLength(1);
    }
  });
});

describe("removing a member", () => {
  it("deletes the membership, their sessions in this organisation and their evaluator projects, and nothing of theirs elsewhere", async () => {
    const { userId, memberId } = await newMember("evaluator");
    await setEvaluatorProjectsForOrg(demo, memberId, [projectA]);
    await addMembership(db(), OTHER_ORGANIZATION_ID, userId, "evaluator");
    await db().insert(projectEvaluators).values({ organizationId: OTHER_ORGANIZATION_ID, projectId: theirProject, userId });
    const sessionRow = (id: string, activeOrganizationId: string | null) => ({
      id, token: `token-${id}`, userId, activeOrganizationId, expiresAt: new Date(Date.now() + 3_600_000), updatedAt: new Date(),
    });
    await db().insert(session).values([sessionRow(`here-${userId}`, DEMO_ORGANIZATION_ID), sessionRow(`there-${userId}`, OTHER_ORGANIZATION_ID)]);

    await removeMemberForOrg(demo, memberId);
    expect(await db().select({ id: member.id }).from(member).where(eq(member.id, memberId))).toEqual([]);
    expect((await db().select({ id: session.id }).from(session).where(eq(session.userId, userId))).map((s) => s.id)).toEqual([`there-${userId}`]);
    const given = await db().select().from(projectEvaluators).where(eq(projectEvaluators.userId, userId));
    expect(given.map((g) => [g.organizationId, g.projectId])).toEqual([[OTHER_ORGANIZATION_ID, theirProject]]);
    expect(await db().select().from(member).where(and(eq(member.userId, userId), eq(member.organizationId, OTHER_ORGANIZATION_ID)))).toHaveLength(1);
    await expect(removeMemberForOrg(demo, memberId)).rejects.toThrow(new NotFoundError("things.member"));
  });
});

describe("evaluators' projects", () => {
  const given = async (memberId: string) => (await listMembersForOrg(demo)).find((m) => m.memberId === memberId)!.projectIds.sort();

  it("are set and replaced for an evaluator, with this organisation's projects only", async () => {
    const { memberId } = await newMember("evaluator");
    await setEvaluatorProjectsForOrg(demo, memberId, [projectA, projectB, projectA]);
    expect(await given(memberId)).toEqual([projectA, projectB].sort());
    await setEvaluatorProjectsForOrg(demo, memberId, [projectB]);
    expect(await given(memberId)).toEqual([projectB]);

    const before = await snapshotTables(db());
    for (const ids of [[projectA, theirProject], [theirProject], ["not-a-uuid"], [randomUUID()]]) {
      await expect(setEvaluatorProjectsForOrg(demo, memberId, ids)).rejects.toThrow(new NotFoundError("things.aProject"));
    }
    await expect(setEvaluatorProjectsForOrg(other, memberId, [theirProject])).rejects.toThrow(new NotFoundError("things.member"));
    expect(await snapshotTables(db())).toEqual(before);

    await setEvaluatorProjectsForOrg(demo, memberId, []);
    expect(await given(memberId)).toEqual([]);
  });

  it("end when the member stops being an evaluator, and do not come back with the role", async () => {
    const { memberId } = await newMember("evaluator");
    await setEvaluatorProjectsForOrg(demo, memberId, [projectA]);
    await changeMemberRoleForOrg(demo, memberId, "staff");
    await changeMemberRoleForOrg(demo, memberId, "evaluator");
    expect(await given(memberId)).toEqual([]);
  });

  it("are refused for other roles", async () => {
    for (const role of ["staff", "manager", "admin"] as const) {
      const { memberId } = await newMember(role);
      const before = await snapshotTables(db());
      await expect(setEvaluatorProjectsForOrg(demo, memberId, [projectA])).rejects.toThrow(
        new UserFacingError("errors.evaluatorsOnly"),
      );
      expect(await snapshotTables(db())).toEqual(before);
    }
  });
});
