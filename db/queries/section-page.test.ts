import { describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/domain/session-context";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { seedProject } from "../seed";
import { demoProjects } from "../seed-data";
import { demo, projectValues, SAMPLE_PDF } from "../testing/fixtures";
import { statementsOf } from "../testing/tenant-sentinel";
import { setupTestDatabase } from "../testing/test-database";
import { startAssessmentForOrg } from "./assessments";
import { submitAssessmentForOrg } from "./assessment-writes";
import { listAssessmentFactsForProject } from "./assessments";
import { addEvidenceFileForOrg } from "./evidence-files";
import { getProjectForOrg, createProjectForOrg } from "./projects";
import { returnAssessmentForOrg } from "./review";
import { getSectionPageForOrg } from "./section-page";

/** A section form page reads its assessment in a fixed number of statements, whatever the checklist's size. */
const db = setupTestDatabase();
const manager: SessionContext = { ...demo, userId: "manager-user", userName: "Malik Manager", role: "manager" };

describe("the section form page's statements", () => {
  it("are at most five for every stage of a full demo project, and the same number for each", async () => {
    const projectId = await seedProject(db(), DEMO_ORGANIZATION_ID, { ...demoProjects[0]!, name: "Statements counted" });
    const all = await listAssessmentFactsForProject(demo, (await getProjectForOrg(demo, projectId))!);
    const counts: Record<string, number> = {};
    for (const facts of all) {
      const { result, statements } = await statementsOf(() => getSectionPageForOrg(demo, facts.id));
      expect(result?.facts.answers).toEqual(facts.answers);
      expect(result?.facts.risks).toEqual(facts.risks);
      counts[facts.kind] = statements.length;
    }
    expect(Object.keys(counts).sort()).toEqual(["after", "before", "during", "partner"].filter((k) => k in counts).sort());
    expect(Math.max(...Object.values(counts))).toBeLessThanOrEqual(5);
    expect(new Set(Object.values(counts)).size).toBe(1);
  });

  it("are at most five for a returned version, with its notes, carried files and revisions", async () => {
    const projectId = await createProjectForOrg(demo, projectValues({ name: "Statements of a returned version" }));
    const first = await startAssessmentForOrg(demo, { projectId, kind: "before", partnerId: null });
    await addEvidenceFileForOrg(demo, { assessmentId: first, criterionId: "B.CTX.1", name: "permit.pdf", bytes: SAMPLE_PDF });
    await submitAssessmentForOrg(demo, first);
    const next = await returnAssessmentForOrg(manager, first, { comment: "Add the permit's date", items: [{ criterionId: "B.CTX.1", body: "Which year?" }] });
    const { result, statements } = await statementsOf(() => getSectionPageForOrg(demo, next));
    expect(statements.length).toBeLessThanOrEqual(5);
    expect(result?.returnNotes.map((n) => n.body).sort()).toEqual(["Add the permit's date", "Which year?"].sort());
    expect(result?.facts.files?.map((f) => f.name)).toEqual(["permit.pdf"]);
    expect(result?.revisions).toMatchObject({ indicators: 0 });
  });

  it("is null for an assessment of another organisation, or an id that names nothing", async () => {
    expect(await getSectionPageForOrg({ ...demo, organizationId: "someone-else" }, (await startAssessmentForOrg(demo, { projectId: await createProjectForOrg(demo, projectValues({ name: "Not theirs" })), kind: "before", partnerId: null })))).toBeNull();
    expect(await getSectionPageForOrg(demo, "not-an-id")).toBeNull();
  });
});
