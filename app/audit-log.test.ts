import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveSectionAction } from "@/app/assessments/actions";
import type { SessionContext } from "@/lib/domain/session-context";
import { addMembership, addUser } from "@/db/testing/access-fixtures";
import { answerEverySection, demo, other, projectValues } from "@/db/testing/fixtures";
import { snapshotTables } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";
import { DEMO_ORGANIZATION_ID } from "@/db/demo-organization";
import { auditLog } from "@/db/schema";
import { submitAssessmentForOrg } from "@/db/queries/assessment-writes";
import { startAssessmentForOrg } from "@/db/queries/assessments";
import { listAuditForOrg } from "@/db/queries/audit";
import { cancelInvitationForOrg, changeMemberRoleForOrg, createInvitationForOrg } from "@/db/queries/membership-admin";
import { createProjectForOrg, updateProjectForOrg } from "@/db/queries/projects";
import { addReviewNoteForOrg, approveAssessmentForOrg, reopenAssessmentForOrg, returnAssessmentForOrg } from "@/db/queries/review";
import { sectionSaver } from "@/db/testing/section-save";

/**
 * Every change of state and every edit of an answer is recorded: who, when, before and after.
 * This file checks what the entries say; that every action records at all is found from the
 * actions themselves in app/actions-audit.test.ts.
 */
const db = setupTestDatabase();
const staff: SessionContext = { ...demo, userId: "sofia", userName: "Sofia Staff", role: "staff" };
const manager: SessionContext = { ...demo, userId: "malik", userName: "Malik Manager", role: "manager" };
const scores = { score: 80, rating: "Low", redFlags: 0, gaps: 1 };

/** The entries about one thing, oldest first, as who did what from what to what. */
async function trail(entityId: string, ctx: SessionContext = demo) {
  const entries = await listAuditForOrg(ctx, { entityId });
  for (const e of entries) expect(e.createdAt).toBeInstanceOf(Date);
  return entries.reverse().map((e) => ({ action: e.action, actor: [e.actorId, e.actorName], before: e.before, after: e.after }));
}

describe("state changes", () => {
  it("records a project's and an assessment's life, each step with its actor", async () => {
    const projectId = await createProjectForOrg(staff, projectValues({ name: "Audited" }));
    await updateProjectForOrg(staff, projectId, projectValues({ name: "Audited, renamed" }));
    expect(await trail(projectId)).toMatchObject([
      { action: "project.create", actor: ["sofia", "Sofia Staff"], before: null, after: { name: "Audited" } },
      { action: "project.update", actor: ["sofia", "Sofia Staff"], before: { id: projectId, name: "Audited" }, after: { name: "Audited, renamed" } },
    ]);

    const v1 = await startAssessmentForOrg(staff, { projectId, kind: "before", partnerId: null });
    await answerEverySection(v1, "before", "enterprise");
    await submitAssessmentForOrg(staff, v1, scores);
    const v2 = await returnAssessmentForOrg(manager, v1, { comment: "Sources, please", items: [] });
    expect(await trail(v1)).toEqual([
      { action: "assessment.start", actor: ["sofia", "Sofia Staff"], before: null, after: { projectId, kind: "before", partnerId: null } },
      { action: "assessment.submit", actor: ["sofia", "Sofia Staff"], before: { status: "draft" }, after: { status: "submitted", scores } },
      { action: "assessment.return", actor: ["malik", "Malik Manager"], before: { status: "submitted" }, after: { status: "returned", comment: "Sources, please", items: [] } },
    ]);

    await submitAssessmentForOrg(staff, v2, scores);
    await approveAssessmentForOrg(manager, v2, "");
    const v3 = await reopenAssessmentForOrg(manager, v2);
    expect(await trail(v2)).toEqual([
      { action: "assessment.new-version", actor: ["malik", "Malik Manager"], before: null, after: { from: v1, version: 2 } },
      { action: "assessment.submit", actor: ["sofia", "Sofia Staff"], before: { status: "draft" }, after: { status: "submitted", scores } },
      { action: "assessment.approve", actor: ["malik", "Malik Manager"], before: { status: "submitted" }, after: { status: "approved", selfApproved: false } },
    ]);
    expect(await trail(v3)).toEqual([{ action: "assessment.new-version", actor: ["malik", "Malik Manager"], before: null, after: { from: v2, version: 3 } }]);

    await addReviewNoteForOrg(manager, v2, { kind: "comment", criterionId: "B.CTX.1", body: "Fine", rating: null });
    const [note] = await listAuditForOrg(demo, { limit: 1 });
    expect(note).toMatchObject({ action: "review.comment", actorId: "malik", after: { assessmentId: v2, criterionId: "B.CTX.1", body: "Fine" } });
  });

  it("records membership changes and invitations", async () => {
    await addUser(db(), "member-user");
    const memberId = await addMembership(db(), DEMO_ORGANIZATION_ID, "member-user", "staff");
    await changeMemberRoleForOrg(demo, memberId, "manager");
    expect(await trail(memberId)).toEqual([{ action: "member.role", actor: ["demo-user", "Test officer"], before: { role: "staff" }, after: { role: "manager" } }]);

    await addUser(db(), demo.userId);
    const invitationId = await createInvitationForOrg(demo, { email: "new@example.org", role: "evaluator" });
    await cancelInvitationForOrg(demo, invitationId);
    expect(await trail(invitationId)).toEqual([
      { action: "invitation.create", actor: ["demo-user", "Test officer"], before: null, after: { email: "new@example.org", role: "evaluator" } },
      { action: "invitation.cancel", actor: ["demo-user", "Test officer"], before: { id: invitationId, email: "new@example.org" }, after: null },
    ]);
  });
});

