import { beforeAll, describe, expect, it } from "vitest";
import { seedAccessRows } from "@/db/testing/access-fixtures";
import { invalid, long, notFound, nowhere, server, shapeCases, type Case, type Fx } from "@/db/testing/action-cases";
import { discoverActions, expectClearRefusal } from "@/db/testing/action-harness";
import { demo, projectInput, seedDemoRows, seedOtherOrganization } from "@/db/testing/fixtures";
import { importCases } from "@/db/testing/import-cases";
import { memberCases, reviewCases } from "@/db/testing/review-member-cases";
import { storableCases } from "@/db/testing/storable-cases";
import { snapshotTables, tableNames } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";
import { sectionSave } from "@/db/testing/section-save";

/**
 * Every server action, called as the browser could call it, with input no form would send:
 * it must answer with a clear message, never throw, and leave every table as it was.
 * The actions are found in the code, so a new action without cases here fails the suite.
 */
const db = setupTestDatabase();
const actions = await discoverActions();
let fx: Fx;
beforeAll(async () => {
  fx = { demo: await seedDemoRows(), other: await seedOtherOrganization(db()), access: await seedAccessRows(db()) };
});

const badProjectForms = (prefix: (fx: Fx) => unknown[]): Case[] => [
  ...shapeCases(prefix),
  [
    "an object with wrong types",
    (fx) => [...prefix(fx), { name: 42, summary: [], hostCountry: 1, sector: "Space", participationMode: "loan", budget: "lots", currency: "XX", startDate: "soon", endDate: 5, partners: "none" }],
    invalid(/Project name is required[\s\S]*Choose a sector/),
  ],
  ["an oversized name", (fx) => [...prefix(fx), projectInput({ name: long })], invalid(/^Project name is too long$/m)],
  ["an oversized summary", (fx) => [...prefix(fx), projectInput({ summary: long })], invalid(/^The summary is too long$/m)],
  ["a negative budget", (fx) => [...prefix(fx), projectInput({ budget: -5 })], invalid(/budget must be more than zero/)],
  ["an end date before the start", (fx) => [...prefix(fx), projectInput({ endDate: "2020-01-01" })], invalid(/end date must be on or after/)],
  ["an unknown host country", (fx) => [...prefix(fx), projectInput({ hostCountry: "ZZ" })], invalid(/Choose the host country/)],
  ["a partner with a non-uuid id", (fx) => [...prefix(fx), projectInput({ partners: [{ id: "partner-1", name: "A", country: "KE" }] })], invalid(/UUID/i)],
  ["a partner with an oversized name", (fx) => [...prefix(fx), projectInput({ partners: [{ name: long, country: "KE" }] })], invalid(/Partner name is too long/)],
  ["a partner with an unknown country", (fx) => [...prefix(fx), projectInput({ partners: [{ name: "A", country: "Narnia" }] })], invalid(/partner's country/)],
  ["21 partners", (fx) => [...prefix(fx), projectInput({ partners: Array.from({ length: 21 }, (_, i) => ({ name: `P${i}`, country: "KE" })) })], invalid(/At most 20 partners/)],
  ["another organisation's partner id", (fx) => [...prefix(fx), projectInput({ partners: [{ id: fx.other.partnerId, name: "Mine now", country: "KE" }] })], notFound("A partner in this form")],
  ["a partner id that names nothing", (fx) => [...prefix(fx), projectInput({ partners: [{ id: nowhere, name: "Ghost", country: "KE" }] })], notFound("A partner in this form")],
];

const statusItem = (criterionId: string, over: Record<string, unknown> = {}) => ({ criterionId, value: "met", notes: "", evidence: "", ...over });
const contextItems = (over: Record<string, unknown> = {}) => ["B.CTX.1", "B.CTX.2", "B.CTX.3"].map((id) => statusItem(id, over));
const save = (sectionId: string, values: unknown) => (fx: Fx) => [sectionSave(fx.demo.beforeId, sectionId, values)];
const changes = (list: unknown) => (fx: Fx) => [{ assessmentId: fx.demo.beforeId, sectionId: "country-context", changes: list }];
const duringRisks = (likelihood: unknown) => ["D.PART.1", "D.BEN.1", "D.BEN.2"].map((criterionId) => ({ criterionId, likelihood, impact: 2, status: "open", mitigation: "", owner: "", dueDate: "", notes: "" }));

const cases: Record<string, Case[]> = {
  createProjectAction: badProjectForms(() => []),
  updateProjectAction: [
    ["an undefined project id", () => [undefined, projectInput()], notFound("What you are editing")],
    ["a null project id", () => [null, projectInput()], notFound("What you are editing")],
    ["a numeric project id", () => [42, projectInput()], notFound("What you are editing")],
    ["a non-uuid project id", () => ["not-a-uuid", projectInput()], notFound("The project")],
    ["an oversized project id", () => [long, projectInput()], notFound("The project")],
    ["a project id that names nothing", () => [nowhere, projectInput()], notFound("The project")],
    ["another organisation's project id", (fx) => [fx.other.projectId, projectInput()], notFound("The project")],
    ...badProjectForms((fx) => [fx.demo.projectId]),
  ],
  startAssessmentAction: [
    ...shapeCases(),
    ["an object with wrong types", () => [{ projectId: 5, kind: 1, partnerId: 7 }], invalid(/The project is missing[\s\S]*Choose which checklist/)],
    ["an unknown checklist kind", (fx) => [{ projectId: fx.demo.projectId, kind: "audit", partnerId: null }], invalid(/^Choose which checklist to start$/m)],
    ["a non-uuid project id", () => [{ projectId: "project-1", kind: "before" }], notFound("The project")],
    ["an oversized project id", () => [{ projectId: long, kind: "before" }], notFound("The project")],
    ["another organisation's project id", (fx) => [{ projectId: fx.other.projectId, kind: "after" }], notFound("The project")],
    ["partner due diligence without a partner", (fx) => [{ projectId: fx.demo.projectId, kind: "partner" }], server(/^Choose a partner for partner due diligence/)],
    ["a stage given a partner", (fx) => [{ projectId: fx.demo.projectId, kind: "after", partnerId: fx.demo.partnerId }], server(/and only for it/)],
    ["a non-uuid partner id", (fx) => [{ projectId: fx.demo.projectId, kind: "partner", partnerId: "partner-1" }], notFound("The partner")],
    ["another organisation's partner id", (fx) => [{ projectId: fx.demo.projectId, kind: "partner", partnerId: fx.other.partnerId }], notFound("The partner")],
    ["a partner not linked to the project", (fx) => [{ projectId: fx.demo.projectId, kind: "partner", partnerId: fx.demo.unlinkedPartnerId }], notFound("The partner")],
  ],
  saveSectionAction: [
    ...shapeCases(),
    ["an object with wrong types", () => [{ assessmentId: 1, sectionId: [], changes: {} }], invalid(/expected string/)],
    ["a non-uuid assessment id", () => [sectionSave("a-1", "country-context", { items: contextItems() })], notFound("The assessment")],
    ["an oversized assessment id", () => [sectionSave(long, "country-context", { items: contextItems() })], notFound("The assessment")],
    ["another organisation's assessment id", (fx) => [sectionSave(fx.other.beforeId, "country-context", { items: contextItems() })], notFound("The assessment")],
    ["a section id that does not exist", save("no-such-section", { items: contextItems() }), notFound("That section of the checklist")],
    ["a section of another checklist", save("finances", { items: contextItems() }), notFound("That section of the checklist")],
    ["changes missing", changes(undefined), invalid(/expected array/)],
    ["changes as a string", changes("met"), invalid(/expected array/)],
    ["no changes at all", changes([]), invalid(/Nothing to save/)],
    ["a change without the revision it was based on", changes([{ key: "B.CTX.1", value: statusItem("B.CTX.1") }]), invalid(/expected number/)],
    ["a negative revision", changes([{ key: "B.CTX.1", base: -1, value: statusItem("B.CTX.1") }]), invalid(/>=0/)],
    ["values with an extra item", save("country-context", { items: [...contextItems(), statusItem("B.CTX.4")] }), invalid(/.+/)],
    ["values with a wrong criterionId", save("country-context", { items: [statusItem("B.CTX.1"), statusItem("B.NEED.1"), statusItem("B.CTX.3")] }), invalid(/.+/)],
    ["the same item twice", changes([0, 0].map(() => ({ key: "B.CTX.1", base: 0, value: statusItem("B.CTX.1") }))), invalid(/sent twice/)],
    ["an item's value under another item's key", changes([{ key: "B.CTX.1", base: 0, value: statusItem("B.CTX.2") }]), invalid(/.+/)],
    ["an answer outside the list", save("country-context", { items: contextItems({ value: "maybe" }) }), invalid(/Choose one of the answers/)],
    ["an oversized note", save("country-context", { items: contextItems({ notes: long }) }), invalid(/Notes is too long/)],
    ["risks sent to a status section", save("country-context", { risks: duringRisks(2) }), invalid(/.+/)],
    ["likelihood 9", (fx) => [sectionSave(fx.demo.duringId, "partner-and-beneficiaries", { risks: duringRisks(9) })], invalid(/Choose a likelihood from 1 to 5/)],
    ["a submitted assessment", (fx) => [sectionSave(fx.demo.submittedId, "country-context", { items: contextItems() })], server(/^This assessment has been submitted and can no longer be changed\.$/)],
  ],
  removeEvidenceFileAction: [
    ...shapeCases(),
    ["an object with wrong types", () => [{ fileId: 5 }], invalid(/expected string/)],
    ["a non-uuid file id", () => [{ fileId: "../../etc/passwd" }], notFound("The file")],
    ["another organisation's file", (fx) => [{ fileId: fx.other.evidenceFileId }], notFound("The file")],
    ["an oversized id", () => [{ fileId: "x".repeat(500) }], invalid(/.+/)],
  ],
  addOwnRiskAction: [
    ...shapeCases(),
    ["an object with wrong types", () => [{ assessmentId: 5, sectionId: [], title: 1, description: null }], invalid(/expected string/)],
    ["a title of two letters", (fx) => [{ assessmentId: fx.demo.duringId, sectionId: "delivery", title: "ab", description: "" }], invalid(/Give the risk a title of at least 3 characters/)],
    ["a section the register lacks", (fx) => [{ assessmentId: fx.demo.duringId, sectionId: "output-indicators", title: "Flooding", description: "" }], notFound("That section of the checklist")],
    ["a before assessment", (fx) => [{ assessmentId: fx.demo.beforeId, sectionId: "country-context", title: "Flooding", description: "" }], notFound("That section of the checklist")],
    ["another organisation's assessment", (fx) => [{ assessmentId: fx.other.duringId, sectionId: "delivery", title: "Flooding", description: "" }], notFound("The assessment")],
    ["an oversized description", (fx) => [{ assessmentId: fx.demo.duringId, sectionId: "delivery", title: "Flooding", description: long }], invalid(/.+/)],
  ],
  removeOwnRiskAction: [
    ...shapeCases(),
    ["an object with wrong types", () => [{ assessmentId: 5, criterionId: 5 }], invalid(/expected string/)],
    ["a framework risk", (fx) => [{ assessmentId: fx.demo.duringId, criterionId: "D.PART.1" }], notFound("That item of the checklist")],
    ["an own risk that is not there", (fx) => [{ assessmentId: fx.demo.duringId, criterionId: "D.OWN.99" }], notFound("That item of the checklist")],
    ["another organisation's own risk", (fx) => [{ assessmentId: fx.other.duringId, criterionId: "D.OWN.1" }], notFound("The assessment")],
  ],
  touchSectionPresenceAction: [
    ...shapeCases(),
    ["an object with wrong types", () => [{ assessmentId: 5, sectionId: [] }], invalid(/expected string/)],
    ["a non-uuid assessment id", () => [{ assessmentId: "a-1", sectionId: "country-context" }], notFound("The assessment")],
    ["another organisation's assessment id", (fx) => [{ assessmentId: fx.other.beforeId, sectionId: "country-context" }], notFound("The assessment")],
    ["an oversized section id", (fx) => [{ assessmentId: fx.demo.beforeId, sectionId: long }], invalid(/.+/)],
  ],
  submitAssessmentAction: [
    ...shapeCases(),
    ["an object with wrong types", () => [{ assessmentId: 5 }], invalid(/expected string/)],
    ["a non-uuid assessment id", () => [{ assessmentId: "a-1" }], notFound("The assessment")],
    ["an oversized assessment id", () => [{ assessmentId: long }], notFound("The assessment")],
    ["an assessment id that names nothing", () => [{ assessmentId: nowhere }], notFound("The assessment")],
    ["another organisation's assessment id", (fx) => [{ assessmentId: fx.other.beforeId }], notFound("The assessment")],
    ["an incomplete draft", (fx) => [{ assessmentId: fx.demo.beforeId }], invalid(/Country context and safety/)],
    ["an assessment already submitted", (fx) => [{ assessmentId: fx.demo.submittedId }], server(/has been submitted/)],
  ],
  ...reviewCases(),
  ...memberCases(),
  ...importCases(),
};
for (const [name, list] of Object.entries(storableCases())) cases[name] = [...(cases[name] ?? []), ...list];

describe("the malformed-input table", () => {
  it("covers every exported server action, and only those", () => {
    expect(actions.length).toBeGreaterThan(0);
    const untested = actions.filter((a) => !cases[a.name]?.length).map((a) => `${a.file}: ${a.name}`);
    expect(untested, "actions without malformed-input cases").toEqual([]);
    expect(Object.keys(cases).filter((name) => !actions.some((a) => a.name === name))).toEqual([]);
  });

  it("snapshots every table of the schema, by name", async () => {
    // Named, not counted: a table added to the schema must be added here, after checking that the
    // "nothing changed" snapshots really see it; a table that drops out of the schema fails too.
    const expected = [
      "account", "answer", "assessment", "audit_log", "evidence_file", "file_blob", "indicator", "invitation", "member", "mitigation", "organization", "own_risk",
      "partner", "project", "project_evaluator", "project_partner", "rate_limit", "review_note", "risk", "section_presence", "session",
      "sign_in_failure", "user", "verification",
    ];
    expect([...tableNames].sort()).toEqual(expected);
    expect(Object.keys(await snapshotTables(db())).sort()).toEqual(expected);
  });
});

for (const { file, name, action } of actions) {
  describe(`${file}: ${name} refuses malformed input`, () => {
    it.each(cases[name] ?? [])("%s", async (_label, args, expected, as) => {
      const before = await snapshotTables(db());
      actAs(as ?? demo);
      try {
        await expectClearRefusal(() => action(...args(fx)), expected);
      } finally {
        actAs(demo);
      }
      expect(await snapshotTables(db())).toEqual(before);
    });
  });
}
