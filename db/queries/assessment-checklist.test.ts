import { beforeAll, describe, expect, it } from "vitest";
import { assessmentChecklist, ownRiskSections } from "@/lib/checklists/assessment-checklist";
import type { AssessmentFacts } from "@/lib/domain/facts";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { seedProject } from "../seed";
import { demoProjects } from "../seed-data";
import { addMembership, addUser, giveProject } from "../testing/access-fixtures";
import { demo, other } from "../testing/fixtures";
import { statementsOf } from "../testing/tenant-sentinel";
import { setupTestDatabase } from "../testing/test-database";
import { getAssessmentChecklistForOrg } from "./assessment-checklist";
import { getAssessmentForOrg, listAssessmentFactsForProject } from "./assessments";
import { addOwnRiskForOrg } from "./own-risks";
import { getProjectForOrg } from "./projects";
import { scopeFor } from "./scope";

const db = setupTestDatabase();
let during: AssessmentFacts;

beforeAll(async () => {
  const projectId = await seedProject(db(), DEMO_ORGANIZATION_ID, { ...demoProjects[0]!, name: "Checklist read for saves" });
  during = (await listAssessmentFactsForProject(demo, (await getProjectForOrg(demo, projectId))!)).find((a) => a.kind === "during")!;
  const sectionId = ownRiskSections(assessmentChecklist(during))[0]!.id;
  await addOwnRiskForOrg(demo, { assessmentId: during.id, sectionId, title: "Road to the wells floods", description: "From May to July." });
});

describe("getAssessmentChecklistForOrg", () => {
  it("reads, in one statement, the checklist as the assessment is answered: its own risks in their sections", async () => {
    const { result, statements } = await statementsOf(() => getAssessmentChecklistForOrg(demo, during.id));
    expect(statements).toHaveLength(1);
    const full = (await getAssessmentForOrg(demo, during.id))!.facts;
    expect(result).toEqual({ id: during.id, status: full.status, checklist: assessmentChecklist(full) });
    expect(result!.checklist.sections.flatMap((s) => s.items.map((i) => i.id))).toContain(full.ownRisks?.[0]?.criterionId);
  });

  it("finds nothing of another organisation's, nor for an evaluator not given the project", async () => {
    expect(await getAssessmentChecklistForOrg(other, during.id)).toBeNull();
    await addUser(db(), "eva");
    await addMembership(db(), DEMO_ORGANIZATION_ID, "eva", "evaluator");
    const eva = await scopeFor({ ...demo, userId: "eva", userName: "Eva", role: "evaluator" });
    expect(await getAssessmentChecklistForOrg(eva, during.id)).toBeNull();
    await giveProject(db(), DEMO_ORGANIZATION_ID, "eva", during.projectId);
    expect((await getAssessmentChecklistForOrg(await scopeFor({ ...demo, userId: "eva", userName: "Eva", role: "evaluator" }), during.id))?.id).toBe(during.id);
  });
});
