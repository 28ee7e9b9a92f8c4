import { beforeAll, describe, expect, it } from "vitest";
import { assessmentChecklist, ownRiskSections } from "@/lib/checklists/assessment-checklist";
import type { AssessmentFacts } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { AssessmentFrozenError, NotFoundError } from "@/lib/errors";
import { getDb } from "../client";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { seedProject } from "../seed";
import { demoProjects } from "../seed-data";
import { addMembership, addUser, giveProject } from "../testing/access-fixtures";
import { demo, other } from "../testing/fixtures";
import { statementsOf } from "../testing/tenant-sentinel";
import { setupTestDatabase } from "../testing/test-database";
import { lockDraftChecklistForOrg } from "./assessment-checklist";
import { submitAssessmentForOrg } from "./assessment-writes";
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

/** The checklist as a save reads it, with the draft's lock, in a transaction of its own. */
const lockedChecklist = async (ctx: SessionContext, id: string) => (await getDb()).transaction(async (tx) => (await lockDraftChecklistForOrg(tx, ctx, id)).checklist);

describe("lockDraftChecklistForOrg", () => {
  it("reads, with the lock and in one statement, the checklist as the draft is answered: its own risks in their sections", async () => {
    const { result, statements } = await statementsOf(() => lockedChecklist(demo, during.id));
    expect(statements).toHaveLength(1);
    const full = (await getAssessmentForOrg(demo, during.id))!.facts;
    expect(result).toEqual(assessmentChecklist(full));
    expect(result.sections.flatMap((s) => s.items.map((i) => i.id))).toContain(full.ownRisks?.[0]?.criterionId);
  });

  it("finds nothing of another organisation's, nor for an evaluator not given the project", async () => {
    await expect(lockedChecklist(other, during.id)).rejects.toThrow(NotFoundError);
    await addUser(db(), "eva");
    await addMembership(db(), DEMO_ORGANIZATION_ID, "eva", "evaluator");
    const eva = { ...demo, userId: "eva", userName: "Eva", role: "evaluator" } as const;
    await expect(lockedChecklist(await scopeFor(eva), during.id)).rejects.toThrow(NotFoundError);
    await giveProject(db(), DEMO_ORGANIZATION_ID, "eva", during.projectId);
    expect((await lockedChecklist(await scopeFor(eva), during.id)).id).toBe("during");
  });

  it("answers with the id as stored, however the request spelled it", async () => {
    const locked = await (await getDb()).transaction((tx) => lockDraftChecklistForOrg(tx, demo, during.id.toUpperCase()));
    expect(locked.id).toBe(during.id);
  });

  it("refuses a submitted version: it is frozen", async () => {
    await submitAssessmentForOrg(demo, during.id);
    await expect(lockedChecklist(demo, during.id)).rejects.toThrow(AssessmentFrozenError);
  });
});
