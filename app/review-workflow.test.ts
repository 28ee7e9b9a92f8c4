import { beforeAll, describe, expect, it } from "vitest";
import { submitAssessmentAction } from "@/app/assessments/actions";
import { AssessmentFrozenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import type { SessionContext } from "@/lib/domain/session-context";
import { addUser, giveProject } from "@/db/testing/access-fixtures";
import { answerEverySection, demo, other, projectValues } from "@/db/testing/fixtures";
import { snapshotTables } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import { saveSectionForOrg } from "@/db/queries/assessment-writes";
import { getAssessmentForOrg, listAssessmentFactsForProject, startAssessmentForOrg } from "@/db/queries/assessments";
import { createProjectForOrg, getProjectForOrg } from "@/db/queries/projects";
import { addReviewNoteForOrg, approveAssessmentForOrg, listReviewNotesForOrg, reopenAssessmentForOrg, returnAssessmentForOrg } from "@/db/queries/review";
import { scopeFor } from "@/db/queries/scope";
import { listVersionsForOrg } from "@/db/queries/versions";

/** Draft → submitted → approved, or returned with comments → a new draft version → resubmitted. */
const db = setupTestDatabase();
const manager: SessionContext = { ...demo, userId: "manager-user", userName: "Malik Manager", role: "manager" };

/** A project with a complete, submitted assessment, submitted the way the page does (scores included). */
async function submitted(kind: "before" | "during") {
  const projectId = await createProjectForOrg(demo, projectValues({ name: `Review ${kind}` }));
  const id = await startAssessmentForOrg(demo, { projectId, kind, partnerId: null });
  await answerEverySection(id, kind, "enterprise");
  expect(await submitAssessmentAction({ assessmentId: id })).toEqual({ data: { ok: true } });
  return { projectId, id };
}
const factsOf = async (id: string) => (await getAssessmentForOrg(demo, id))!.facts;
const versionsOf = async (id: string) => (await listVersionsForOrg(demo, id))!.versions;
const comment = (body: string, criterionId: string | null = null) => ({ kind: "comment" as const, criterionId, body, rating: null });

describe("submitting", () => {
  it("stores the scores as they were at submission with the version", async () => {
    const { id } = await submitted("before");
    const found = (await getAssessmentForOrg(demo, id))!;
    const report = buildAssessmentReport(found.project, found.facts);
    expect(report.score).toEqual(expect.any(Number));
    const [version] = await versionsOf(id);
    expect(version).toMatchObject({ status: "submitted", submittedBy: "Test officer", version: 1 });
    expect(version!.scoreSnapshot).toEqual({ score: report.score, rating: report.rating, redFlags: report.redFlags.length, gaps: report.gaps.length });
  });
});

describe("approving", () => {
  it("records who approved it, with their comment", async () => {
    const { id } = await submitted("before");
    await approveAssessmentForOrg(manager, id, "Well documented");
    const facts = await factsOf(id);
    expect(facts).toMatchObject({ status: "approved", reviewedBy: "Malik Manager", version: 1 });
    expect(facts.reviewedAt).toBeInstanceOf(Date);
    expect(await listReviewNotesForOrg(demo, [id])).toMatchObject([
      { kind: "comment", criterionId: null, body: "Well documented", authorId: "manager-user", authorRole: "manager" },
    ]);
  });

  it("refuses approving twice, approving a draft, and another organisation's assessment, changing nothing", async () => {
    const { projectId, id } = await submitted("before");
    await approveAssessmentForOrg(manager, id, "");
    const draft = await startAssessmentForOrg(demo, { projectId, kind: "after", partnerId: null });
    const before = await snapshotTables(db());
    await expect(approveAssessmentForOrg(manager, id, "")).rejects.toThrow(new UserFacingError("errors.alreadyStatus", { status: "approved" }));
    await expect(approveAssessmentForOrg(manager, draft, "")).rejects.toThrow(
      new UserFacingError("errors.reviewDraft"),
    );
    await expect(approveAssessmentForOrg({ ...other, role: "manager" }, id, "")).rejects.toBeInstanceOf(NotFoundError);
    await expect(returnAssessmentForOrg(manager, id, { comment: "Late", items: [] })).rejects.toThrow(/^This assessment is already approved\.$/);
    expect(await snapshotTables(db())).toEqual(before);
  });
});

describe("returning with comments, then resubmitting", () => {
  let projectId: string;
  let v1: string;
  let v2: string;

  beforeAll(async () => {
    ({ projectId, id: v1 } = await submitted("during"));
    v2 = await returnAssessmentForOrg(manager, v1, { comment: "Add your sources", items: [{ criterionId: "D.PART.1", body: "Mitigation too vague" }] });
  });

  it("marks the version returned and keeps the general and the item comment on it", async () => {
    expect(await factsOf(v1)).toMatchObject({ status: "returned", reviewedBy: "Malik Manager" });
    // Written in one transaction, so they share a timestamp: compare them in criterion order.
    const notes = (await listReviewNotesForOrg(demo, [v1])).sort((a, b) => (a.criterionId ?? "").localeCompare(b.criterionId ?? ""));
    expect(notes.map((n) => [n.kind, n.criterionId, n.body, n.authorName])).toEqual([
      ["return", null, "Add your sources", "Malik Manager"],
      ["return", "D.PART.1", "Mitigation too vague", "Malik Manager"],
    ]);
  });

  it("freezes the returned version: saves and submits are refused, nothing changes", async () => {
    const before = await snapshotTables(db());
    await expect(saveSectionForOrg(demo, v1, { indicators: [] })).rejects.toBeInstanceOf(AssessmentFrozenError);
    expect(await submitAssessmentAction({ assessmentId: v1 })).toEqual({ serverError: new AssessmentFrozenError().message });
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("continues in a draft version 2 with the answers, risks and indicators copied", async () => {
    const [first, second, ...more] = await versionsOf(v1);
    expect(more).toEqual([]);
    expect(first).toMatchObject({ id: v1, version: 1, status: "returned" });
    expect(second).toMatchObject({ id: v2, version: 2, status: "draft", scoreSnapshot: null, submittedAt: null, reviewedBy: null });
    expect(second!.checklistVersion).toBe(first!.checklistVersion);
    expect(second!.participationMode).toBe(first!.participationMode);
    const report = buildAssessmentReport((await listVersionsForOrg(demo, v1))!.project, first!);
    expect(report.rating).toEqual(expect.any(String));
    expect(first!.scoreSnapshot).toEqual({ score: report.score, rating: report.rating, redFlags: report.redFlags.length, gaps: report.gaps.length });
    expect(first!.risks.size).toBeGreaterThan(0);
    expect(first!.risks.get("D.PART.1")?.mitigation).toEqual({ action: "Monthly call with the partner", owner: "Project officer", dueDate: "2027-01-31" });
    expect(first!.indicators).toHaveLength(1);
    expect(second!.answers).toEqual(first!.answers);
    expect(second!.risks).toEqual(first!.risks);
    expect(second!.indicators).toEqual(first!.indicators);
    expect((await versionsOf(v2)).map((v) => v.id)).toEqual([v1, v2]);
  });

  it("is where the project now points: starting the stage again and the project's facts give version 2 only", async () => {
    expect(await startAssessmentForOrg(demo, { projectId, kind: "during", partnerId: null })).toBe(v2);
    const project = (await getProjectForOrg(demo, projectId))!;
    const during = (await listAssessmentFactsForProject(demo, project)).filter((a) => a.kind === "during");
    expect(during.map((a) => [a.id, a.version])).toEqual([[v2, 2]]);
  });

  it("edits version 2 without touching version 1", async () => {
    const risk = { criterionId: "D.PART.1", likelihood: 5, impact: 5, status: "mitigating" as const, mitigation: "Weekly visit", owner: "Lead", dueDate: null, notes: "" };
    await saveSectionForOrg(demo, v2, { risks: [risk], indicators: [] });
    expect((await factsOf(v2)).risks.get("D.PART.1")).toMatchObject({ likelihood: 5, mitigation: { action: "Weekly visit" } });
    expect((await factsOf(v2)).indicators).toEqual([]);
    const [first] = await versionsOf(v1);
    expect(first!.risks.get("D.PART.1")).toMatchObject({ likelihood: 2, impact: 3, mitigation: { action: "Monthly call with the partner" } });
    expect(first!.indicators).toHaveLength(1);
  });

  it("resubmits, is approved, and reopening the approved version starts a draft version 3", async () => {
    await answerEverySection(v2, "during", "enterprise");
    expect(await submitAssessmentAction({ assessmentId: v2 })).toEqual({ data: { ok: true } });
    await approveAssessmentForOrg(manager, v2, "");
    const v3 = await reopenAssessmentForOrg(manager, v2);
    expect((await versionsOf(v3)).map((v) => [v.id, v.version, v.status])).toEqual([
      [v1, 1, "returned"],
      [v2, 2, "approved"],
      [v3, 3, "draft"],
    ]);
    expect(await startAssessmentForOrg(demo, { projectId, kind: "during", partnerId: null })).toBe(v3);
    await expect(reopenAssessmentForOrg(manager, v2)).rejects.toThrow(/^A newer version of this assessment exists; open that one instead\.$/);
    await expect(reopenAssessmentForOrg(manager, v3)).rejects.toThrow(/^This assessment is still a draft/);
  });
});

describe("comments and third-party assessments", () => {
  it("are refused on a draft, on an item outside the checklist, and in another organisation; accepted once submitted", async () => {
    const { projectId, id } = await submitted("before");
    const draft = await startAssessmentForOrg(demo, { projectId, kind: "after", partnerId: null });
    const before = await snapshotTables(db());
    await expect(addReviewNoteForOrg(manager, draft, comment("Too early"))).rejects.toThrow(
      new UserFacingError("errors.commentsAfterSubmit"),
    );
    await expect(addReviewNoteForOrg(manager, id, comment("Wrong list", "D.PART.1"))).rejects.toThrow(new NotFoundError("things.checklistItem"));
    await expect(addReviewNoteForOrg({ ...other, role: "manager" }, id, comment("Not ours"))).rejects.toThrow(new NotFoundError("things.assessment"));
    expect(await snapshotTables(db())).toEqual(before);

    await addReviewNoteForOrg(manager, id, comment("Checked", "B.CTX.1"));
    await addUser(db(), "eva");
    await giveProject(db(), demo.organizationId, "eva", projectId);
    await addReviewNoteForOrg(await scopeFor({ ...demo, userId: "eva", role: "evaluator" }), id, { kind: "third_party", criterionId: null, body: "Visited", rating: "Moderate" });
    expect((await listReviewNotesForOrg(demo, [id])).map((n) => [n.kind, n.criterionId, n.rating, n.authorRole])).toEqual([
      ["comment", "B.CTX.1", null, "manager"],
      ["third_party", null, "Moderate", "evaluator"],
    ]);
    expect(await listReviewNotesForOrg({ ...other, role: "manager" }, [id])).toEqual([]);
  });
});
