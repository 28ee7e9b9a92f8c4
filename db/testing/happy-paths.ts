import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Role } from "@/lib/auth/roles";
import type { Actor } from "@/lib/domain/session-context";
import type { Db } from "../client";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { getAssessmentForOrg, startAssessmentForOrg } from "../queries/assessments";
import { addEvidenceFileForOrg, getEvidenceFileForOrg } from "../queries/evidence-files";
import { addOwnRiskForOrg } from "../queries/own-risks";
import { touchSectionPresenceForOrg } from "../queries/presence";
import { createInvitationForOrg, getSelfApprovalForOrg, listMembersForOrg, listPendingInvitationsForOrg } from "../queries/membership-admin";
import { createProjectForOrg, getProjectForOrg, getProjectRevisionForOrg } from "../queries/projects";
import { listReviewNotesForOrg } from "../queries/review";
import { assessments } from "../schema";
import { seedProject } from "../seed";
import type { SeedAssessment } from "../seed-data";
import { addMembership, addUser, demoAs, demoEvaluator, EVALUATOR_USER_ID, giveProject } from "./access-fixtures";
import { demo, projectInput, projectValues, SAMPLE_PDF } from "./fixtures";
import { sampleImportInput } from "./import-cases";
import { sectionSave } from "./section-save";

/** The demo organisation's caller for each role (the roles test and the audit test act as these). */
export const callerOf: Record<Role, Actor> = { staff: demoAs("staff"), manager: demoAs("manager"), admin: demo, evaluator: demoEvaluator };

/** What an action is called with: ids a page binds into it, then the form input. */
export type Arranged<Input = unknown> = { bound?: unknown[]; input: Input };
export const argsOf = ({ bound = [], input }: Arranged) => [...bound, input];

/**
 * One action's happy path: `arrange` creates, fresh for every call, what the action acts on and
 * returns its arguments; `changed` then asserts, from the database, the change a user would see,
 * so a refusal can never pass for success.
 */
export type HappyPath = {
  /** A role that may call it: who calls it when the test does not say. */
  as: Role;
  arrange: (db: Db) => Promise<Arranged>;
  changed: (input: unknown, data: unknown, caller: Actor) => Promise<void>;
  /**
   * Why the action changes nothing, for one that only reads: it then must leave every table as it
   * was (app/actions-audit.test.ts). Any other action must add audit rows. No action reads today.
   */
  readOnly?: string;
  /**
   * Why an action that writes is not audited, and the only tables it may change: presence
   * heartbeats record who is looking, not what anyone wrote.
   */
  unaudited?: { reason: string; tables: string[] };
};

function happy<Input, Data>(path: {
  as: Role;
  readOnly?: string;
  unaudited?: HappyPath["unaudited"];
  arrange: (db: Db) => Promise<Arranged<Input>>;
  changed: (input: Input, data: Data, caller: Actor) => Promise<void>;
}): HappyPath {
  return path as HappyPath;
}

let counter = 0;
const unique = (text: string) => `${text} ${++counter}`;
const uniqueEmail = (name: string) => `${name}-${++counter}@example.org`;

/**
 * A new project with a before assessment in the wanted state, every item answered (so a draft can
 * be submitted). The evaluator is given the project: they may only comment on projects given to them.
 */
async function seededAssessment(db: Db, status: SeedAssessment["status"]) {
  const projectId = await seedProject(db, DEMO_ORGANIZATION_ID, {
    ...projectValues({ name: unique(`Seeded ${status}`) }),
    budget: "10000",
    partners: [],
    assessments: [{ kind: "before", status, rest: "met" }],
  });
  await addUser(db, EVALUATOR_USER_ID);
  await giveProject(db, DEMO_ORGANIZATION_ID, EVALUATOR_USER_ID, projectId);
  const [row] = await db.select({ id: assessments.id }).from(assessments).where(eq(assessments.projectId, projectId));
  return row!.id;
}

const freshProject = () => createProjectForOrg(demo, projectValues({ name: unique("Fresh project") }));
const factsOf = async (assessmentId: string) => (await getAssessmentForOrg(demo, assessmentId))?.facts;
const memberOf = async (memberId: string) => (await listMembersForOrg(demo)).find((m) => m.memberId === memberId);

async function freshMember(db: Db, role: Role) {
  const userId = await addUser(db, `member-${++counter}`);
  return addMembership(db, DEMO_ORGANIZATION_ID, userId, role);
}

