import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/domain/session-context";
import { addMembership, addUser, demoEvaluator, giveProject } from "../testing/access-fixtures";
import { demo, other, projectValues } from "../testing/fixtures";
import { setupTestDatabase } from "../testing/test-database";
import { organizations } from "../schema";
import { saveSectionForOrg, submitAssessmentForOrg } from "./assessment-writes";
import { startAssessmentForOrg } from "./assessments";
import { listOverdueMitigationsForOrg } from "./dashboard";
import { listMyDraftsForOrg, listReturnedToMeForOrg, listWaitingForMyReviewForOrg } from "./needs-me";
import { createProjectForOrg } from "./projects";
import { approveAssessmentForOrg, returnAssessmentForOrg } from "./review";
import { scopeFor } from "./scope";

/** The start page's groups: what needs this person, not every project. */
const db = setupTestDatabase();
const person = (userId: string, userName: string, role: "staff" | "manager" = "staff"): SessionContext => ({ ...demo, userId, userName, role });
const ana = person("ana", "Ana Staff");
const ben = person("ben", "Ben Staff");
const mia = person("mia", "Mia Manager", "manager");
const met = (criterionId: string) => ({ items: [{ criterionId, value: "met" as const, notes: "", evidence: "" }] });

async function started(ctx: SessionContext, name: string, kind: "before" | "during" = "before") {
  const projectId = await createProjectForOrg(ctx, projectValues({ name }));
  return { projectId, id: await startAssessmentForOrg(ctx, { projectId, kind, partnerId: null }) };
}
const names = (rows: Array<{ project: { name: string } }>) => rows.map((r) => r.project.name);

describe("my drafts", () => {
  it("lists the drafts I started or edited, latest saved first, and not others' or submitted ones", async () => {
    await started(ana, "Ana's own draft");
    const bens = await started(ben, "Ben's draft Ana helped with");
    await saveSectionForOrg(ana, bens.id, met("B.CTX.1"));
    await started(ben, "Ben's alone");
    const sent = await started(ana, "Ana's sent one");
    await submitAssessmentForOrg(ana, sent.id);
    await started(other, "Other organisation's draft");

    expect(names((await listMyDraftsForOrg(ana)).rows)).toEqual(["Ben's draft Ana helped with", "Ana's own draft"]);
    expect(names((await listMyDraftsForOrg(ben)).rows)).toEqual(["Ben's alone", "Ben's draft Ana helped with"]);
    // The facts come along, so the line can say how far the draft got.
    const [helped] = (await listMyDraftsForOrg(ana)).rows;
    expect(helped!.facts.answers.get("B.CTX.1")?.value).toBe("met");
  });

  it("lists the first lines only, counts them all, and leaves out those listed elsewhere", async () => {
    const all = await listMyDraftsForOrg(ana);
    const first = await listMyDraftsForOrg(ana, 1);
    expect(first.total).toBe(all.total);
    expect(names(first.rows)).toEqual(names(all.rows).slice(0, 1));
    const without = await listMyDraftsForOrg(ana, 1, new Set([all.rows[0]!.facts.id]));
    expect(without.total).toBe(all.total - 1);
    expect(names(without.rows)).toEqual(names(all.rows).slice(1, 2));
  });
});

describe("returned to me", () => {
  it("lists a version I submitted that was returned, pointing at the new draft, until I resubmit it", async () => {
    const sent = await started(ana, "Returned to Ana");
    await submitAssessmentForOrg(ana, sent.id);
    const v2 = await returnAssessmentForOrg(mia, sent.id, { comment: "Add the safety check.", items: [{ criterionId: "B.CTX.2", body: "Attach the advisory." }] });

    const [row] = await listReturnedToMeForOrg(ana);
    expect(row).toMatchObject({ returnedVersion: 1, reviewedBy: "Mia Manager", comment: "Add the safety check.", itemComments: 1 });
    expect(row!.facts).toMatchObject({ id: v2, version: 2, status: "draft" });
    expect(row!.project.name).toBe("Returned to Ana");
    expect(await listReturnedToMeForOrg(ben)).toEqual([]);

    await submitAssessmentForOrg(ana, v2);
    expect(await listReturnedToMeForOrg(ana)).toEqual([]);
  });
});

