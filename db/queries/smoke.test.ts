import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "../testing/test-database";
import { listProjectsForOrg, getProjectForOrg } from "./projects";
import { listAssessmentFactsForProject } from "./assessments";
import { buildProjectReport } from "@/lib/report/project-report";

const ctx = { organizationId: "demo-org", userName: "t" };
setupTestDatabase({ withSample: true });

describe("smoke", () => {
  it("seeds and reports", async () => {
    const list = await listProjectsForOrg(ctx);
    expect(list.length).toBe(3);
    for (const p of list) {
      const project = (await getProjectForOrg(ctx, p.id))!;
      const report = buildProjectReport(project, await listAssessmentFactsForProject(ctx, project));
      console.log(project.name, report.overall.rating, report.parts.map((x) => `${x.label}=${x.report?.rating}/${x.report?.score?.toFixed(1)}`).join("; "));
    }
  });
});
