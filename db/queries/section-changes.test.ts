import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/domain/session-context";
import { findSection } from "@/lib/checklists/applicable";
import { parseSectionChanges, type SectionChange } from "@/lib/forms/section-changes";
import { addMembership, addUser } from "../testing/access-fixtures";
import { checklistFor, demo, projectValues } from "../testing/fixtures";
import { snapshotTables } from "../testing/snapshot";
import { setupTestDatabase } from "../testing/test-database";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { saveSectionChangesForOrg } from "./assessment-writes";
import { getAssessmentForOrg, startAssessmentForOrg } from "./assessments";
import { createProjectForOrg } from "./projects";

// Two people on one draft: each save carries only what its editor changed, based on the revision
// they saw. Nothing a colleague saved since is ever written over without the editor's choice.
const db = setupTestDatabase();
const malik: SessionContext = { ...demo, userId: "malik", userName: "Malik Manager", role: "manager" };
const sofia: SessionContext = { ...demo, userId: "sofia", userName: "Sofia Staff", role: "staff" };
const context = findSection(checklistFor("before", "enterprise"), "country-context")!;
const indicatorsSection = findSection(checklistFor("during", "enterprise"), "output-indicators")!;

const item = (criterionId: string, value: string, notes = "") => ({ criterionId, value, notes, evidence: "" });
function changes(section: typeof context, list: Array<{ key: string; base: number; value: unknown }>): SectionChange[] {
  const parsed = parseSectionChanges(section, list);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.changes;
}
const save = (ctx: SessionContext, id: string, list: Array<{ key: string; base: number; value: unknown }>, section = context) =>
  saveSectionChangesForOrg(ctx, id, changes(section, list));
const answerOf = async (id: string, criterionId: string) => (await getAssessmentForOrg(demo, id))!.facts.answers.get(criterionId)?.value ?? null;

let projectId: string;
beforeAll(async () => {
  for (const who of [malik, sofia]) {
    await addUser(db(), who.userId, who.userName);
    await addMembership(db(), DEMO_ORGANIZATION_ID, who.userId, who.role);
  }
  projectId = await createProjectForOrg(demo, projectValues({ name: "Shared draft" }));
});
/** A new BEFORE draft on its own project, so each case starts from nothing saved. */
let drafts = 0;
const freshBefore = async () =>
  startAssessmentForOrg(demo, { projectId: await createProjectForOrg(demo, projectValues({ name: `Draft ${++drafts}` })), kind: "before", partnerId: null });

describe("conflict-checked saves", () => {
  it("keeps both editors' changes to different items of one section, with no conflict", async () => {
    const id = await freshBefore();
    const a = await save(malik, id, [{ key: "B.CTX.1", base: 0, value: item("B.CTX.1", "not_met") }]);
    const b = await save(sofia, id, [{ key: "B.CTX.2", base: 0, value: item("B.CTX.2", "met") }]);
    expect([...a.results, ...b.results]).toEqual([
      { key: "B.CTX.1", status: "saved", revision: 1 },
      { key: "B.CTX.2", status: "saved", revision: 1 },
    ]);
    expect([await answerOf(id, "B.CTX.1"), await answerOf(id, "B.CTX.2")]).toEqual(["not_met", "met"]);
  });

  it("refuses a change to an item someone changed since, and answers with their value, name and time", async () => {
    const id = await freshBefore();
    await save(malik, id, [{ key: "B.CTX.1", base: 0, value: item("B.CTX.1", "not_met") }]);
    const before = await snapshotTables(db());
    const stale = await save(sofia, id, [{ key: "B.CTX.1", base: 0, value: item("B.CTX.1", "met") }]);
    expect(stale.results).toEqual([
      {
        key: "B.CTX.1",
        status: "conflict",
        revision: 1,
        by: "Malik Manager",
        at: expect.any(String),
        current: { criterionId: "B.CTX.1", value: "not_met", notes: "", evidence: "" },
      },
    ]);
    // Nothing written for it: no answer, no audit row.
    expect(await snapshotTables(db())).toEqual(before);
    expect(await answerOf(id, "B.CTX.1")).toBe("not_met");

    // "Use mine": the same change, now based on the revision the conflict named.
    const mine = await save(sofia, id, [{ key: "B.CTX.1", base: 1, value: item("B.CTX.1", "met") }]);
    expect(mine.results).toEqual([{ key: "B.CTX.1", status: "saved", revision: 2 }]);
    expect(await answerOf(id, "B.CTX.1")).toBe("met");
  });

  it("never lets a stale tab revert a colleague's newer answer while saving another item", async () => {
    const id = await freshBefore();
    await save(sofia, id, [{ key: "B.CTX.1", base: 0, value: item("B.CTX.1", "partly_met") }]);
    await save(malik, id, [{ key: "B.CTX.1", base: 1, value: item("B.CTX.1", "not_met") }]);
    // Sofia's tab still shows her partly_met; she answers B.CTX.3, and only B.CTX.3 is sent.
    const later = await save(sofia, id, [{ key: "B.CTX.3", base: 0, value: item("B.CTX.3", "met") }]);
    expect(later.results).toEqual([{ key: "B.CTX.3", status: "saved", revision: 1 }]);
    expect(await answerOf(id, "B.CTX.1")).toBe("not_met");
  });

  it("takes a resent change equal to what is stored as saved, whatever its base (a closing page's copy sent twice)", async () => {
    const id = await freshBefore();
    await save(sofia, id, [{ key: "B.CTX.2", base: 0, value: item("B.CTX.2", "unknown", "Asked the embassy") }]);
    const again = await save(sofia, id, [{ key: "B.CTX.2", base: 0, value: item("B.CTX.2", "unknown", "Asked the embassy") }]);
    expect(again.results).toEqual([{ key: "B.CTX.2", status: "saved", revision: 1 }]);
  });

  it("checks the indicator list as one part", async () => {
    const assessmentId = await startAssessmentForOrg(demo, { projectId, kind: "during", partnerId: null });
    const list = (name: string) => [{ name, unit: "wells", target: "10", actual: "" }];
    await save(malik, assessmentId, [{ key: "indicators", base: 0, value: list("Wells dug") }], indicatorsSection);
    const stale = await save(sofia, assessmentId, [{ key: "indicators", base: 0, value: list("Wells") }], indicatorsSection);
    expect(stale.results).toMatchObject([{ key: "indicators", status: "conflict", revision: 1, by: "Malik Manager", current: [{ name: "Wells dug", target: 10 }] }]);
    expect((await getAssessmentForOrg(demo, assessmentId))!.facts.indicators.map((i) => i.name)).toEqual(["Wells dug"]);
  });
});