describe("waiting for my review", () => {
  it("lists submitted versions oldest first, leaving out (and counting) those the reviewer submitted or last edited", async () => {
    const byBen = await started(ben, "Queue: Ben submitted");
    await submitAssessmentForOrg(ben, byBen.id);
    const byMia = await started(mia, "Queue: Mia submitted");
    await submitAssessmentForOrg(mia, byMia.id);
    const miaEdited = await started(ben, "Queue: Mia edited last");
    await saveSectionForOrg(mia, miaEdited.id, met("B.CTX.1"));
    await submitAssessmentForOrg(ben, miaEdited.id);
    const approved = await started(ben, "Queue: approved already");
    await submitAssessmentForOrg(ben, approved.id);
    await approveAssessmentForOrg(mia, approved.id, "");

    const queue = (rows: Array<{ project: { name: string } }>) => names(rows).filter((n) => n.startsWith("Queue:"));
    const forMia = await listWaitingForMyReviewForOrg(mia);
    expect(queue(forMia.rows)).toEqual(["Queue: Ben submitted"]);
    expect(forMia.waitingForOthers).toBeGreaterThanOrEqual(2);
    expect(forMia.rows[0]!.submittedAt).toBeInstanceOf(Date);
    // Another reviewer sees all three, oldest first.
    const forLee = await listWaitingForMyReviewForOrg(person("lee", "Lee Manager", "manager"));
    expect(queue(forLee.rows)).toEqual(["Queue: Ben submitted", "Queue: Mia submitted", "Queue: Mia edited last"]);
    const firstForLee = await listWaitingForMyReviewForOrg(person("lee", "Lee Manager", "manager"), 1);
    expect({ shown: firstForLee.rows.length, total: firstForLee.total }).toEqual({ shown: 1, total: forLee.total });
    expect(firstForLee.rows[0]!.facts.id).toBe(forLee.rows[0]!.facts.id);
    expect((await listWaitingForMyReviewForOrg(other)).rows.map((r) => r.project.name)).not.toContain("Queue: Ben submitted");

    // Where the organisation allows self-approval, the reviewer's own wait for them too.
    await db().update(organizations).set({ allowSelfApproval: true }).where(eq(organizations.id, demo.organizationId));
    try {
      expect(queue((await listWaitingForMyReviewForOrg(mia)).rows)).toEqual(["Queue: Ben submitted", "Queue: Mia submitted", "Queue: Mia edited last"]);
    } finally {
      await db().update(organizations).set({ allowSelfApproval: false }).where(eq(organizations.id, demo.organizationId));
    }
  });
});

describe("an outside evaluator's start page", () => {
  it("shows overdue mitigations of the projects given to them only, and no drafts of others", async () => {
    const risk = (criterionId: string) => ({ criterionId, likelihood: 4, impact: 4, status: "open" as const, mitigation: "Act", owner: "Lead", dueDate: "2026-01-15", notes: "" });
    const given = await started(ana, "Given to the evaluator", "during");
    await saveSectionForOrg(ana, given.id, { risks: [risk("D.PART.1")] });
    const notGiven = await started(ana, "Not given", "during");
    await saveSectionForOrg(ana, notGiven.id, { risks: [risk("D.PART.1")] });
    await addUser(db(), demoEvaluator.userId);
    await addMembership(db(), demo.organizationId, demoEvaluator.userId, "evaluator");
    await giveProject(db(), demo.organizationId, demoEvaluator.userId, given.projectId);
    const eva = await scopeFor(demoEvaluator);

    expect((await listOverdueMitigationsForOrg(eva, "2026-06-01")).map((m) => m.projectName)).toEqual(["Given to the evaluator"]);
    expect((await listOverdueMitigationsForOrg(ana, "2026-06-01")).map((m) => m.projectName).sort()).toEqual(["Given to the evaluator", "Not given"]);
    expect(await listMyDraftsForOrg(eva)).toEqual({ rows: [], total: 0 });
  });
});
