import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { approveAssessmentAction, returnAssessmentAction } from "@/app/assessments/review-actions";
import { setSelfApprovalAction } from "@/app/settings/members/actions";
import { UserFacingError } from "@/lib/errors";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { buildAssessmentOutline } from "@/lib/report/outline/assessment-outline";
import type { SessionContext } from "@/lib/domain/session-context";
import { answerEverySection, demo, projectValues, seedProjectSpec } from "@/db/testing/fixtures";
import { snapshotTables } from "@/db/testing/snapshot";
import { actAs } from "@/db/testing/test-session";
import { setupTestDatabase } from "@/db/testing/test-database";
import { saveSectionForOrg, submitAssessmentForOrg } from "@/db/queries/assessment-writes";
import { getAssessmentForOrg, startAssessmentForOrg } from "@/db/queries/assessments";
import { listAuditForOrg } from "@/db/queries/audit";
import { reviewBlockForOrg, reviewBlocksOf } from "@/db/queries/four-eyes";
import { getSelfApprovalForOrg, setSelfApprovalForOrg } from "@/db/queries/membership-admin";
import { createProjectForOrg } from "@/db/queries/projects";
import { approveAssessmentForOrg, returnAssessmentForOrg } from "@/db/queries/review";
import { answers, assessments, organizations } from "@/db/schema";
import { seedProject } from "@/db/seed";

/** Four eyes: whoever submitted or last edited a version does not approve or return it. */
const db = setupTestDatabase();
const staff: SessionContext = { ...demo, userId: "staff-user", userName: "Sofia Staff", role: "staff" };
const malik: SessionContext = { ...demo, userId: "manager-user", userName: "Malik Manager", role: "manager" };
const mona: SessionContext = { ...demo, userId: "mona-user", userName: "Mona Manager", role: "manager" };
const admin: SessionContext = { ...demo, userId: "admin-user", userName: "Ada Admin", role: "admin" };

let counter = 0;
/** A complete before assessment answered by `editor`, submitted by `submitter`. */
async function submittedBy(submitter: SessionContext, editor: SessionContext = staff) {
  const projectId = await createProjectForOrg(demo, projectValues({ name: `Four eyes ${++counter}` }));
  const id = await startAssessmentForOrg(demo, { projectId, kind: "before", partnerId: null });
  await answerEverySection(id, "before", "enterprise");
  // answerEverySection writes as the demo session; the last change here is the editor's.
  await saveSectionForOrg(editor, id, { items: [{ criterionId: "B.CTX.1", value: "partly_met", notes: "Checked again", evidence: "" }] });
  await submitAssessmentForOrg(submitter, id);
  return id;
}
const factsOf = async (id: string) => (await getAssessmentForOrg(demo, id))!.facts;
const signOff = async (id: string, locale: "en" | "zh-CN") => {
  const found = (await getAssessmentForOrg(demo, id))!;
  const outline = buildAssessmentOutline(buildAssessmentReport(found.project, found.facts, locale), locale);
  const block = outline.blocks.find((b) => b.kind === "sign-off");
  return block && "rows" in block ? (block.rows as Array<{ key: string; value: string }>).find((r) => r.key === "reviewed")!.value : "";
};
const submittedMessage = new UserFacingError("errors.fourEyesSubmitted").message;
const lastEditedMessage = new UserFacingError("errors.fourEyesLastEdited").message;

afterEach(async () => {
  await setSelfApprovalForOrg(admin, false);
  actAs(demo);
});

