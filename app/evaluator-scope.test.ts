import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addCommentAction, addThirdPartyAssessmentAction } from "@/app/assessments/review-actions";
import type { Actor, SessionContext } from "@/lib/domain/session-context";
import { addMembership, addUser, giveProject } from "@/db/testing/access-fixtures";
import { expectClearRefusal } from "@/db/testing/action-harness";
import { demo, seedProjectSpec } from "@/db/testing/fixtures";
import { snapshotTables } from "@/db/testing/snapshot";
import { OTHER_ORGANIZATION_ID, setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";
import { DEMO_ORGANIZATION_ID } from "@/db/demo-organization";
import { assessments, partners, projectPartners } from "@/db/schema";
import { seedProject } from "@/db/seed";
import type { SeedProject } from "@/db/seed-data";
import { getAssessmentForOrg, getAssessmentWithChecklistForOrg, listAssessmentFactsForProject } from "@/db/queries/assessments";
import { listOverdueMitigationsForOrg, listReviewQueueForOrg } from "@/db/queries/dashboard";
import { setEvaluatorProjectsForOrg } from "@/db/queries/membership-admin";
import { loadProjectExportForOrg } from "@/db/queries/export-project";
import { listProjectsWithAssessmentsForOrg } from "@/db/queries/portfolio";
import { listAssessmentVersionsForOrg } from "@/db/queries/portfolio-trends";
import { getProjectForOrg, listProjectsForOrg } from "@/db/queries/projects";
import { scopeFor } from "@/db/queries/scope";
import { listVersionsForOrg } from "@/db/queries/versions";

/** An outside evaluator sees the projects given to them and nothing else of the organisation. */
const db = setupTestDatabase();
const eva: Actor = { ...demo, userId: "eva", userName: "Eva Evaluator", role: "evaluator" };
/** Eva's scope and that of an evaluator given nothing, built (scopeFor) once the grants are made, as a request would. */
let evaluator: SessionContext, notGiven: SessionContext;
const today = "2026-06-01";

const project = (name: string, organization = "demo"): SeedProject =>
  seedProjectSpec(name, {
    summary: `${organization} project`,
    assessments: [
      { kind: "before", status: "submitted", rest: "met" },
      { kind: "during", status: "draft", risks: { "D.PART.1": { l: 3, i: 4, mitigation: `Visit ${name}`, owner: "Lead", due: "2026-02-01" } } },
    ],
  });

let A: string, B: string, theirs: string;
let beforeA: string, beforeB: string;
beforeAll(async () => {
  A = await seedProject(db(), DEMO_ORGANIZATION_ID, project("Project A"));
  B = await seedProject(db(), DEMO_ORGANIZATION_ID, project("Project B"));
  theirs = await seedProject(db(), OTHER_ORGANIZATION_ID, project("Their project", "other"));
  const beforeOf = async (projectId: string) =>
    (await db().select({ id: assessments.id }).from(assessments).where(and(eq(assessments.projectId, projectId), eq(assessments.kind, "before"))))[0]!.id;
  [beforeA, beforeB] = [await beforeOf(A), await beforeOf(B)];
  await addUser(db(), eva.userId);
  const memberId = await addMembership(db(), DEMO_ORGANIZATION_ID, eva.userId, "evaluator");
  await setEvaluatorProjectsForOrg(demo, memberId, [A]);
  // The same person evaluates a project of the other organisation: that grant counts there only.
  await addMembership(db(), OTHER_ORGANIZATION_ID, eva.userId, "evaluator");
  await giveProject(db(), OTHER_ORGANIZATION_ID, eva.userId, theirs);
  evaluator = await scopeFor(eva);
  notGiven = await scopeFor({ ...eva, userId: "nobody-gave-me-anything" });
});

describe("an evaluator given project A", () => {
  it("sees A, its assessments and their versions", async () => {
    expect((await getProjectForOrg(evaluator, A))?.name).toBe("Project A");
    expect((await listProjectsForOrg(evaluator)).map((p) => p.id)).toEqual([A]);
    const portfolio = await listProjectsWithAssessmentsForOrg(evaluator);
    expect(portfolio.map((p) => p.project.id)).toEqual([A]);
    expect(portfolio[0]!.assessments.map((a) => a.kind).sort()).toEqual(["before", "during"]);
    expect((await getAssessmentForOrg(evaluator, beforeA))?.facts.id).toBe(beforeA);
    expect((await getAssessmentWithChecklistForOrg(evaluator, beforeA))?.facts.id).toBe(beforeA);
    expect((await listVersionsForOrg(evaluator, beforeA))?.versions.map((v) => v.id)).toEqual([beforeA]);
    expect((await listReviewQueueForOrg(evaluator)).map((r) => r.id)).toEqual([beforeA]);
    expect((await listOverdueMitigationsForOrg(evaluator, today)).map((r) => r.projectId)).toEqual([A]);
  });

  it("finds project B of the same organisation nowhere", async () => {
    expect(await getProjectForOrg(evaluator, B)).toBeNull();
    expect(await getAssessmentForOrg(evaluator, beforeB)).toBeNull();
    expect(await getAssessmentWithChecklistForOrg(evaluator, beforeB)).toBeNull();
    expect(await listVersionsForOrg(evaluator, beforeB)).toBeNull();
    // The same calls as an admin of the organisation do find B: the refusal is the evaluator's scope.
    expect((await getProjectForOrg(demo, B))?.name).toBe("Project B");
    expect((await listVersionsForOrg(demo, beforeB))?.versions).toHaveLength(1);
    expect((await listProjectsForOrg(demo)).map((p) => p.id).sort()).toEqual([A, B].sort());
    expect((await listReviewQueueForOrg(demo)).map((r) => r.id).sort()).toEqual([beforeA, beforeB].sort());
    expect((await listOverdueMitigationsForOrg(demo, today)).map((r) => r.projectId).sort()).toEqual([A, B].sort());
  });

  it("does not see the other organisation's project given to them there", async () => {
    expect(await getProjectForOrg(evaluator, theirs)).toBeNull();
    expect((await listProjectsWithAssessmentsForOrg(evaluator)).map((p) => p.project.id)).not.toContain(theirs);
    expect((await getProjectForOrg(await scopeFor({ ...eva, organizationId: OTHER_ORGANIZATION_ID }), theirs))?.name).toBe("Their project");
    // A scope carries its organisation's grants only: Eva's demo grants open nothing there.
    expect(await getProjectForOrg({ ...evaluator, organizationId: OTHER_ORGANIZATION_ID }, theirs)).toBeNull();
  });

  it("cannot comment on or assess B's assessment: not found, nothing changed; A's is fine", async () => {
    actAs(eva);
    try {
      const before = await snapshotTables(db());
      const notFound = { via: "serverError", message: /^The assessment was not found\. It may have been removed, or the link is wrong\.$/ } as const;
      await expectClearRefusal(() => addCommentAction({ assessmentId: beforeB, body: "Seen" }), notFound);
      await expectClearRefusal(() => addThirdPartyAssessmentAction({ assessmentId: beforeB, rating: "Low", body: "Fine" }), notFound);
      expect(await snapshotTables(db())).toEqual(before);
      expect(await addCommentAction({ assessmentId: beforeA, body: "Seen" })).toEqual({ data: { ok: true } });
    } finally {
      actAs(demo);
    }
  });
});

describe("an evaluator given nothing", () => {
  it("sees no project and no assessment", async () => {
    expect(await listProjectsForOrg(notGiven)).toEqual([]);
    expect(await listProjectsWithAssessmentsForOrg(notGiven)).toEqual([]);
    expect(await getAssessmentForOrg(notGiven, beforeA)).toBeNull();
    expect(await listReviewQueueForOrg(notGiven)).toEqual([]);
    expect(await listOverdueMitigationsForOrg(notGiven, today)).toEqual([]);
  });
});

/**
 * A partner's due diligence is kept once per partner, in the project it was started in, and shown in
 * the picture of every project working with that partner. An evaluator sees it only where it opens:
 * when its own project (assessment.project_id) is given to them. Listed under another given project,
 * it answered "not found" once clicked (the review found this).
 */
describe("a partner's due diligence started under C, the partner also working on D", () => {
  const dee: Actor = { ...demo, userId: "dee", userName: "Dee Evaluator", role: "evaluator" };
  let C: string, D: string, dueDiligence: string, givenD: SessionContext, givenCD: SessionContext;
  beforeAll(async () => {
    C = await seedProject(db(), DEMO_ORGANIZATION_ID, {
      ...project("Project C"),
      partners: [{ name: "Shared Ltd", country: "KE" }],
      assessments: [{ kind: "partner", partner: "Shared Ltd", status: "submitted", rest: "met" }],
    });
    D = await seedProject(db(), DEMO_ORGANIZATION_ID, { ...project("Project D"), assessments: [{ kind: "before", status: "draft", rest: "met" }] });
    const [partner] = await db().select({ id: partners.id }).from(partners).where(eq(partners.name, "Shared Ltd"));
    await db().insert(projectPartners).values({ organizationId: DEMO_ORGANIZATION_ID, projectId: D, partnerId: partner!.id });
    dueDiligence = (await db().select({ id: assessments.id }).from(assessments).where(and(eq(assessments.projectId, C), eq(assessments.kind, "partner"))))[0]!.id;
    await addUser(db(), dee.userId);
    const memberId = await addMembership(db(), DEMO_ORGANIZATION_ID, dee.userId, "evaluator");
    await setEvaluatorProjectsForOrg(demo, memberId, [D]);
    givenD = await scopeFor(dee);
    await setEvaluatorProjectsForOrg(demo, memberId, [C, D]);
    givenCD = await scopeFor(dee);
  });

  const kindsOnD = async (ctx: SessionContext) => {
    const d = (await getProjectForOrg(ctx, D))!;
    const portfolio = (await listProjectsWithAssessmentsForOrg(ctx)).find((p) => p.project.id === D)!;
    const trends = (await listAssessmentVersionsForOrg(ctx)).filter((l) => l.projectId === D);
    return {
      projectPage: (await listAssessmentFactsForProject(ctx, d)).map((a) => a.kind).sort(),
      portfolio: portfolio.assessments.map((a) => a.kind).sort(),
      trends: trends.map((l) => l.kind).sort(),
      export: (await loadProjectExportForOrg(ctx, D))!.assessments.map((a) => a.kind).sort(),
    };
  };

  it("is not in the lists of an evaluator given D only, as it does not open for them", async () => {
    expect(await getAssessmentForOrg(givenD, dueDiligence)).toBeNull();
    expect(await kindsOnD(givenD)).toEqual({ projectPage: ["before"], portfolio: ["before"], trends: ["before"], export: ["before"] });
    expect((await listReviewQueueForOrg(givenD)).map((r) => r.id)).not.toContain(dueDiligence);
  });

  it("is in D's lists, and opens, for the organisation's members and for an evaluator given C too", async () => {
    for (const ctx of [demo, givenCD]) {
      expect((await getAssessmentForOrg(ctx, dueDiligence))?.facts.id).toBe(dueDiligence);
      expect(await kindsOnD(ctx)).toEqual({ projectPage: ["before", "partner"], portfolio: ["before", "partner"], trends: ["before", "partner"], export: ["before", "partner"] });
      expect((await listReviewQueueForOrg(ctx)).map((r) => r.id)).toContain(dueDiligence);
    }
  });
});
