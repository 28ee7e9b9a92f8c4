import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { latestChecklist } from "@/lib/checklists/registry";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { demo, projectValues, seedOtherOrganization, type OtherOrgRows } from "../testing/fixtures";
import { snapshotTables } from "../testing/snapshot";
import { setupTestDatabase } from "../testing/test-database";
import { assessments } from "../schema";
import { getAssessmentForOrg, listAssessmentFactsForProject, startAssessmentForOrg } from "./assessments";
import { createProjectForOrg, getProjectForOrg } from "./projects";

const db = setupTestDatabase();
let otherOrg: OtherOrgRows;
let projectId: string;
let partnerId: string;

beforeAll(async () => {
  otherOrg = await seedOtherOrganization(db());
  projectId = await createProjectForOrg(demo, projectValues({ partners: [{ name: "Local Partner", country: "KE" }] }));
  partnerId = (await getProjectForOrg(demo, projectId))!.partners[0]!.id;
});

const rowsOfProject = (id: string) => db().select().from(assessments).where(eq(assessments.projectId, id));

describe("starting an assessment", () => {
  it("starts each stage once per project: starting again returns the same id", async () => {
    const first = await startAssessmentForOrg(demo, { projectId, kind: "before", partnerId: null });
    const again = await startAssessmentForOrg(demo, { projectId, kind: "before", partnerId: null });
    expect(again).toBe(first);
    const rows = (await rowsOfProject(projectId)).filter((r) => r.kind === "before");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: first,
      organizationId: "demo-org",
      status: "draft",
      partnerId: null,
      submittedAt: null,
      checklistVersion: latestChecklist("before").version,
    });
    const during = await startAssessmentForOrg(demo, { projectId, kind: "during", partnerId: null });
    expect(during).not.toBe(first);
  });

  // A double click sends the same start twice at once; on PostgreSQL both requests then race to insert.
  it("returns one id when the same stage or partner is started several times at once", async () => {
    for (let round = 0; round < 5; round++) {
      const fresh = await createProjectForOrg(demo, projectValues({ name: `Double click ${round}`, partners: [{ name: `Racer ${round}`, country: "KE" }] }));
      const racer = (await getProjectForOrg(demo, fresh))!.partners[0]!.id;
      for (const input of [{ kind: "after" as const, partnerId: null }, { kind: "partner" as const, partnerId: racer }]) {
        const ids = await Promise.all([1, 2, 3, 4].map(() => startAssessmentForOrg(demo, { projectId: fresh, ...input })));
        expect(new Set(ids).size).toBe(1);
      }
      expect(await rowsOfProject(fresh)).toHaveLength(2);
    }
  });

  it("runs partner due diligence once per partner, reused by a second project with that partner", async () => {
    const first = await startAssessmentForOrg(demo, { projectId, kind: "partner", partnerId });
    const second = await createProjectForOrg(
      demo,
      projectValues({ name: "Second project, same partner", partners: [{ id: partnerId, name: "Local Partner", country: "KE" }] }),
    );
    const reused = await startAssessmentForOrg(demo, { projectId: second, kind: "partner", partnerId });
    expect(reused).toBe(first);
    const partnerRows = await db()
      .select()
      .from(assessments)
      .where(and(eq(assessments.kind, "partner"), eq(assessments.partnerId, partnerId)));
    expect(partnerRows.map((r) => r.projectId)).toEqual([projectId]);

    const facts = await listAssessmentFactsForProject(demo, (await getProjectForOrg(demo, second))!);
    expect(facts.map((f) => [f.id, f.kind, f.partner])).toEqual([[first, "partner", { id: partnerId, name: "Local Partner" }]]);
  });

  it("lists only the project's own stages and its partners' due diligence", async () => {
    const unrelated = await createProjectForOrg(demo, projectValues({ name: "Unrelated", partners: [{ name: "Elsewhere", country: "KE" }] }));
    const elsewhere = (await getProjectForOrg(demo, unrelated))!.partners[0]!.id;
    await startAssessmentForOrg(demo, { projectId: unrelated, kind: "before", partnerId: null });
    await startAssessmentForOrg(demo, { projectId: unrelated, kind: "partner", partnerId: elsewhere });
    const facts = await listAssessmentFactsForProject(demo, (await getProjectForOrg(demo, projectId))!);
    expect(facts.map((f) => f.kind).sort()).toEqual(["before", "during", "partner"]);
    expect(facts.every((f) => f.projectId === projectId)).toBe(true);
  });

  it.each([
    ["a partner for a stage that takes none", { kind: "before" as const, partner: true }, UserFacingError, /only for it/],
    ["no partner for partner due diligence", { kind: "partner" as const, partner: false }, UserFacingError, /Choose a partner/],
  ])("refuses %s and creates nothing", async (_label, input, error, message) => {
    const before = await snapshotTables(db());
    const attempt = startAssessmentForOrg(demo, { projectId, kind: input.kind, partnerId: input.partner ? partnerId : null });
    await expect(attempt).rejects.toThrow(error);
    await expect(attempt).rejects.toThrow(message);
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("refuses a partner that is not linked to the project, another organisation's, and a non-uuid", async () => {
    const unlinked = await createProjectForOrg(demo, projectValues({ name: "No partners" }));
    const before = await snapshotTables(db());
    for (const id of [partnerId, otherOrg.partnerId, "not-a-uuid"]) {
      await expect(startAssessmentForOrg(demo, { projectId: unlinked, kind: "partner", partnerId: id })).rejects.toThrow(NotFoundError);
    }
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("refuses another organisation's project and a non-uuid project id, and creates nothing", async () => {
    const before = await snapshotTables(db());
    for (const id of [otherOrg.projectId, "not-a-uuid", ""]) {
      await expect(startAssessmentForOrg(demo, { projectId: id, kind: "before", partnerId: null })).rejects.toThrow(NotFoundError);
    }
    await expect(
      startAssessmentForOrg(demo, { projectId: otherOrg.projectId, kind: "partner", partnerId: otherOrg.partnerId }),
    ).rejects.toThrow(NotFoundError);
    expect(await snapshotTables(db())).toEqual(before);
  });
});

describe("reading assessments across organisations", () => {
  it("gets null for another organisation's assessment or a non-uuid id", async () => {
    for (const id of [otherOrg.beforeId, otherOrg.partnerAssessmentId, otherOrg.duringId, "not-a-uuid"]) {
      expect(await getAssessmentForOrg(demo, id)).toBeNull();
    }
  });

  it("reads its own assessment with its project", async () => {
    const id = await startAssessmentForOrg(demo, { projectId, kind: "before", partnerId: null });
    const found = await getAssessmentForOrg(demo, id);
    expect(found!.facts).toMatchObject({ id, projectId, kind: "before", status: "draft", partner: null });
    expect(found!.project.id).toBe(projectId);
  });
});
