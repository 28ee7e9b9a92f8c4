import { describe, expect, it } from "vitest";
import { buildProjectReport } from "@/lib/report/project-report";
import { seedProject } from "../seed";
import { demoProjects } from "../seed-data";
import { demo, other } from "../testing/fixtures";
import { OTHER_ORGANIZATION_ID, setupTestDatabase } from "../testing/test-database";
import { listProjectsWithAssessmentsForOrg } from "./portfolio";

const db = setupTestDatabase({ withSample: true });

describe("listProjectsWithAssessmentsForOrg", () => {
  it("lists the organisation's sample projects with the assessments their reports need", async () => {
    const rows = await listProjectsWithAssessmentsForOrg(demo);
    expect(rows.map((r) => r.project.name).sort()).toEqual(demoProjects.map((p) => p.name).sort());
    const lao = rows.find((r) => r.project.hostCountry === "LA")!;
    expect(lao.assessments.map((a) => a.kind).sort()).toEqual(["before", "during", "partner"]);
    expect(lao.assessments.find((a) => a.kind === "partner")?.partner?.name).toBe("Lao Community Learning Association");
    // The seeded DURING register has D.FUND.2 at 4 × 4 = 16: High.
    expect(buildProjectReport(lao.project, lao.assessments).overall.rating).toBe("High");
  });

  it("never shows another organisation's projects or assessments", async () => {
    await seedProject(db(), OTHER_ORGANIZATION_ID, { ...demoProjects[0]!, name: "Other NGO's secret project" });
    const mine = await listProjectsWithAssessmentsForOrg(demo);
    expect(mine.map((r) => r.project.name)).not.toContain("Other NGO's secret project");
    const theirs = await listProjectsWithAssessmentsForOrg(other);
    expect(theirs.map((r) => r.project.name)).toEqual(["Other NGO's secret project"]);
    expect(theirs[0]!.assessments).toHaveLength(3);
  });
});