describe("four eyes", () => {
  it("is off for self-approval by default", async () => {
    const [org] = await db().select({ allowed: organizations.allowSelfApproval }).from(organizations).where(eq(organizations.id, demo.organizationId));
    expect(org?.allowed).toBe(false);
    expect(await getSelfApprovalForOrg(demo)).toBe(false);
  });

  it("refuses the submitter approving or returning, changing nothing; another manager approves", async () => {
    const id = await submittedBy(malik);
    const before = await snapshotTables(db());
    await expect(approveAssessmentForOrg(malik, id, "Fine")).rejects.toThrow(submittedMessage);
    await expect(returnAssessmentForOrg(malik, id, { comment: "Redo", items: [] })).rejects.toThrow(submittedMessage);
    actAs(malik);
    expect(await approveAssessmentAction({ assessmentId: id, comment: "" })).toEqual({ serverError: submittedMessage });
    expect(await returnAssessmentAction({ assessmentId: id, comment: "Redo", items: [] })).toEqual({ serverError: submittedMessage });
    expect(await snapshotTables(db())).toEqual(before);
    expect(await reviewBlockForOrg(malik, id)).toEqual({ block: "submitted", selfApprovalAllowed: false });

    expect(await reviewBlockForOrg(mona, id)).toEqual({ block: null, selfApprovalAllowed: false });
    await approveAssessmentForOrg(mona, id, "");
    expect(await factsOf(id)).toMatchObject({ status: "approved", submittedBy: "Malik Manager", reviewedBy: "Mona Manager", selfApproved: false });
    expect(await signOff(id, "en")).not.toMatch(/self-approved/);
  });

  it("refuses the submitter after they renamed themselves: the account submitted it", async () => {
    const id = await submittedBy(malik);
    await expect(approveAssessmentForOrg({ ...malik, userName: "M. Manager" }, id, "")).rejects.toThrow(submittedMessage);
    expect((await factsOf(id)).status).toBe("submitted");
  });

  it("refuses the last editor, admins included; someone else returns it", async () => {
    const byMalik = await submittedBy(staff, malik);
    const before = await snapshotTables(db());
    await expect(approveAssessmentForOrg(malik, byMalik, "")).rejects.toThrow(lastEditedMessage);
    await expect(returnAssessmentForOrg(malik, byMalik, { comment: "Redo", items: [] })).rejects.toThrow(lastEditedMessage);
    const byAdmin = await submittedBy(admin);
    const afterSecond = await snapshotTables(db());
    await expect(approveAssessmentForOrg(admin, byAdmin, "")).rejects.toThrow(submittedMessage);
    expect(await snapshotTables(db())).toEqual(afterSecond);
    expect(before).not.toEqual(afterSecond);

    await returnAssessmentForOrg(mona, byMalik, { comment: "Add the sources", items: [] });
    expect(await factsOf(byMalik)).toMatchObject({ status: "returned", reviewedBy: "Mona Manager" });
  });

  it("knows the last editor by account: a rename does not slip through, a namesake is not refused", async () => {
    const byMalik = await submittedBy(staff, malik);
    await expect(approveAssessmentForOrg({ ...malik, userName: "M. Manager" }, byMalik, "")).rejects.toThrow(lastEditedMessage);
    const namesake: SessionContext = { ...mona, userName: "Malik Manager" };
    await approveAssessmentForOrg(namesake, byMalik, "");
    expect(await factsOf(byMalik)).toMatchObject({ status: "approved", selfApproved: false });
  });

  it("with the organisation's setting on, the submitter approves and the sign-off says self-approved", async () => {
    actAs(admin);
    expect(await setSelfApprovalAction({ allowed: true })).toEqual({ data: { ok: true } });
    expect(await getSelfApprovalForOrg(demo)).toBe(true);
    expect((await listAuditForOrg(demo, { entityId: demo.organizationId, limit: 1 }))[0]).toMatchObject({
      action: "organization.self-approval",
      actorId: "admin-user",
      before: { allowSelfApproval: false },
      after: { allowSelfApproval: true },
    });

    const id = await submittedBy(malik);
    expect(await reviewBlockForOrg(malik, id)).toEqual({ block: "submitted", selfApprovalAllowed: true });
    await approveAssessmentForOrg(malik, id, "");
    expect(await factsOf(id)).toMatchObject({ status: "approved", reviewedBy: "Malik Manager", selfApproved: true });
    expect(await signOff(id, "en")).toMatch(/^Malik Manager · .+ · self-approved$/);
    expect(await signOff(id, "zh-CN")).toMatch(/本人自行批准$/);

    // The last editor's approval is self-approval too, though someone else submitted it.
    const edited = await submittedBy(staff, mona);
    await approveAssessmentForOrg(mona, edited, "");
    expect(await factsOf(edited)).toMatchObject({ status: "approved", submittedBy: "Sofia Staff", selfApproved: true });
    expect(await signOff(edited, "en")).toMatch(/self-approved$/);
  });

  it("judges many versions in one statement as it judges each, the stored editor's name standing in where no edit was logged", async () => {
    const submittedByMalik = await submittedBy(malik);
    const editedByMalik = await submittedBy(staff, malik);
    const neither = await submittedBy(staff, staff);
    // As an imported version: written straight to the tables, no edit logged, so the stored editor (a name) decides.
    const importedProject = await seedProject(
      db(),
      demo.organizationId,
      seedProjectSpec(`Four eyes ${++counter}`, { assessments: [{ kind: "before", status: "submitted", rest: "met" }] }),
    );
    const [row] = await db().select({ id: assessments.id }).from(assessments).where(eq(assessments.projectId, importedProject));
    const imported = row!.id;
    await db().update(answers).set({ updatedBy: "Malik Manager" }).where(eq(answers.assessmentId, imported));
    const ids = [submittedByMalik, editedByMalik, neither, imported];
    const blocks = await reviewBlocksOf(db(), malik, ids);
    expect(ids.map((id) => blocks.get(id))).toEqual(["submitted", "lastEdited", null, "lastEdited"]);
    for (const id of ids) expect((await reviewBlockForOrg(malik, id)).block).toBe(blocks.get(id));
    // By name for the imported one: a namesake is held back there, not where the log knows the account.
    const namesake = await reviewBlocksOf(db(), { ...mona, userName: "Malik Manager" }, ids);
    expect(ids.map((id) => namesake.get(id))).toEqual(["submitted", null, null, "lastEdited"]);
  });

  it("lets only admins change the setting", async () => {
    actAs(malik);
    const result = await setSelfApprovalAction({ allowed: true });
    expect(result.serverError).toMatch(/^Your role does not allow this/);
    expect(await getSelfApprovalForOrg(demo)).toBe(false);
  });
});
