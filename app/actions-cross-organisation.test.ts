import { beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_ORGANIZATION_ID } from "@/db/demo-organization";
import { GENERIC_ERROR_MESSAGE } from "@/lib/actions/safe-action";
import { discoverActions, expectClearRefusal, messagesOf } from "@/db/testing/action-harness";
import { projectInput, seedDemoRows, seedOtherOrganization, type DemoRows, type OtherOrgRows } from "@/db/testing/fixtures";
import { snapshotTables } from "@/db/testing/snapshot";
import { OTHER_ORGANIZATION_ID, setupTestDatabase } from "@/db/testing/test-database";

/**
 * As the demo session, every action given ids of the other organisation answers "not found"
 * and changes nothing. Each case is then replayed as the owning organisation, which must not
 * get "not found": so the refusal comes from the organisation filter, not from a bad fixture.
 */
const session = vi.hoisted(() => ({ organizationId: "demo-org" }));
vi.mock("@/lib/session", () => ({
  getSessionContext: async () => ({ organizationId: session.organizationId, userName: "Test officer" }),
}));

const db = setupTestDatabase();
const actions = await discoverActions();
type Fx = { demo: DemoRows; other: OtherOrgRows };
let fx: Fx;
beforeAll(async () => {
  fx = { demo: await seedDemoRows(), other: await seedOtherOrganization(db()) };
});

/** replayAsOwner: false when the call mixes both organisations' ids, so no session owns all of them. */
type Case = [label: string, args: (fx: Fx) => unknown[], what: string, replayAsOwner: boolean];
const theirPartner = (fx: Fx) => projectInput({ partners: [{ id: fx.other.partnerId, name: "Renamed by demo", country: "KE" }] });
const items = (ids: string[]) => ids.map((criterionId) => ({ criterionId, value: "not_met", notes: "changed", evidence: "" }));
const saveTo = (pick: (o: OtherOrgRows) => string, sectionId: string, values: unknown) => (fx: Fx) => [
  { assessmentId: pick(fx.other), sectionId, strictness: "draft", values },
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
  submitAssessmentAction: [
    ["their before assessment", (fx) => [{ assessmentId: fx.other.beforeId }], "The assessment", true],
    ["their partner due diligence", (fx) => [{ assessmentId: fx.other.partnerAssessmentId }], "The assessment", true],
    ["their during assessment", (fx) => [{ assessmentId: fx.other.duringId }], "The assessment", true],
  ],
};

it("has a cross-organisation case for every exported server action, and only those", () => {
  expect(actions.length).toBeGreaterThan(0);
  expect(actions.filter((a) => !cases[a.name]?.length).map((a) => `${a.file}: ${a.name}`)).toEqual([]);
  expect(Object.keys(cases).filter((name) => !actions.some((a) => a.name === name))).toEqual([]);
});

describe.each(actions.map((a) => [a.name, a] as const))("%s, as the demo organisation", (name, { action }) => {
  it.each(cases[name] ?? [])("does not find %s and changes nothing", async (_label, args, what, replayAsOwner) => {
    session.organizationId = DEMO_ORGANIZATION_ID;
    const before = await snapshotTables(db());
    await expectClearRefusal(() => action(...args(fx)), {
      via: "serverError",
      message: new RegExp(`^${what} was not found\\. It may have been removed, or the link is wrong\\.$`),
    });
    expect(await snapshotTables(db())).toEqual(before);

    if (!replayAsOwner) return;
    session.organizationId = OTHER_ORGANIZATION_ID;
    try {
      const asOwner = await action(...args(fx));
      expect(messagesOf(asOwner).join("\n")).not.toMatch(/was not found/);
      expect(asOwner.serverError).not.toBe(GENERIC_ERROR_MESSAGE);
    } finally {
      session.organizationId = DEMO_ORGANIZATION_ID;
    }
  });
});