type Next = { nextVersionId: string };
const isNextDraft = async (from: string, next: Next) => {
  expect(next.nextVersionId).not.toBe(from);
  expect(await factsOf(next.nextVersionId)).toMatchObject({ status: "draft", version: 2 });
};
const items = ["B.CTX.1", "B.CTX.2", "B.CTX.3"].map((criterionId) => ({ criterionId, value: "met", notes: "", evidence: "" }));
type Note = { assessmentId: string; body: string };
const noteBy = async ({ assessmentId, body }: Note, caller: Actor) =>
  (await listReviewNotesForOrg(demo, [assessmentId])).find((n) => n.body === body && n.authorId === caller.userId);

/** Every action's happy path, by the action's exported name. */
export const happyPaths: Record<string, HappyPath> = {
  createProjectAction: happy({
    as: "staff",
    arrange: async () => ({ input: projectInput({ name: unique("Created") }) }),
    changed: async (input, data: { projectId: string }) => expect(await getProjectForOrg(demo, data.projectId)).toMatchObject({ name: input.name }),
  }),
  updateProjectAction: happy({
    as: "staff",
    arrange: async () => {
      const projectId = await freshProject();
      return { bound: [projectId], input: projectInput({ name: unique("Renamed"), revision: (await getProjectRevisionForOrg(demo, projectId))! }) };
    },
    changed: async (input, data: { projectId: string }) => expect(await getProjectForOrg(demo, data.projectId)).toMatchObject({ name: input.name }),
  }),
  startAssessmentAction: happy({
    as: "staff",
    arrange: async () => ({ input: { projectId: await freshProject(), kind: "after" as const } }),
    changed: async (input, data: { assessmentId: string }) =>
      expect(await factsOf(data.assessmentId)).toMatchObject({ projectId: input.projectId, kind: "after", status: "draft" }),
  }),
  saveSectionAction: happy({
    as: "staff",
    arrange: async () => {
      const assessmentId = await startAssessmentForOrg(demo, { projectId: await freshProject(), kind: "before", partnerId: null });
      return { input: sectionSave(assessmentId, "country-context", { items }) };
    },
    changed: async (input) => expect((await factsOf(input.assessmentId))?.answers.get("B.CTX.2")).toEqual({ value: "met", notes: "", evidence: "" }),
  }),
  removeEvidenceFileAction: happy({
    as: "staff",
    arrange: async () => {
      const assessmentId = await startAssessmentForOrg(demo, { projectId: await freshProject(), kind: "before", partnerId: null });
      const file = await addEvidenceFileForOrg(demo, { assessmentId, criterionId: "B.CTX.1", name: "old.pdf", bytes: SAMPLE_PDF });
      return { input: { fileId: file.id } };
    },
    changed: async (input) => expect(getEvidenceFileForOrg(demo, input.fileId)).rejects.toThrow("The file was not found"),
  }),
  addOwnRiskAction: happy({
    as: "staff",
    arrange: async () => {
      const assessmentId = await startAssessmentForOrg(demo, { projectId: await freshProject(), kind: "during", partnerId: null });
      return { input: { assessmentId, sectionId: "safety-and-external", title: "Flooding of the site", description: "The river rises in July." } };
    },
    changed: async (input) =>
      expect((await factsOf(input.assessmentId))?.ownRisks).toEqual([expect.objectContaining({ criterionId: "D.OWN.1", sectionId: "safety-and-external", title: "Flooding of the site" })]),
  }),
  removeOwnRiskAction: happy({
    as: "staff",
    arrange: async () => {
      const assessmentId = await startAssessmentForOrg(demo, { projectId: await freshProject(), kind: "during", partnerId: null });
      await addOwnRiskForOrg(demo, { assessmentId, sectionId: "delivery", title: "Supplier goes bankrupt", description: "" });
      return { input: { assessmentId, criterionId: "D.OWN.1" } };
    },
    changed: async (input) => expect((await factsOf(input.assessmentId))?.ownRisks).toEqual([]),
  }),
  touchSectionPresenceAction: happy({
    as: "staff",
    unaudited: { reason: "a heartbeat of who has the section open", tables: ["section_presence"] },
    arrange: async () => {
      const assessmentId = await startAssessmentForOrg(demo, { projectId: await freshProject(), kind: "before", partnerId: null });
      // A colleague had the section open a moment ago: the caller is told so.
      await touchSectionPresenceForOrg({ ...demo, userId: "colleague", userName: "Cora Colleague" }, assessmentId, "country-context");
      return { input: { assessmentId, sectionId: "country-context" } };
    },
    changed: async (_input, data: { others: string[] }) => expect(data.others).toEqual(["Cora Colleague"]),
  }),
  submitAssessmentAction: happy({
    as: "staff",
    arrange: async (db) => ({ input: { assessmentId: await seededAssessment(db, "draft") } }),
    changed: async (input, _data, caller) => expect(await factsOf(input.assessmentId)).toMatchObject({ status: "submitted", submittedBy: caller.userName }),
  }),
  approveAssessmentAction: happy({
    as: "manager",
    arrange: async (db) => ({ input: { assessmentId: await seededAssessment(db, "submitted"), comment: "" } }),
    changed: async (input, _data, caller) => expect(await factsOf(input.assessmentId)).toMatchObject({ status: "approved", reviewedBy: caller.userName }),
  }),
  returnAssessmentAction: happy({
    as: "manager",
    arrange: async (db) => ({ input: { assessmentId: await seededAssessment(db, "submitted"), comment: "Add the sources" } }),
    changed: async (input, data: Next) => {
      expect(await factsOf(input.assessmentId)).toMatchObject({ status: "returned" });
      await isNextDraft(input.assessmentId, data);
    },
  }),
  reopenAssessmentAction: happy({
    as: "manager",
    arrange: async (db) => ({ input: { assessmentId: await seededAssessment(db, "approved") } }),
    changed: async (input, data: Next) => {
      expect(await factsOf(input.assessmentId)).toMatchObject({ status: "approved" });
      await isNextDraft(input.assessmentId, data);
    },
  }),
  addCommentAction: happy({
    as: "manager",
    arrange: async (db) => ({ input: { assessmentId: await seededAssessment(db, "approved"), body: unique("Checked on site") } }),
    changed: async (input, _data, caller) => expect(await noteBy(input, caller)).toMatchObject({ kind: "comment", authorRole: caller.role }),
  }),
  addThirdPartyAssessmentAction: happy({
    as: "evaluator",
    arrange: async (db) => ({ input: { assessmentId: await seededAssessment(db, "approved"), rating: "Moderate", body: unique("Visited in May") } }),
    changed: async (input, _data, caller) => expect(await noteBy(input, caller)).toMatchObject({ kind: "third_party", rating: "Moderate" }),
  }),
  inviteMemberAction: happy({
    as: "admin",
    arrange: async (db) => {
      await addUser(db, demo.userId);
      return { input: { email: uniqueEmail("invitee"), role: "staff" } };
    },
    changed: async (input, data: { invitationId: string }) =>
      expect((await listPendingInvitationsForOrg(demo)).find((i) => i.id === data.invitationId)).toMatchObject({ email: input.email, role: "staff" }),
  }),
  cancelInvitationAction: happy({
    as: "admin",
    arrange: async (db) => {
      await addUser(db, demo.userId);
      return { input: { invitationId: await createInvitationForOrg(demo, { email: uniqueEmail("withdrawn"), role: "staff" }) } };
    },
    changed: async (input) => expect((await listPendingInvitationsForOrg(demo)).map((i) => i.id)).not.toContain(input.invitationId),
  }),
  changeMemberRoleAction: happy({
    as: "admin",
    arrange: async (db) => ({ input: { memberId: await freshMember(db, "staff"), role: "manager" } }),
    changed: async (input) => expect(await memberOf(input.memberId)).toMatchObject({ role: "manager" }),
  }),
  removeMemberAction: happy({
    as: "admin",
    arrange: async (db) => ({ input: { memberId: await freshMember(db, "staff") } }),
    changed: async (input) => expect(await memberOf(input.memberId)).toBeUndefined(),
  }),
  setEvaluatorProjectsAction: happy({
    as: "admin",
    arrange: async (db) => ({ input: { memberId: await freshMember(db, "evaluator"), projectIds: [await freshProject()] } }),
    changed: async (input) => expect(await memberOf(input.memberId)).toMatchObject({ projectIds: input.projectIds }),
  }),
  setSelfApprovalAction: happy({
    as: "admin",
    arrange: async () => ({ input: { allowed: !(await getSelfApprovalForOrg(demo)) } }),
    changed: async (input) => expect(await getSelfApprovalForOrg(demo)).toBe(input.allowed),
  }),
  importProjectAction: happy({
    as: "staff",
    arrange: async () => ({ input: sampleImportInput() }),
    changed: async (input, data: { projectId: string }) =>
      expect(await getProjectForOrg(demo, data.projectId)).toMatchObject({ name: JSON.parse(input.json).project.name }),
  }),
};