describe("answer edits", () => {
  const save = sectionSaver(saveSectionAction);
  const context = (ctx1: string, ctx2 = "") =>
    ({ items: [["B.CTX.1", ctx1], ["B.CTX.2", ctx2], ["B.CTX.3", ""]].map(([criterionId, value]) => ({ criterionId, value, notes: "", evidence: "" })) });

  it("records each changed answer with its value before and after, and nothing for an unchanged save", async () => {
    const projectId = await createProjectForOrg(demo, projectValues({ name: "Edited" }));
    const id = await startAssessmentForOrg(demo, { projectId, kind: "before", partnerId: null });
    actAs(staff);
    try {
      expect((await save(id, "country-context", context("met"))).data).toMatchObject({ savedAt: expect.any(String), results: expect.any(Array) });
      expect((await save(id, "country-context", context("not_met"))).data).toMatchObject({ savedAt: expect.any(String), results: expect.any(Array) });
      expect((await save(id, "country-context", context("not_met"))).data).toMatchObject({ savedAt: expect.any(String), results: expect.any(Array) });
      expect((await save(id, "country-context", context("not_met", "met"))).data).toMatchObject({ savedAt: expect.any(String), results: expect.any(Array) });
    } finally {
      actAs(demo);
    }
    const empty = { value: null, notes: "", evidence: "" };
    const answer = (value: string) => ({ ...empty, value });
    expect(await trail(`${id}/B.CTX.1`)).toEqual([
      { action: "answer.edit", actor: ["sofia", "Sofia Staff"], before: empty, after: answer("met") },
      { action: "answer.edit", actor: ["sofia", "Sofia Staff"], before: answer("met"), after: answer("not_met") },
    ]);
    expect(await trail(`${id}/B.CTX.2`)).toEqual([{ action: "answer.edit", actor: ["sofia", "Sofia Staff"], before: empty, after: answer("met") }]);
    expect(await trail(`${id}/B.CTX.3`)).toEqual([]);
  });

  it("records a changed risk and changed indicators once, and nothing when they are saved unchanged", async () => {
    const projectId = await createProjectForOrg(demo, projectValues({ name: "Risky" }));
    const id = await startAssessmentForOrg(demo, { projectId, kind: "during", partnerId: null });
    const risks = ["D.PART.1", "D.BEN.1", "D.BEN.2"].map((criterionId, i) => ({
      criterionId, likelihood: i === 0 ? "4" : "", impact: i === 0 ? "2" : "", status: "open", mitigation: i === 0 ? "Visit" : "", owner: i === 0 ? "Lead" : "", dueDate: i === 0 ? "2027-03-01" : "", notes: "",
    }));
    const indicators = [{ name: "Wells", unit: "wells", target: "4", actual: "" }];
    for (let i = 0; i < 2; i++) {
      expect((await save(id, "partner-and-beneficiaries", { risks })).data).toMatchObject({ savedAt: expect.any(String), results: expect.any(Array) });
      expect((await save(id, "output-indicators", { indicators })).data).toMatchObject({ savedAt: expect.any(String), results: expect.any(Array) });
    }
    expect(await trail(`${id}/D.PART.1`)).toMatchObject([
      { action: "risk.edit", before: { likelihood: null, mitigation: "" }, after: { likelihood: 4, impact: 2, mitigation: "Visit", dueDate: "2027-03-01" } },
    ]);
    expect(await trail(`${id}/D.BEN.1`)).toEqual([]);
    expect(await trail(id)).toMatchObject([
      { action: "assessment.start" },
      { action: "indicators.edit", before: [], after: [{ name: "Wells", unit: "wells", target: 4, actual: null }] },
    ]);
  });
});

/** Drizzle wraps the database's error; the trigger's own message is its cause. */
async function expectRefused(query: Promise<unknown>) {
  const error = await query.then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(error, "the database accepted the statement").not.toBeNull();
  expect(error!.cause?.message ?? error!.message).toBe("audit_log is append-only");
}

describe("the audit log itself", () => {
  it("is refused UPDATE, DELETE and TRUNCATE by the database, and stays as it was", async () => {
    await createProjectForOrg(demo, projectValues({ name: "Something to log" }));
    const before = await snapshotTables(db());
    expect(before.audit_log!.rows).toBeGreaterThan(0);
    await expectRefused(db().execute(sql`update audit_log set actor_name = 'Someone else'`));
    await expectRefused(db().execute(sql`delete from audit_log`));
    await expectRefused(db().execute(sql`truncate audit_log`));
    await expectRefused(db().update(auditLog).set({ after: null }).where(eq(auditLog.organizationId, DEMO_ORGANIZATION_ID)));
    await expectRefused(db().delete(auditLog).where(eq(auditLog.action, "project.create")));
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("never lists another organisation's entries", async () => {
    const theirs = await createProjectForOrg(other, projectValues({ name: "Their secret" }));
    expect(await trail(theirs, other)).toMatchObject([{ action: "project.create", actor: ["other-user", "Other officer"] }]);
    expect(await listAuditForOrg(demo, { entityId: theirs })).toEqual([]);
    const ours = await listAuditForOrg(demo, { limit: 10_000 });
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((e) => e.organizationId !== DEMO_ORGANIZATION_ID || e.entityId === theirs)).toEqual([]);
  });
});
