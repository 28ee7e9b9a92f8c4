import { describe, expect, it } from "vitest";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { demo, answerEverySection, projectValues } from "../testing/fixtures";
import { setupTestDatabase } from "../testing/test-database";
import { submitAssessmentForOrg } from "./assessment-writes";
import { getAssessmentWithChecklistForOrg, startAssessmentForOrg } from "./assessments";
import { createProjectForOrg, updateProjectForOrg } from "./projects";

setupTestDatabase();

describe("an assessment keeps the participation mode it was started in", () => {
  it("editing the project's mode changes neither a submitted report nor its questions", async () => {
    const projectId = await createProjectForOrg(demo, projectValues({ participationMode: "enterprise" }));
    const id = await startAssessmentForOrg(demo, { projectId, kind: "before", partnerId: null });
    await answerEverySection(id, "before", "enterprise");
    await submitAssessmentForOrg(demo, id);
    const before = await getAssessmentWithChecklistForOrg(demo, id);
    const reportBefore = buildAssessmentReport(before!.project, before!.facts);

    await updateProjectForOrg(demo, projectId, projectValues({ participationMode: "subsidised" }));
    const after = await getAssessmentWithChecklistForOrg(demo, id);
    const ids = after!.checklist.sections.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toContain("B.MODE.ENT.1");
    expect(ids).not.toContain("B.MODE.GOV.1");
    const reportAfter = buildAssessmentReport(after!.project, after!.facts);
    expect(reportAfter.score).toBe(reportBefore.score);
    expect(reportAfter.gaps).toEqual(reportBefore.gaps);

    // A checklist started after the change asks the new mode's question.
    const later = await getAssessmentWithChecklistForOrg(demo, await startAssessmentForOrg(demo, { projectId, kind: "after", partnerId: null }));
    expect(later!.facts.participationMode).toBe("subsidised");
  });
});
