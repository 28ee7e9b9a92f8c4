import { describe, expect, it } from "vitest";
import { discoverActions, expectClearRefusal, type ActionResult } from "@/db/testing/action-harness";
import { demo } from "@/db/testing/fixtures";
import { argsOf, callerOf, happyPaths } from "@/db/testing/happy-paths";
import { snapshotTables } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";
import { getAssessmentForOrg } from "@/db/queries/assessments";
import { roles, type Role } from "@/lib/auth/roles";
import { approveAssessmentAction } from "./assessments/review-actions";

/**
 * The permission table, action by action and role by role. The expected table is written out
 * here rather than read from lib/auth/roles.ts, so changing who may do what fails this test.
 * A role with the permission runs the action's happy path (db/testing/happy-paths.ts) on rows
 * made for it, and the change must be there: an action that refuses anyone, or answers "not
 * found", fails. A role without it gets the ForbiddenError message, even for malformed input
 * (checked before parsing), and no row changes.
 */
const db = setupTestDatabase();
const actions = await discoverActions();

const writers: Role[] = ["staff", "manager", "admin"];
const reviewers: Role[] = ["manager", "admin"];

/** Who may call each action. */
const allowed: Record<string, Role[]> = {
  createProjectAction: writers,
  updateProjectAction: writers,
  startAssessmentAction: writers,
  saveSectionAction: writers,
  touchSectionPresenceAction: writers,
  removeEvidenceFileAction: writers,
  addOwnRiskAction: writers,
  removeOwnRiskAction: writers,
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
  setSelfApprovalAction: ["admin"],
  importProjectAction: writers,
};

const forbidden = /^Your role does not allow this\. Ask a manager or an admin of your organisation\.$/;
const pairs = actions.flatMap((a) => roles.map((role) => ({ ...a, role, may: allowed[a.name]?.includes(role) ?? false })));

async function as<T>(role: Role, call: () => Promise<T>): Promise<T> {
  actAs(callerOf[role]);
  try {
    return await call();
  } finally {
    actAs(demo);
  }
}

it("has the expected roles and a happy path for every exported server action, and only those", () => {
  const names = actions.map((a) => a.name).sort();
  expect(names.length).toBeGreaterThan(0);
  expect(Object.keys(allowed).sort()).toEqual(names);
  expect(Object.keys(happyPaths).sort()).toEqual(names);
  for (const [name, path] of Object.entries(happyPaths)) expect(allowed[name], `${name}: happy path as ${path.as}`).toContain(path.as);
  expect(pairs.filter((p) => p.may).length).toBeGreaterThan(0);
  expect(pairs.filter((p) => !p.may).length).toBeGreaterThan(0);
});

it("refuses staff approving, changes nothing, and lets a manager approve the same assessment", async () => {
  const { input } = await happyPaths.approveAssessmentAction!.arrange(db());
  const args = input as { assessmentId: string; comment: string };
  const before = await snapshotTables(db());
  await expectClearRefusal(() => as("staff", () => approveAssessmentAction(args)), { via: "serverError", message: forbidden });
  expect(await snapshotTables(db())).toEqual(before);
  expect(await as("manager", () => approveAssessmentAction(args))).toEqual({ data: { ok: true } });
  expect((await getAssessmentForOrg(demo, args.assessmentId))!.facts).toMatchObject({ status: "approved", reviewedBy: "Test officer" });
});

describe("a role without the permission", () => {
  it.each(pairs.filter((p) => !p.may).map((p) => [`${p.role}: ${p.name}`, p] as const))("%s is forbidden and changes nothing", async (_label, p) => {
    const args = argsOf(await happyPaths[p.name]!.arrange(db()));
    const before = await snapshotTables(db());
    await expectClearRefusal(() => as(p.role, () => p.action(...args)), { via: "serverError", message: forbidden });
    // Malformed input gets the same answer: the role is checked before the input is parsed.
    await expectClearRefusal(() => as(p.role, () => p.action(...args.slice(0, -1), "not an object")), { via: "serverError", message: forbidden });
    expect(await snapshotTables(db())).toEqual(before);
  });
});

describe("a role with the permission", () => {
  it.each(pairs.filter((p) => p.may).map((p) => [`${p.role}: ${p.name}`, p] as const))("%s succeeds and changes what it should", async (_label, p) => {
    const path = happyPaths[p.name]!;
    const arranged = await path.arrange(db());
    const result: ActionResult = await as(p.role, () => p.action(...argsOf(arranged)));
    expect(result.serverError, JSON.stringify(result)).toBeUndefined();
    expect(result.validationErrors, JSON.stringify(result)).toBeUndefined();
    expect(result.data, JSON.stringify(result)).toBeDefined();
    await path.changed(arranged.input, result.data, callerOf[p.role]);
  });
});
