import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Role } from "@/lib/auth/roles";
import type { Actor, SessionContext } from "@/lib/domain/session-context";
import type { Db } from "../client";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { cancelInvitationForOrg, createInvitationForOrg } from "../queries/membership-admin";
import { reopenAssessmentForOrg, returnAssessmentForOrg } from "../queries/review";
import { assessments, member, projectEvaluators, user } from "../schema";
import { seedProject } from "../seed";
import type { SeedAssessment } from "../seed-data";
import { demo, other, seedEvidenceFile } from "./fixtures";
import { OTHER_ORGANIZATION_ID } from "./test-database";

/**
 * One person who is an outside evaluator in both organisations, each giving them one project. These
 * are actors: act as them (actAs), or build their scope with scopeFor once their projects are given.
 */
export const EVALUATOR_USER_ID = "evaluator-user";
export const demoEvaluator: Actor = { ...demo, userId: EVALUATOR_USER_ID, userName: "Eva Evaluator", role: "evaluator" };
export const otherEvaluator: Actor = { ...other, userId: EVALUATOR_USER_ID, userName: "Eva Evaluator", role: "evaluator" };

/** The demo session with another role (same organisation, same user); an evaluator's needs scopeFor. */
export const demoAs = (role: Exclude<Role, "evaluator">): SessionContext => ({ ...demo, role });

export const emailOf = (userId: string) => `${userId}@example.org`;

export async function addUser(db: Db, id: string, name = id) {
  await db.insert(user).values({ id, name, email: emailOf(id), emailVerified: true }).onConflictDoNothing();
  return id;
}

export async function addMembership(db: Db, organizationId: string, userId: string, role: Role): Promise<string> {
  const id = randomUUID();
  await db.insert(member).values({ id, organizationId, userId, role, createdAt: new Date() });
  return id;
}

export async function giveProject(db: Db, organizationId: string, userId: string, projectId: string) {
  await db.insert(projectEvaluators).values({ organizationId, userId, projectId });
}

const reviewProject = (name: string, list: SeedAssessment[]) => ({
  name,
  summary: "Assessments in every review state.",
  hostCountry: "KE",
  sector: "Health",
  participationMode: "enterprise" as const,
  budget: "10000",
  currency: "EUR",
  startDate: "2026-01-01",
  endDate: "2026-12-31",
  partners: [],
  assessments: list,
});

async function idsOf(db: Db, organizationId: string, projectId: string) {
  const rows = await db
    .select({ id: assessments.id, kind: assessments.kind, version: assessments.version })
    .from(assessments)
    .where(and(eq(assessments.organizationId, organizationId), eq(assessments.projectId, projectId)));
  return (kind: string, version = 1) => rows.find((r) => r.kind === kind && r.version === version)!.id;
}

export type AccessRows = {
  /** Demo project with: before approved (current), after approved v1 superseded by a v2 draft, during returned v1 → v2 draft. */
  reviewProjectId: string;
  approvedId: string;
  /** A file on approvedId (the evaluator's project): frozen with it. */
  approvedEvidenceFileId: string;
  supersededId: string;
  draftV2Id: string;
  returnedId: string;
  members: { admin: string; staff: string; evaluator: string };
  canceledInvitationId: string;
  pendingInvitationId: string;
  other: {
    projectId: string;
    submittedId: string;
    approvedId: string;
    staffMemberId: string;
    evaluatorMemberId: string;
    invitationId: string;
    /** An address with a pending invitation of the other organisation only. */
    invitedEmail: string;
    /** An address of a member of the other organisation only. */
    memberEmail: string;
  };
};

/**
 * Users, memberships, invitations and assessments in every review state, for both organisations.
 * The acting users of `demo` and `other` are their organisation's only admins; the evaluator
 * user is given the review project in each organisation.
 */
export async function seedAccessRows(db: Db): Promise<AccessRows> {
  for (const id of [demo.userId, other.userId, EVALUATOR_USER_ID, "staff-user", "other-staff-user"]) await addUser(db, id);

  const reviewProjectId = await seedProject(
    db,
    DEMO_ORGANIZATION_ID,
    reviewProject("Review states", [
      { kind: "before", status: "approved", rest: "met" },
      { kind: "after", status: "approved", rest: "met" },
      { kind: "during", status: "submitted", rest: "met" },
    ]),
  );
  const demoId = await idsOf(db, DEMO_ORGANIZATION_ID, reviewProjectId);
  const draftV2Id = await reopenAssessmentForOrg(demo, demoId("after"));
  await returnAssessmentForOrg(demo, demoId("during"), { comment: "Please add evidence.", items: [] });

  const otherProjectId = await seedProject(
    db,
    OTHER_ORGANIZATION_ID,
    reviewProject("Other NGO review states", [
      { kind: "before", status: "submitted", rest: "met" },
      { kind: "after", status: "approved", rest: "met" },
    ]),
  );
  const otherId = await idsOf(db, OTHER_ORGANIZATION_ID, otherProjectId);

  const members = {
    admin: await addMembership(db, DEMO_ORGANIZATION_ID, demo.userId, "admin"),
    staff: await addMembership(db, DEMO_ORGANIZATION_ID, "staff-user", "staff"),
    evaluator: await addMembership(db, DEMO_ORGANIZATION_ID, EVALUATOR_USER_ID, "evaluator"),
  };
  await giveProject(db, DEMO_ORGANIZATION_ID, EVALUATOR_USER_ID, reviewProjectId);
  await addMembership(db, OTHER_ORGANIZATION_ID, other.userId, "admin");
  const staffMemberId = await addMembership(db, OTHER_ORGANIZATION_ID, "other-staff-user", "staff");
  const evaluatorMemberId = await addMembership(db, OTHER_ORGANIZATION_ID, EVALUATOR_USER_ID, "evaluator");
  await giveProject(db, OTHER_ORGANIZATION_ID, EVALUATOR_USER_ID, otherProjectId);

  const canceledInvitationId = await createInvitationForOrg(demo, { email: "withdrawn@example.org", role: "staff" });
  await cancelInvitationForOrg(demo, canceledInvitationId);
  const pendingInvitationId = await createInvitationForOrg(demo, { email: "pending@example.org", role: "manager" });
  const invitationId = await createInvitationForOrg(other, { email: "their-invitee@example.org", role: "staff" });
  const invitedEmail = "their-second-invitee@example.org";
  await createInvitationForOrg(other, { email: invitedEmail, role: "manager" });

  return {
    reviewProjectId,
    approvedId: demoId("before"),
    approvedEvidenceFileId: await seedEvidenceFile(db, DEMO_ORGANIZATION_ID, demoId("before")),
    supersededId: demoId("after"),
    draftV2Id,
    returnedId: demoId("during"),
    members,
    canceledInvitationId,
    pendingInvitationId,
    other: {
      projectId: otherProjectId,
      submittedId: otherId("before"),
      approvedId: otherId("after"),
      staffMemberId,
      evaluatorMemberId,
      invitationId,
      invitedEmail,
      memberEmail: emailOf("other-staff-user"),
    },
  };
}
