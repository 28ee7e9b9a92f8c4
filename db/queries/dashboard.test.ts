import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { SectionValues } from "@/lib/forms/section-schema";
import type { SessionContext } from "@/lib/domain/session-context";
import { demo, other, projectValues } from "../testing/fixtures";
import { setupTestDatabase } from "../testing/test-database";
import { assessments } from "../schema";
import { saveSectionForOrg, submitAssessmentForOrg } from "./assessment-writes";
import { startAssessmentForOrg } from "./assessments";
import { listOverdueMitigationsForOrg, listReviewQueueForOrg } from "./dashboard";
import { createProjectForOrg, getProjectForOrg } from "./projects";
import { approveAssessmentForOrg, returnAssessmentForOrg } from "./review";

/** The manager's home: what waits for review, and which mitigations are overdue. */
const db = setupTestDatabase();
const today = "2026-06-01";
// Four eyes: someone other than the submitter (the demo session) approves and returns.
const manager: SessionContext = { ...demo, userId: "manager-user", userName: "Malik Manager", role: "manager" };

async function started(ctx: SessionContext, name: string, kind: "before" | "during" | "after") {
  const projectId = await createProjectForOrg(ctx, projectValues({ name }));
  return { projectId, id: await startAssessmentForOrg(ctx, { projectId, kind, partnerId: null }) };
}
async function submitted(ctx: SessionContext, name: string, kind: "before" | "during" | "after" = "before") {
  const found = await started(ctx, name, kind);
  await submitAssessmentForOrg(ctx, found.id);
  return found;
}

describe("the review queue", () => {
  it("names the partner of a submitted due diligence, so two partners' reviews can be told apart", async () => {
    const projectId = await createProjectForOrg(demo, projectValues({ name: "Two partners", partners: [{ name: "River Trust", country: "KE" }] }));
    const [partner] = (await getProjectForOrg(demo, projectId))!.partners;
    const id = await startAssessmentForOrg(demo, { projectId, kind: "partner", partnerId: partner!.id });
    await submitAssessmentForOrg(demo, id);
    const queued = (await listReviewQueueForOrg(demo)).find((r) => r.id === id);
    expect(queued?.partner).toEqual({ id: partner!.id, name: "River Trust" });
    await approveAssessmentForOrg(manager, id, "");
  });

  it("lists submitted assessments, latest versions only, oldest first, of this organisation only", async () => {
    const first = await submitted(demo, "First in");
    const approved = await submitted(demo, "Approved already");
    await approveAssessmentForOrg(manager, approved.id, "");
    await started(demo, "Still a draft", "before");
    const returned = await submitted(demo, "Returned, not yet resubmitted");
    await returnAssessmentForOrg(manager, returned.id, { comment: "Redo", items: [] });
    const resubmitted = await submitted(demo, "Returned and resubmitted", "after");
    const v2 = await returnAssessmentForOrg(manager, resubmitted.id, { comment: "Redo", items: [] });
    await submitted(other, "Theirs, submitted");
    // A submitted version with a newer one cannot arise through the app; the queue must not count on that.
    const stale = await submitted(demo, "Superseded while submitted", "during");
    const [row] = await db().select().from(assessments).where(eq(assessments.id, stale.id));
    await db().update(assessments).set({ isCurrent: false }).where(eq(assessments.id, stale.id));
    await db().insert(assessments).values({ ...row!, id: undefined, status: "draft", version: 2, isCurrent: true, submittedAt: null, submittedBy: null });
    expect((await listReviewQueueForOrg(demo)).map((r) => r.id)).toEqual([first.id]); // v2 is still a draft
    await submitAssessmentForOrg(demo, v2);

    const queue = await listReviewQueueForOrg(demo);
    expect(queue.map((r) => [r.projectName, r.version, r.status])).toEqual([
      ["First in", 1, "submitted"],
      ["Returned and resubmitted", 2, "submitted"],
    ]);
    expect(queue.map((r) => r.id)).toEqual([first.id, v2]);
    expect(queue[0]).toMatchObject({ kind: "before", projectId: first.projectId, submittedBy: "Test officer" });
    expect((await listReviewQueueForOrg(other)).map((r) => r.projectName)).toEqual(["Theirs, submitted"]);
  });
});

type Risk = NonNullable<SectionValues["risks"]>[number];
const risk = (criterionId: string, status: Risk["status"], dueDate: string | null): Risk => ({
  criterionId,
  likelihood: 4,
  impact: 4,
  status,
  mitigation: `Act on ${criterionId}`,
  owner: "Lead",
  dueDate,
  notes: "",
});

describe("overdue mitigations", () => {
  it("lists unresolved risks due before today, in current versions only, most overdue first", async () => {
    const { projectId, id: v1 } = await started(demo, "Monitored", "during");
    await saveSectionForOrg(demo, v1, {
      risks: [risk("D.PART.1", "open", "2026-03-01"), risk("D.BEN.1", "closed", "2026-01-01"), risk("D.BEN.2", "mitigating", "2026-05-31")],
    });
    await saveSectionForOrg(demo, v1, {
      risks: [risk("D.DELIV.1", "open", today), risk("D.DELIV.2", "open", "2026-07-01"), risk("D.DELIV.3", "open", null)],
    });
    const theirs = await started(other, "Their overdue", "during");
    await saveSectionForOrg(other, theirs.id, { risks: [risk("D.PART.1", "open", "2026-01-01"), risk("D.BEN.1", "open", null), risk("D.BEN.2", "open", null)] });

    const overdue = await listOverdueMitigationsForOrg(demo, today);
    expect(overdue.map((r) => [r.criterionId, r.dueDate, r.assessmentId])).toEqual([
      ["D.PART.1", "2026-03-01", v1],
      ["D.BEN.2", "2026-05-31", v1],
    ]);
    expect(overdue[0]).toMatchObject({ projectId, projectName: "Monitored", version: 1, kind: "during", action: "Act on D.PART.1", owner: "Lead" });
    // Everything is due on or after an earlier "today".
    expect(await listOverdueMitigationsForOrg(demo, "2026-01-01")).toEqual([]);

    // A new version moves D.PART.1's date: the old version's overdue date no longer counts.
    await submitAssessmentForOrg(demo, v1);
    const v2 = await returnAssessmentForOrg(manager, v1, { comment: "Update the plan", items: [] });
    expect((await listOverdueMitigationsForOrg(demo, today)).map((r) => [r.criterionId, r.assessmentId, r.version])).toEqual([
      ["D.PART.1", v2, 2],
      ["D.BEN.2", v2, 2],
    ]);
    await saveSectionForOrg(demo, v2, {
      risks: [risk("D.PART.1", "open", "2026-09-01"), risk("D.BEN.1", "closed", "2026-01-01"), risk("D.BEN.2", "mitigating", "2026-05-31")],
    });
    expect((await listOverdueMitigationsForOrg(demo, today)).map((r) => [r.criterionId, r.assessmentId])).toEqual([["D.BEN.2", v2]]);
    expect((await listOverdueMitigationsForOrg(other, today)).map((r) => [r.projectName, r.criterionId])).toEqual([["Their overdue", "D.PART.1"]]);
  });
});
