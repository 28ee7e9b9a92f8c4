import { beforeAll, describe, expect, it } from "vitest";
import { demoAs, demoEvaluator, seedAccessRows, type AccessRows } from "@/db/testing/access-fixtures";
import { discoverActions, expectClearRefusal, messagesOf, type ActionResult } from "@/db/testing/action-harness";
import { demo, projectInput, seedDemoRows, type DemoRows } from "@/db/testing/fixtures";
import { sampleImportInput } from "@/db/testing/import-cases";
import { snapshotTables } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";
import { getAssessmentForOrg } from "@/db/queries/assessments";
import { GENERIC_ERROR_MESSAGE } from "@/lib/actions/safe-action";
import { roles, type Role } from "@/lib/auth/roles";
import type { SessionContext } from "@/lib/domain/session-context";
import { approveAssessmentAction } from "./assessments/review-actions";

/**
 * The permission table, action by action and role by role. The expected table is written out
 * here rather than read from lib/auth/roles.ts, so changing who may do what fails this test.
 * A role without the permission gets the ForbiddenError message, even for malformed input
 * (checked before parsing), and no row changes.
 */
const db = setupTestDatabase();
const actions = await discoverActions();
type Fx = { demo: DemoRows; access: AccessRows };
let fx: Fx;
beforeAll(async () => {
  fx = { demo: await seedDemoRows(), access: await seedAccessRows(db()) };
});

const sessionOf: Record<Role, SessionContext> = { staff: demoAs("staff"), manager: demoAs("manager"), admin: demo, evaluator: demoEvaluator };
const writers: Role[] = ["staff", "manager", "admin"];
const reviewers: Role[] = ["manager", "admin"];

/** Who may call each action. */
const allowed: Record<string, Role[]> = {
  createProjectAction: writers,
  updateProjectAction: writers,
  startAssessmentAction: writers,
  saveSectionAction: writers,
  submitAssessmentAction: writers,
  approveAssessmentAction: reviewers,
  returnAssessmentAction: reviewers,
  reopenAssessmentAction: reviewers,
  addCommentAction: [...reviewers, "evaluator"],
  addThirdPartyAssessmentAction: ["evaluator"],
  inviteMemberAction: ["admin"],
  cancelInvitationAction: ["admin"],
  changeMemberRoleAction: ["admin"],
  removeMemberAction: ["admin"],
  setEvaluatorProjectsAction: ["admin"],
  importProjectAction: writers,
};

/** Input a permitted role could carry out, so a refusal is about the role and not the input. The last argument is the form input. */
const validArgs: Record<string, (fx: Fx) => unknown[]> = {
  createProjectAction: () => [projectInput()],
  updateProjectAction: (fx) => [fx.demo.projectId, projectInput({ name: "Renamed" })],
  startAssessmentAction: (fx) => [{ projectId: fx.demo.projectId, kind: "after" }],
  saveSectionAction: (fx) => [
    {
      assessmentId: fx.demo.beforeId,
      sectionId: "country-context",
      strictness: "draft",
      values: { items: ["B.CTX.1", "B.CTX.2", "B.CTX.3"].map((criterionId) => ({ criterionId, value: "met", notes: "", evidence: "" })) },
    },
  ],
  submitAssessmentAction: (fx) => [{ assessmentId: fx.access.draftV2Id }],
  approveAssessmentAction: (fx) => [{ assessmentId: fx.demo.submittedId, comment: "" }],
  returnAssessmentAction: (fx) => [{ assessmentId: fx.demo.submittedId, comment: "Add the sources" }],
  reopenAssessmentAction: (fx) => [{ assessmentId: fx.access.approvedId }],
  addCommentAction: (fx) => [{ assessmentId: fx.access.approvedId, body: "Checked on site" }],
  addThirdPartyAssessmentAction: (fx) => [{ assessmentId: fx.access.approvedId, rating: "Moderate", body: "Visited in May" }],
  inviteMemberAction: () => [{ email: "new-member@example.org", role: "staff" }],
  cancelInvitationAction: (fx) => [{ invitationId: fx.access.pendingInvitationId }],
  changeMemberRoleAction: (fx) => [{ memberId: fx.access.members.staff, role: "manager" }],
  removeMemberAction: (fx) => [{ memberId: fx.access.members.staff }],
  setEvaluatorProjectsAction: (fx) => [{ memberId: fx.access.members.evaluator, projectIds: [fx.demo.projectId] }],
  importProjectAction: () => [sampleImportInput()],
};

const forbidden = /^Your role does not allow this\. Ask a manager or an admin of your organisation\.$/;
const pairs = actions.flatMap((a) => roles.map((role) => ({ ...a, role, may: allowed[a.name]?.includes(role) ?? false })));

async function as<T>(role: Role, call: () => Promise<T>): Promise<T> {
  actAs(sessionOf[role]);
  try {
    return await call();
  } finally {
    actAs(demo);
  }
}

it("has the expected roles and input for every exported server action, and only those", () => {
  const names = actions.map((a) => a.name).sort();
  expect(names.length).toBeGreaterThan(0);
  expect(Object.keys(allowed).sort()).toEqual(names);
  expect(Object.keys(validArgs).sort()).toEqual(names);
  expect(pairs.filter((p) => p.may).length).toBeGreaterThan(0);
  expect(pairs.filter((p) => !p.may).length).toBeGreaterThan(0);
});

it("refuses staff approving, changes nothing, and lets a manager approve the same assessment", async () => {
  const args = validArgs.approveAssessmentAction!(fx)[0] as { assessmentId: string; comment: string };
  const before = await snapshotTables(db());
  await expectClearRefusal(() => as("staff", () => approveAssessmentAction(args)), { via: "serverError", message: forbidden });
  expect(await snapshotTables(db())).toEqual(before);
  expect(await as("manager", () => approveAssessmentAction(args))).toEqual({ data: { ok: true } });
  expect((await getAssessmentForOrg(demo, args.assessmentId))!.facts).toMatchObject({ status: "approved", reviewedBy: "Test officer" });
});

describe("a role without the permission", () => {
  it.each(pairs.filter((p) => !p.may).map((p) => [`${p.role}: ${p.name}`, p] as const))("%s is forbidden and changes nothing", async (_label, p) => {
    const args = validArgs[p.name]!(fx);
    const before = await snapshotTables(db());
    await expectClearRefusal(() => as(p.role, () => p.action(...args)), { via: "serverError", message: forbidden });
    // Malformed input gets the same answer: the role is checked before the input is parsed.
    await expectClearRefusal(() => as(p.role, () => p.action(...args.slice(0, -1), "not an object")), { via: "serverError", message: forbidden });
    expect(await snapshotTables(db())).toEqual(before);
  });
});

describe("a role with the permission", () => {
  it.each(pairs.filter((p) => p.may).map((p) => [`${p.role}: ${p.name}`, p] as const))("%s gets past the role check", async (_label, p) => {
    const result: ActionResult = await as(p.role, () => p.action(...validArgs[p.name]!(fx)));
    expect(messagesOf(result).join("\n"), JSON.stringify(result)).not.toMatch(/Your role does not allow/);
    expect(result.serverError).not.toBe(GENERIC_ERROR_MESSAGE);
  });
});
