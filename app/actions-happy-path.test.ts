import { revalidatePath } from "next/cache";
import { localize } from "@/lib/i18n/localized-text";
import { describe, expect, it, vi } from "vitest";
import { getAssessmentForOrg } from "@/db/queries/assessments";
import { getProjectForOrg } from "@/db/queries/projects";
import { expectClearRefusal, type ActionResult } from "@/db/testing/action-harness";
import { checklistFor, completeSectionValues, demo, projectInput } from "@/db/testing/fixtures";
import { snapshotTables } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import { englishText } from "@/lib/i18n/translator";
import { saveSectionAction, startAssessmentAction, submitAssessmentAction } from "./assessments/actions";
import { createProjectAction, updateProjectAction } from "./projects/actions";
import { sectionSave } from "@/db/testing/section-save";

/** One project through its whole life, every action called the way the pages call it. */
const db = setupTestDatabase();

function dataOf<T>(result: ActionResult & { data?: T }): T {
  expect(result.serverError, JSON.stringify(result)).toBeUndefined();
  expect(result.validationErrors, JSON.stringify(result)).toBeUndefined();
  expect(result.data).toBeDefined();
  return result.data!;
}

describe("a project from creation to a submitted assessment", () => {
  let projectId: string;
  let partnerId: string;
  let assessmentId: string;
  const checklist = checklistFor("before", "subsidised");

  it("creates a project with a partner", async () => {
    ({ projectId } = dataOf(await createProjectAction(projectInput({ participationMode: "subsidised", partners: [{ name: "Kenya Health Trust", country: "KE" }] }))));
    const project = await getProjectForOrg(demo, projectId);
    expect(project).toMatchObject({ participationMode: "subsidised", budget: "125000.50" });
    partnerId = project!.partners[0]!.id;
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith("/projects");
  });

  it("updates it through the bound project id, keeping the partner by id", async () => {
    const save = updateProjectAction.bind(null, projectId);
    const input = projectInput({ name: "Renamed", participationMode: "subsidised", partners: [{ id: partnerId, name: "Kenya Health Trust Ltd", country: "KE" }], revision: 1 });
    expect(dataOf(await save(input))).toEqual({ projectId, conflict: null });
    expect(await getProjectForOrg(demo, projectId)).toMatchObject({ name: "Renamed", partners: [{ id: partnerId, name: "Kenya Health Trust Ltd" }] });
  });

  it("refuses to write over a colleague's newer save of the project, and says who and when", async () => {
    const save = updateProjectAction.bind(null, projectId);
    const before = await snapshotTables(db());
    const stale = dataOf(await save(projectInput({ name: "Stale copy", revision: 1 })));
    expect(stale).toEqual({ projectId, conflict: { by: demo.userName, at: expect.any(String), revision: 2 } });
    expect(await snapshotTables(db())).toEqual(before);
    expect(await getProjectForOrg(demo, projectId)).toMatchObject({ name: "Renamed" });
    // Choosing "use mine": the same values, based on the revision the conflict named.
    expect(dataOf(await save(projectInput({ name: "Renamed", participationMode: "subsidised", partners: [{ id: partnerId, name: "Kenya Health Trust Ltd", country: "KE" }], revision: 2 })))).toEqual({ projectId, conflict: null });
    // A form that names no revision is never written blindly: it gets the conflict too.
    expect(dataOf(await save(projectInput({ name: "No revision" })))).toMatchObject({ conflict: { revision: 3 } });
  });

  it("starts the before assessment once", async () => {
    ({ assessmentId } = dataOf(await startAssessmentAction({ projectId, kind: "before" })));
    expect(dataOf(await startAssessmentAction({ projectId, kind: "before", partnerId: null }))).toEqual({ assessmentId });
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith(`/projects/${projectId}`);
  });

  it("saves a half-answered section as a draft, and refuses to submit while sections are incomplete", async () => {
    const section = checklist.sections[0]!;
    const values = { items: section.items.map((item, i) => ({ criterionId: item.id, value: i === 0 ? "partly_met" : "", notes: "", evidence: "" })) };
    const saved = dataOf(await saveSectionAction(sectionSave(assessmentId, section.id, values)));
    expect(saved).toMatchObject({ savedAt: expect.any(String), results: expect.any(Array) });
    const facts = (await getAssessmentForOrg(demo, assessmentId))!.facts;
    expect(facts.answers.get(section.items[0]!.id)).toEqual({ value: "partly_met", notes: "", evidence: "" });
    // Only answers that changed are written: an item left untouched has no row at all.
    expect(facts.answers.has(section.items[1]!.id)).toBe(false);
    expect([...facts.answers.keys()]).toEqual([section.items[0]!.id]);

    const before = await snapshotTables(db());
    const refused = await expectClearRefusal(() => submitAssessmentAction({ assessmentId }), { via: "validationErrors", message: /Country context/ });
    // Every unfinished section, as a field error at sections.<id> carrying its title (the submit panel links them).
    expect(refused.validationErrors).toEqual({
      sections: Object.fromEntries(checklist.sections.map((s) => [s.id, { _errors: [localize(s.title, "en")] }])),
    });
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("completes every section of the checklist, including the mode's own section", async () => {
    expect(checklist.sections.map((s) => s.id)).toContain("participation-mode");
    for (const section of checklist.sections) {
      const result = await saveSectionAction(sectionSave(assessmentId, section.id, completeSectionValues(section)));
      expect(dataOf(result), section.id).toMatchObject({ savedAt: expect.any(String), results: expect.any(Array) });
    }
  });

  it("submits, after which a second save and a second submit are refused with a clear message", async () => {
    expect(dataOf(await submitAssessmentAction({ assessmentId }))).toEqual({ ok: true });
    expect((await getAssessmentForOrg(demo, assessmentId))!.facts.status).toBe("submitted");

    const before = await snapshotTables(db());
    const section = checklist.sections[0]!;
    const frozen = /^This assessment has been submitted and can no longer be changed\.$/;
    await expectClearRefusal(
      () => saveSectionAction(sectionSave(assessmentId, section.id, completeSectionValues(section))),
      { via: "serverError", message: frozen },
    );
    await expectClearRefusal(() => submitAssessmentAction({ assessmentId }), { via: "serverError", message: frozen });
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("reuses the partner's due diligence when a second project names the same partner", async () => {
    const { assessmentId: first } = dataOf(await startAssessmentAction({ projectId, kind: "partner", partnerId }));
    const { projectId: second } = dataOf(
      await createProjectAction(projectInput({ name: "Second", partners: [{ id: partnerId, name: "Kenya Health Trust Ltd", country: "KE" }] })),
    );
    expect(dataOf(await startAssessmentAction({ projectId: second, kind: "partner", partnerId }))).toEqual({ assessmentId: first });
  });
});

describe("form values as the browser sends them", () => {
  it("coerces a risk section's strings and saves indicators", async () => {
    const { projectId } = dataOf(await createProjectAction(projectInput({ name: "Monitoring" })));
    const { assessmentId } = dataOf(await startAssessmentAction({ projectId, kind: "during" }));
    const section = checklistFor("during", "enterprise").sections[0]!;
    const risks = section.items.map((item) => ({ criterionId: item.id, likelihood: "4", impact: "5", status: "mitigating", mitigation: "Backup supplier", owner: "Logistics", dueDate: "2027-06-30", notes: "" }));
    expect(dataOf(await saveSectionAction(sectionSave(assessmentId, section.id, { risks })))).toMatchObject({ savedAt: expect.any(String), results: expect.any(Array) });
    const indicators = [{ name: "Clinics supplied", unit: "clinics", target: "25", actual: "" }];
    expect(dataOf(await saveSectionAction(sectionSave(assessmentId, "output-indicators", { indicators })))).toMatchObject({ savedAt: expect.any(String), results: expect.any(Array) });

    const facts = (await getAssessmentForOrg(demo, assessmentId))!.facts;
    expect(facts.risks.get(section.items[0]!.id)).toEqual({
      likelihood: 4,
      impact: 5,
      status: "mitigating",
      notes: "",
      mitigation: { action: "Backup supplier", owner: "Logistics", dueDate: "2027-06-30" },
    });
    expect(facts.indicators).toEqual([{ name: "Clinics supplied", unit: "clinics", target: 25, actual: null }]);
  });

  it("returns a nested field's error under its form path", async () => {
    const result = await createProjectAction(projectInput({ partners: [{ name: "Fine", country: "KE" }, { name: " ", country: "KE" }] }));
    // Field errors travel as message references, read in the reader's language by the form.
    expect(result.validationErrors).toEqual({ partners: { 1: { name: { _errors: ["validation.partnerNameRequired"] } } } });
  });

  it("returns the answers a section refuses as field errors under changes, at the form's paths", async () => {
    const { projectId } = dataOf(await createProjectAction(projectInput({ name: "Refused answers" })));
    const { assessmentId } = dataOf(await startAssessmentAction({ projectId, kind: "before" }));
    const items = ["B.CTX.1", "B.CTX.2", "B.CTX.3"].map((criterionId, i) => ({ criterionId, value: i === 1 ? "maybe" : "met", notes: "", evidence: "" }));
    const before = await snapshotTables(db());
    const result = await saveSectionAction(sectionSave(assessmentId, "country-context", { items }));
    // The message travels as a reference (lib/i18n/message-ref.ts): the form reads it in the reader's language.
    expect(result).toEqual({ validationErrors: { changes: { items: { 1: { value: { _errors: ["validation.section.chooseOneAnswer"] } } } } } });
    expect(englishText("validation.section.chooseOneAnswer")).toBe("Choose one of the answers");
    expect(await snapshotTables(db())).toEqual(before);
  });
});
