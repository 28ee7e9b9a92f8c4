import { beforeAll, describe, expect, it } from "vitest";
import { GENERIC_ERROR_MESSAGE } from "@/lib/actions/safe-action";
import { demoEvaluator, otherEvaluator, seedAccessRows, type AccessRows } from "@/db/testing/access-fixtures";
import { discoverActions, expectClearRefusal, messagesOf } from "@/db/testing/action-harness";
import { sampleImportInput } from "@/db/testing/import-cases";
import { demo, other, projectInput, seedDemoRows, seedOtherOrganization, type DemoRows, type OtherOrgRows } from "@/db/testing/fixtures";
import { snapshotTables } from "@/db/testing/snapshot";
import { OTHER_ORGANIZATION_ID, setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";
import { sectionSave } from "@/db/testing/section-save";

/**
 * As the demo session, every action given ids of the other organisation answers "not found"
 * and changes nothing. Each case is then replayed as the owning organisation, which must not
 * get "not found": so the refusal comes from the organisation filter, not from a bad fixture.
 * An action whose input names no row (inviting an address) instead succeeds for us and leaves
 * every row of the other organisation as it was.
 */
const db = setupTestDatabase();
const actions = await discoverActions();
type Fx = { demo: DemoRows; other: OtherOrgRows; access: AccessRows };
let fx: Fx;
beforeAll(async () => {
  fx = { demo: await seedDemoRows(), other: await seedOtherOrganization(db()), access: await seedAccessRows(db()) };
});

/**
 * what: the thing not found, or null for "succeeds and leaves their rows alone".
 * replayAsOwner: false when the call mixes both organisations' ids, so no session owns all of them.
 * as: "evaluator" acts as the user who evaluates one project in each organisation (the admin otherwise).
 */
type Case = [label: string, args: (fx: Fx) => unknown[], what: string | null, replayAsOwner: boolean, as?: "evaluator"];
const theirPartner = (fx: Fx) => projectInput({ partners: [{ id: fx.other.partnerId, name: "Renamed by demo", country: "KE" }] });
const items = (ids: string[]) => ids.map((criterionId) => ({ criterionId, value: "not_met", notes: "changed", evidence: "" }));
const saveTo = (pick: (o: OtherOrgRows) => string, sectionId: string, values: unknown) => (fx: Fx) => [
  sectionSave(pick(fx.other), sectionId, values),
];

const cases: Record<string, Case[]> = {
  createProjectAction: [["their partner linked to a new project", (fx) => [theirPartner(fx)], "A partner in this form", true]],
  updateProjectAction: [
    ["their project", (fx) => [fx.other.projectId, projectInput({ name: "Hijacked" })], "The project", true],
    ["their project with their partner", (fx) => [fx.other.projectId, theirPartner(fx)], "The project", true],
    ["our project with their partner", (fx) => [fx.demo.projectId, theirPartner(fx)], "A partner in this form", false],
  ],
  startAssessmentAction: [
    ...(["before", "during", "after"] as const).map((kind): Case => [`a ${kind} stage of their project`, (fx) => [{ projectId: fx.other.projectId, kind }], "The project", true]),
    ["due diligence of their partner on their project", (fx) => [{ projectId: fx.other.projectId, kind: "partner", partnerId: fx.other.partnerId }], "The project", true],
    ["due diligence of their partner on our project", (fx) => [{ projectId: fx.demo.projectId, kind: "partner", partnerId: fx.other.partnerId }], "The partner", false],
  ],
  saveSectionAction: [
    ["their before assessment", saveTo((o) => o.beforeId, "country-context", { items: items(["B.CTX.1", "B.CTX.2", "B.CTX.3"]) }), "The assessment", true],
    ["their partner due diligence", saveTo((o) => o.partnerAssessmentId, "legal-standing", { items: items(["P.LEGAL.1", "P.LEGAL.2"]) }), "The assessment", true],
    [
      "their during assessment",
      saveTo((o) => o.duringId, "output-indicators", { indicators: [{ name: "Injected", unit: "", target: 1, actual: null }] }),
      "The assessment",
      true,
    ],
  ],
  removeEvidenceFileAction: [["their file", (fx) => [{ fileId: fx.other.evidenceFileId }], "The file", true]],
  addOwnRiskAction: [["their during assessment", (fx) => [{ assessmentId: fx.other.duringId, sectionId: "delivery", title: "Injected risk", description: "" }], "The assessment", true]],
  removeOwnRiskAction: [["their own risk", (fx) => [{ assessmentId: fx.other.duringId, criterionId: "D.OWN.1" }], "The assessment", true]],
  touchSectionPresenceAction: [["their before assessment", (fx) => [{ assessmentId: fx.other.beforeId, sectionId: "country-context" }], "The assessment", true]],
  submitAssessmentAction: [
    ["their before assessment", (fx) => [{ assessmentId: fx.other.beforeId }], "The assessment", true],
    ["their partner due diligence", (fx) => [{ assessmentId: fx.other.partnerAssessmentId }], "The assessment", true],
    ["their during assessment", (fx) => [{ assessmentId: fx.other.duringId }], "The assessment", true],
  ],
  approveAssessmentAction: [["their submitted assessment", (fx) => [{ assessmentId: fx.access.other.submittedId, comment: "Approved by demo" }], "The assessment", true]],
  returnAssessmentAction: [
    [
      "their submitted assessment",
      (fx) => [{ assessmentId: fx.access.other.submittedId, comment: "Returned by demo", items: [{ criterionId: "B.CTX.1", body: "Redo" }] }],
      "The assessment",
      true,
    ],
  ],
  reopenAssessmentAction: [["their approved assessment", (fx) => [{ assessmentId: fx.access.other.approvedId }], "The assessment", true]],
  addCommentAction: [
    ["their submitted assessment", (fx) => [{ assessmentId: fx.access.other.submittedId, body: "Seen by demo" }], "The assessment", true],
    ["their assessment, by an evaluator of both organisations", (fx) => [{ assessmentId: fx.access.other.approvedId, body: "Seen" }], "The assessment", true, "evaluator"],
  ],
  addThirdPartyAssessmentAction: [
    [
      "their assessment, by an evaluator of both organisations",
      (fx) => [{ assessmentId: fx.access.other.approvedId, rating: "High", body: "Rated from the wrong organisation" }],
      "The assessment",
      true,
      "evaluator",
    ],
  ],
  inviteMemberAction: [
    ["an address that is a member of theirs", (fx) => [{ email: fx.access.other.memberEmail, role: "staff" }], null, false],
    ["an address they have invited (their invitation stays)", (fx) => [{ email: fx.access.other.invitedEmail, role: "staff" }], null, false],
  ],
  cancelInvitationAction: [["their invitation", (fx) => [{ invitationId: fx.access.other.invitationId }], "The invitation", true]],
  changeMemberRoleAction: [["their staff member", (fx) => [{ memberId: fx.access.other.staffMemberId, role: "admin" }], "The member", true]],
  removeMemberAction: [["their staff member", (fx) => [{ memberId: fx.access.other.staffMemberId }], "The member", true]],
  setEvaluatorProjectsAction: [
    ["their evaluator, given their project", (fx) => [{ memberId: fx.access.other.evaluatorMemberId, projectIds: [fx.access.other.projectId] }], "The member", true],
    ["our evaluator, given their project", (fx) => [{ memberId: fx.access.members.evaluator, projectIds: [fx.access.other.projectId] }], "A project", false],
  ],
  setSelfApprovalAction: [["allowing self-approval, for our organisation only", () => [{ allowed: true }], null, false]],
  importProjectAction: [["a file exported by them, imported as a new project of ours", () => [sampleImportInput((f) => (f.project.name = "Other NGO water project"))], null, false]],
};

it("has a cross-organisation case for every exported server action, and only those", () => {
  expect(actions.length).toBeGreaterThan(0);
  expect(actions.filter((a) => !cases[a.name]?.length).map((a) => `${a.file}: ${a.name}`)).toEqual([]);
  expect(Object.keys(cases).filter((name) => !actions.some((a) => a.name === name))).toEqual([]);
});

async function expectNotFoundAndNothingChanged(call: () => Promise<unknown>, what: string) {
  const before = await snapshotTables(db());
  await expectClearRefusal(call as never, {
    via: "serverError",
    message: new RegExp(`^${what} was not found\\. It may have been removed, or the link is wrong\\.$`),
  });
  expect(await snapshotTables(db())).toEqual(before);
}

/** Succeeds for us, and every row of the other organisation is as it was. */
async function expectOursOnly(call: () => Promise<{ data?: unknown }>) {
  const before = await snapshotTables(db(), OTHER_ORGANIZATION_ID);
  const result = await call();
  expect(messagesOf(result), JSON.stringify(result)).toEqual([]);
  expect(result.data, JSON.stringify(result)).toBeDefined();
  expect(await snapshotTables(db(), OTHER_ORGANIZATION_ID)).toEqual(before);
}

describe.each(actions.map((a) => [a.name, a] as const))("%s, as the demo organisation", (name, { action }) => {
  it.each(cases[name] ?? [])("%s: not found (or ours only), nothing of theirs changed", async (_label, args, what, replayAsOwner, as) => {
    const [ours, theirs] = as === "evaluator" ? [demoEvaluator, otherEvaluator] : [demo, other];
    try {
      actAs(ours);
      if (what === null) return await expectOursOnly(() => action(...args(fx)));
      await expectNotFoundAndNothingChanged(() => action(...args(fx)), what);
      if (!replayAsOwner) return;
      actAs(theirs);
      const asOwner = await action(...args(fx));
      expect(messagesOf(asOwner).join("\n")).not.toMatch(/was not found|Your role does not allow/);
      expect(asOwner.serverError).not.toBe(GENERIC_ERROR_MESSAGE);
    } finally {
      actAs(demo);
    }
  });
});
